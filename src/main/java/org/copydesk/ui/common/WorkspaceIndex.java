package org.copydesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.copydesk.search.IndexBuildStopped;
import org.copydesk.search.IndexProgress;
import org.copydesk.search.SearchIndex;
import org.copydesk.search.SyncReport;

/**
 * The workspace's search index for the views: opened (built or brought up to date) on a thread of its own when the
 * window opens, then queried on that same thread, so that searches never run on the FX thread and never overlap.
 * Views ask with {@link #query(Query, Consumer)} and get the answer on the FX thread.
 *
 * <p>A long build or catch-up (the first opening of a large workspace, a reload after many files changed) publishes
 * its progress in {@link #progressProperty()} for the status bar, and stops promptly, keeping what it read, when the
 * window closes ({@link #stopBuilding()}); the next opening reads only the rest.
 */
public final class WorkspaceIndex implements AutoCloseable {
    /** A question for the index, answered off the FX thread. */
    @FunctionalInterface
    public interface Query<T> {
        T ask(SearchIndex index) throws IOException;
    }

    /** How far a long build has got: {@code done} of {@code total} article files read. */
    public record Progress(int done, int total) {
        public double fraction() {
            return total == 0 ? 1 : (double) done / total;
        }
    }

    /**
     * A build or catch-up that reads fewer files than this is quick: the status bar does not show it, and search does
     * not fall back to the list while it runs.
     */
    public static final int SHOWN_FROM = IndexProgress.WORTH_SHOWING;

    private static final System.Logger LOG = System.getLogger(WorkspaceIndex.class.getName());

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "copydesk-search");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    /** Completes once the index is open (or fails); queries queue behind it. */
    private final CompletableFuture<SearchIndex> index = new CompletableFuture<>();
    /** The last query asked ({@link #query}): the next one runs after it. */
    private CompletableFuture<?> lastQuery = CompletableFuture.completedFuture(null);
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
    private final UiContext ctx;
    private volatile boolean stopping;
    private boolean opening;

    /** The index of the context's workspace, opening now on its own thread. */
    public WorkspaceIndex(UiContext ctx) {
        this(ctx, true);
    }

    /**
     * @param openNow false: nothing happens until {@link #open()} (the app opens it once its first picture is on
     *                screen, so that building or catching up does not compete with it); queries wait until then
     */
    public WorkspaceIndex(UiContext ctx, boolean openNow) {
        this.ctx = ctx;
        if (openNow) {
            open();
        }
    }

    /** Starts opening the index (built or brought up to date) on its thread; the second call does nothing. */
    public synchronized void open() {
        if (opening) {
            return;
        }
        opening = true;
        CompletableFuture.supplyAsync(() -> {
            try {
                return SearchIndex.open(ctx.workspace(), this::report, () -> stopping);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "the search index cannot be opened; search and suggestions are off", e);
                throw new UncheckedIOException(e);
            } finally {
                report(null);
            }
        }, thread).whenComplete((i, e) -> {
            if (e == null) {
                index.complete(i);
            } else {
                index.completeExceptionally(e);
            }
        });
        index.whenComplete((i, e) -> Platform.runLater(() -> {
            if (e == null) {
                ready.set(true);
            } else if (!stopped(e)) {
                failed.set(true);
            }
        }));
    }

    private static boolean stopped(Throwable e) {
        return e instanceof IndexBuildStopped || e.getCause() instanceof IndexBuildStopped;
    }

    /**
     * Off the FX thread: the build's progress (null: no build running), handed to the FX thread in order, each one
     * (a build reports once per {@link IndexProgress batch} of a few hundred files: at 100,000
     * files a few hundred reports in all).
     */
    private void report(int done, int total) {
        report(total >= SHOWN_FROM && done < total ? new Progress(done, total) : null);
    }

    private void report(Progress p) {
        Platform.runLater(() -> progress.set(p));
    }

    /**
     * How far a long build or catch-up of the index has got; null when none is running (or it is too short to show,
     * see {@link #SHOWN_FROM}). While it is not null the index answers only after the build: search matches what the
     * list holds.
     */
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Brings the index in line with the files changed outside Copydesk (a reload), showing its progress like the
     * first build, and hands the report to {@code onDone} on the FX thread. Stopped by {@link #stopBuilding()}.
     */
    public void resync(Consumer<SyncReport> onDone) {
        index.thenApplyAsync(i -> {
            try {
                return i.sync(this::report, () -> stopping);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                report(null);
            }
        }, thread).whenComplete((report, failure) -> {
            if (failure == null) {
                Platform.runLater(() -> onDone.accept(report));
            } else if (!stopped(failure)) {
                LOG.log(System.Logger.Level.WARNING, "bringing the search index in line with the files failed", failure);
            }
        });
    }

    /**
     * Asks a running build or catch-up to stop at its next batch of files (the window is closing): what it read is
     * kept, and the next opening reads the rest. Searches and {@link #close()} then follow promptly.
     */
    public void stopBuilding() {
        stopping = true;
    }

    /** True when the index could not be opened: search falls back to matching what the list holds. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True once the index is open and up to date with the files. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /**
     * Asks the index on its thread (after it is open) and hands the answer to {@code onAnswer} on the FX thread.
     * Failures are logged; {@code onAnswer} is then not called.
     */
    public <T> void query(Query<T> q, Consumer<T> onAnswer) {
        CompletableFuture<T> answered;
        synchronized (this) {
            // after the query before, however it ended: the answers come in the order asked (queries waiting for the
            // index to open were run last-asked first when it opened, and an older answer then replaced a newer one)
            answered = lastQuery.handle((x, e) -> null).thenCombine(index, (x, i) -> i).thenApplyAsync(i -> {
                try {
                    return q.ask(i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, thread);
            lastQuery = answered;
        }
        answered.whenComplete((answer, failure) -> {
            if (failure != null && (failure.getCause() instanceof RejectedExecutionException || stopped(failure))) {
                LOG.log(System.Logger.Level.DEBUG, "search index query dropped: the window is closing");
            } else if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "search index query failed", failure);
            } else {
                Platform.runLater(() -> onAnswer.accept(answer));
            }
        });
    }

    /** Runs {@code work} on the index thread and waits for it (for the few callers that need the answer now). */
    public <T> T ask(Query<T> q) throws IOException {
        try {
            return index.thenApplyAsync(i -> {
                try {
                    return q.ask(i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, thread).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof UncheckedIOException u ? u.getCause() : new IOException(c);
        } catch (TimeoutException | InterruptedException e) {
            throw new IOException("the search index did not answer in time", e);
        }
    }

    @Override
    public void close() {
        stopBuilding();
        synchronized (this) {
            if (thread.isShutdown()) {
                return; // closed before
            }
            if (!opening) {
                opening = true; // never opened: nothing to close, and nothing may open it now
                index.cancel(false);
            }
        }
        // queued after every pending query; by then the index has opened (or failed to)
        thread.execute(() -> index.thenAccept(i -> {
            try {
                i.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the search index failed", e);
            }
        }));
        thread.shutdown();
    }

    /** After {@link #close()}: waits, up to {@code timeout}, for the index to be closed. True if it is. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
