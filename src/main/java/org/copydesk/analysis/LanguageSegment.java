package org.copydesk.analysis;

/** A maximal run {@code [start, end)} of text in one language (BCP-47 primary subtag, e.g. "fr"). */
public record LanguageSegment(int start, int end, String language) {
    public int length() {
        return end - start;
    }
}
