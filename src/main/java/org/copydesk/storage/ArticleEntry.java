package org.copydesk.storage;

import java.nio.file.Path;
import org.copydesk.model.Article;

/**
 * One file of the workspace as loaded: the article, or the reason it could not be read. An entry with an error is
 * still listed; it opens read-only and is never overwritten.
 */
public record ArticleEntry(String id, Path file, Article article, String error, boolean readOnly) {
    public boolean ok() {
        return article != null;
    }
}
