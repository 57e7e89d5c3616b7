package org.copydesk.storage;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Notices article files changed on disk by anyone (this process, the command line, a text editor, a git pull, a sync
 * tool): watches the workspace's articles folder and reports the ids of the files created, changed or removed, in
 * batches (events within {@code settle} of each other are reported together, so a tool that writes a file in several
 * steps is reported once, after its last step). Temp files of atomic saves are not reported; their final move is.
 *
 * <p>The report comes on the watcher's own thread; it says only which files to look at again: the caller reads them
 * (and compares with what it holds) to know whether anything really changed. When the system dropped events (too many
 * at once), {@link Changes#all()} is true: every file may have changed.
 */
public final class ArticleWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ArticleWatcher.class.getName());

    /** A batch of changes: the ids of files touched, or all of them when events were lost. */
    public record Changes(Set<String> ids, boolean all) {
        public Changes {
            ids = Set.copyOf(ids);
        }

        public boolean touches(String id) {
            return all || ids.contains(id);
        }
    }

    private final WatchService service;
    private final Path folder;
    private final long settleMillis;
    private final Consumer<Changes> listener;
    private final Thread thread;
    private volatile boolean closed;

    private ArticleWatcher(Path folder, long settleMillis, Consumer<Changes> listener) throws IOException {
        this.folder = folder;
        this.settleMillis = settleMillis;
        this.listener = listener;
        this.service = folder.getFileSystem().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::run, "copydesk-article-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching the articles folder of {@code workspace}; {@code listener} is told on the watcher's thread. */
    public static ArticleWatcher start(Workspace workspace, Duration settle, Consumer<Changes> listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        ArticleWatcher w = new ArticleWatcher(workspace.articlesDir(), Math.max(0, settle.toMillis()), listener);
        w.thread.start();
        return w;
    }

    private void run() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                Set<String> ids = new LinkedHashSet<>();
                boolean all = collect(key, ids);
                // let a burst of writes settle: keep collecting until the folder is quiet for settleMillis
                WatchKey more;
                while ((more = service.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
                    all |= collect(more, ids);
                }
                if (all || !ids.isEmpty()) {
                    try {
                        listener.accept(new Changes(ids, all));
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "article watcher listener failed", e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Adds the ids of one key's events; true when events were lost. */
    private boolean collect(WatchKey key, Set<String> ids) {
        boolean all = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                all = true;
                continue;
            }
            String name = e.context().toString();
            if (name.startsWith(".") || !name.endsWith(".json")) {
                continue; // temp files of atomic saves, and anything that is not an article
            }
            String id = name.substring(0, name.length() - ".json".length());
            if (Slugs.isValidId(id)) {
                ids.add(id);
            }
        }
        if (!key.reset()) {
            all = true; // the folder itself went away or was replaced
            LOG.log(System.Logger.Level.WARNING, "the articles folder " + folder + " can no longer be watched");
            closed = true;
        }
        return all;
    }

    /**
     * After {@link #close()}: waits, up to {@code timeout}, for the watcher's thread to end (once it has, nothing of the
     * watcher touches the folder or calls the listener). True if it has ended.
     */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "watch service close: " + e);
        }
        thread.interrupt();
    }
}
