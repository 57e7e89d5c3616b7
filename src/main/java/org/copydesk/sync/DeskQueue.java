package org.copydesk.sync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.copydesk.storage.Workspace;

/**
 * The one thread that touches a workspace's git history: commits, history, diffs, restores and syncs queue here and
 * run one at a time (a {@link DeskRepository} is not thread-safe), never on the caller's thread. The repository is
 * opened on first use and closed with the queue.
 */
public final class DeskQueue implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DeskQueue.class.getName());

    /** Work done with the desk's repository, on the queue's thread. */
    public interface Work<T> {
        T run(DeskRepository repo) throws SyncException;
    }

    private final Workspace workspace;
    private final ScheduledThreadPoolExecutor thread;
    private DeskRepository repo;
    private volatile boolean keepsHistory;

    public DeskQueue(Workspace workspace) {
        this.workspace = workspace;
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "copydesk-git");
            t.setDaemon(true);
            return t;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.execute(() -> keepsHistory = keepsHistory || DeskRepository.exists(workspace));
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * True when the workspace keeps a history (its folder is a git repository). Known without touching the disk: it is
     * looked up once on the queue's thread, and set when the queue creates the repository.
     */
    public boolean keepsHistory() {
        return keepsHistory;
    }

    /** As {@link #submit}, but completes with null, creating nothing, when the workspace keeps no history. */
    public <T> CompletableFuture<T> submitIfHistory(Work<T> work) {
        return submit0(work, false);
    }

    /** Runs {@code work} on the queue's thread, opening (or creating) the repository first. */
    public <T> CompletableFuture<T> submit(Work<T> work) {
        return submit0(work, true);
    }

    private <T> CompletableFuture<T> submit0(Work<T> work, boolean create) {
        CompletableFuture<T> out = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                if (!create && repo == null && !DeskRepository.exists(workspace)) {
                    out.complete(null);
                } else {
                    runNow(work, out);
                }
            });
        } catch (RejectedExecutionException e) {
            out.completeExceptionally(new SyncException("the desk's history is closed"));
        }
        return out;
    }

    /** Runs {@code work} on the queue's thread after a delay; cancel the returned handle to drop it. */
    ScheduledFuture<?> later(Runnable work, long delayMillis) {
        return thread.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code work} now, on the queue's thread (only from the queue's thread). */
    <T> void runNow(Work<T> work, CompletableFuture<T> out) {
        try {
            if (repo == null) {
                repo = DeskRepository.open(workspace);
                keepsHistory = true;
            }
            out.complete(work.run(repo));
        } catch (SyncException | RuntimeException e) {
            out.completeExceptionally(e);
        }
    }

    /** Finishes what is queued (waiting at most {@code waitMillis}), then closes the repository. */
    public void close(long waitMillis) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the desk's history was still busy after " + waitMillis + " ms");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (repo != null) {
            repo.close();
        }
    }

    @Override
    public void close() {
        close(30_000);
    }
}
