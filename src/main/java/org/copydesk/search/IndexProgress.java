package org.copydesk.search;

/**
 * Told how far bringing the index in line with the article files has got: {@code done} of {@code total} files read.
 * When there is anything to read it is told {@code (0, total)} first, then rising counts, and {@code (total, total)}
 * last (unless the work is stopped first); when nothing needs reading it is not told at all. Called on the thread
 * that syncs, so it must be quick.
 */
@FunctionalInterface
public interface IndexProgress {
    /**
     * Fewer files than this to read is quick (well under a second): a user interface need not show it, and search
     * need not wait for it.
     */
    int WORTH_SHOWING = 200;

    /** Listens to nothing. */
    IndexProgress NONE = (done, total) -> { };

    void indexed(int done, int total);
}
