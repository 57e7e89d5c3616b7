package org.copydesk.search;

/** What bringing the index in line with the article files did. */
public record SyncReport(int added, int updated, int removed, int unchanged, boolean rebuilt) {
    public boolean changed() {
        return added + updated + removed > 0 || rebuilt;
    }
}
