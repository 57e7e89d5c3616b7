package org.copydesk.sync;

import java.time.Instant;

/**
 * One version of an article in the desk's history: the commit that wrote it, when, by whom, and how many words it
 * added and removed compared with the version before. {@code deleted}: this commit removed the article.
 */
public record Version(String commit, Instant time, String author, String email, String message, int wordsAdded,
                      int wordsRemoved, boolean deleted) {
    public String shortCommit() {
        return commit.substring(0, Math.min(10, commit.length()));
    }
}
