package org.copydesk.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.copydesk.ui.common.UiContext;

/**
 * Closes a main window a test opened and waits for every writer it started (the editor's lease and recovery journal,
 * the desk's history, the desk's queue of saves, the search index, the background executor) before the test's
 * temporary folder is removed: "Failed to delete temp directory" came from writers still at work after the test.
 */
public final class WindowTeardown {
    private WindowTeardown() {
    }

    /** Closes {@code window} (null: nothing opened) and waits for its writers, then shuts the context's threads. */
    public static void close(MainWindow window, UiContext ctx) throws Exception {
        if (window != null) {
            CompletableFuture<Void> history = FxTestBase.onFx(() -> {
                window.editor().close(); // stops autosave and the journal's timer, releases the lease (on the desk)
                return window.desk().closing();
            });
            history.get(60, TimeUnit.SECONDS);
            window.editor().journal().awaitWritten(Duration.ofSeconds(30));
        }
        if (ctx != null) {
            ctx.desk().close(); // the saves and the lease release asked for so far reach the disk
        }
        if (window != null) {
            // after the desk: the index is updated on the desk thread when an article is saved
            FxTestBase.onFx(() -> window.index().closing()).get(60, TimeUnit.SECONDS);
        }
        if (ctx != null) {
            ExecutorService background = ctx.background();
            background.shutdownNow();
            background.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
