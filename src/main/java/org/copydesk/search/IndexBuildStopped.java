package org.copydesk.search;

import java.util.concurrent.CancellationException;

/**
 * A build or catch-up of the index was asked to stop and did. What it had read is committed: the index is valid and
 * holds those files; the next sync reads only the rest.
 */
public final class IndexBuildStopped extends CancellationException {
    private static final long serialVersionUID = 1L;

    private final int done;
    private final int total;

    IndexBuildStopped(int done, int total) {
        super("search index build stopped after " + done + " of " + total + " files");
        this.done = done;
        this.total = total;
    }

    /** Files read (and kept) before it stopped. */
    public int done() {
        return done;
    }

    /** Files there were to read. */
    public int total() {
        return total;
    }
}
