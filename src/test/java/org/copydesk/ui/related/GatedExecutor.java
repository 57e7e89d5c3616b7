package org.copydesk.ui.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The app's background executor with a gate a test can close: while it is held, work handed to it waits (so a test can
 * look at the window while the work is pending, and prove the work was not done anywhere else); every thread that ran
 * a task is recorded.
 */
final class GatedExecutor extends AbstractExecutorService {
    private final ExecutorService pool;
    private final List<Runnable> held = new ArrayList<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private boolean holding;

    GatedExecutor(ExecutorService pool) {
        this.pool = pool;
    }

    /** From now on, tasks wait until {@link #release}. */
    synchronized void hold() {
        holding = true;
    }

    /** Lets the waiting tasks run, and those that come after. */
    void release() {
        List<Runnable> go;
        synchronized (this) {
            holding = false;
            go = new ArrayList<>(held);
            held.clear();
        }
        go.forEach(pool::execute);
    }

    synchronized int waiting() {
        return held.size();
    }

    /** The names of the threads that ran a task. */
    Set<String> threads() {
        return Set.copyOf(threads);
    }

    @Override
    public void execute(Runnable task) {
        Runnable recorded = () -> {
            threads.add(Thread.currentThread().getName());
            task.run();
        };
        synchronized (this) {
            if (holding) {
                held.add(recorded);
                return;
            }
        }
        pool.execute(recorded);
    }

    @Override
    public void shutdown() {
        synchronized (this) {
            held.clear();
            holding = false;
        }
        pool.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        synchronized (this) {
            held.clear();
            holding = false;
        }
        return pool.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return pool.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }
}
