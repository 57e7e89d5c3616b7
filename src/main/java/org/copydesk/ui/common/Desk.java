package org.copydesk.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.copydesk.spelling.DeskSpelling;
import org.copydesk.spelling.SpellChecker;
import org.copydesk.storage.Limits;
import org.copydesk.storage.SaveRefusedException;
import org.copydesk.storage.Workspace;

/**
 * The one way from the views to the disk: every read and write of the workspace runs here, on the desk's own thread,
 * one job after the other in the order they were asked for, and its answer comes back on the FX thread. Because the
 * workspace tells its listeners on the thread that saved, everything that listens to saves (the search index, history)
 * runs on this thread too, never on the FX thread. Search and suggestions go through {@link WorkspaceIndex}, which
 * keeps the index on a thread of its own.
 *
 * <p>How to use it, from the FX thread:
 * <pre>{@code
 * ctx.desk().run(ws -> ws.load(id))              // runs on the desk thread
 *         .whenComplete((entry, failure) -> {    // runs on the FX thread
 *             if (failure != null) { ...show failure.getMessage()... } else { editor.open(entry); }
 *         });
 * }</pre>
 * The future completes on the FX thread, so {@code thenAccept}/{@code whenComplete} callbacks attached on the FX thread
 * run on the FX thread. A failure is the exception the work threw (an {@link IOException}, say), never
 * wrapped, in {@code whenComplete}; {@link #cause} unwraps it after {@code thenApply}/{@code thenCompose}. Never block
 * the FX thread on the future (it would wait for itself): chain on it. Jobs are done in order, so a load asked for after
 * a save sees what the save wrote.
 */
public final class Desk implements AutoCloseable {
    /** Work on the workspace, run on the desk thread; may read and write files (and the index, history, git). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Workspace workspace) throws Exception;
    }

    private static final System.Logger LOG = System.getLogger(Desk.class.getName());
    private static final String THREAD_NAME = "copydesk-desk";

    private final Workspace workspace;
    private final Executor deliver;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });

    private final Object spellingLock = new Object();
    private Path dictionaryFolder;
    private CompletableFuture<DeskSpelling> spelling;

    /** A desk over a workspace whose answers come back on the FX thread. */
    public Desk(Workspace workspace) {
        this(workspace, Platform::runLater);
    }

    /** A desk whose answers are handed to {@code deliver} (the FX thread in the app; a plain executor in core tests). */
    public Desk(Workspace workspace, Executor deliver) {
        this.workspace = workspace;
        this.deliver = deliver;
    }

    /**
     * Runs {@code work} on the desk thread after every job asked for before it; the returned future completes (with the
     * answer or the exception the work threw) on the delivery thread, the FX thread in the app.
     */
    public <T> CompletableFuture<T> run(Work<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                T value;
                try {
                    value = work.run(workspace);
                } catch (Throwable e) {
                    deliver.execute(() -> answer.completeExceptionally(e));
                    return;
                }
                deliver.execute(() -> answer.complete(value));
            });
        } catch (RejectedExecutionException e) {
            answer.completeExceptionally(new IOException("the workspace is closed", e));
        }
        return answer;
    }

    /**
     * Completes, on the desk thread (never through the FX thread), once every job asked for before it is done: a
     * window that closes waits on it for its last writes (the lease let go, the last save). If the desk is already
     * closed, it completes once the desk's last jobs are done.
     */
    public CompletableFuture<Void> drained() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            thread.execute(() -> done.complete(null));
        } catch (RejectedExecutionException closed) {
            Thread waiter = new Thread(() -> {
                try {
                    thread.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.complete(null);
                }
            }, "copydesk-desk-drained");
            waiter.setDaemon(true);
            waiter.start();
        }
        return done;
    }

    /**
     * This workspace's spelling, shared by every view: the machine's dictionaries found (also in the folder chosen in
     * the settings) and the desk's and the user's word lists read, once, on a thread of its own (it reads files, and a
     * dictionary takes a second or two to load, so neither the FX thread nor the desk's thread waits for it). The
     * future completes on that thread; hand its answer to the FX thread yourself.
     */
    public CompletableFuture<DeskSpelling> spelling() {
        synchronized (spellingLock) {
            if (spelling == null) {
                Path folder = dictionaryFolder;
                Path root = workspace.root();
                spelling = CompletableFuture.supplyAsync(() -> DeskSpelling.forWorkspace(root, System.getenv(), folder),
                        r -> {
                            Thread t = new Thread(r, "copydesk-spelling");
                            t.setDaemon(true);
                            t.start();
                        });
            }
            return spelling;
        }
    }

    /**
     * This workspace's spell checker, waiting until it is found (folders scanned; dictionaries load as they are
     * needed), or null when finding it failed. For work off the FX thread that checks spelling, such as preflight.
     */
    public SpellChecker spellCheckerWaiting() {
        try {
            return spelling().join().checker();
        } catch (CompletionException | CancellationException e) {
            LOG.log(System.Logger.Level.WARNING, "spelling not checked: " + message(e));
            return null;
        }
    }

    /**
     * The dictionary folder chosen in the settings (null or blank: none). When it changes, the next {@link #spelling()}
     * finds the dictionaries again.
     *
     * @return whether the folder changed
     */
    public boolean setDictionaryFolder(String folder) {
        Path p = folder == null || folder.isBlank() ? null : Path.of(folder);
        synchronized (spellingLock) {
            if (Objects.equals(p, dictionaryFolder)) {
                return false;
            }
            dictionaryFolder = p;
            spelling = null;
            return true;
        }
    }

    /** True on the desk thread (for assertions in code that must not run anywhere else). */
    public static boolean onDeskThread() {
        return Thread.currentThread().getName().equals(THREAD_NAME);
    }

    /** The exception a job threw, without the {@link CompletionException} that chained stages wrap it in. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A message for a failure, fit for the status line: the exception's message, or its kind when it has none. */
    public static String message(Throwable failure) {
        Throwable t = cause(failure);
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * The same in the interface's language where the app words the failure itself: a save refused because the article
     * is beyond {@link Limits} ("L’article a1b2 n’a pas été enregistré : le titre compte 120 000 caractères ; …"), its
     * figures written the interface's way; any other failure as {@link #message(Throwable)}.
     */
    public static String message(UiContext ctx, Throwable failure) {
        if (cause(failure) instanceof SaveRefusedException refused) {
            return ctx.text("saveRefused." + refused.action().name().toLowerCase(java.util.Locale.ROOT),
                    refused.articleId(), limitText(ctx, refused.problem()));
        }
        return message(failure);
    }

    /** What is beyond the limits, in the interface's language ({@code limits.<code>} messages). */
    static String limitText(UiContext ctx, Limits.Problem p) {
        String key = "limits." + p.code().key();
        return switch (p.code()) {
            case FIELD_TOO_LONG -> ctx.text(key, ctx.text(key + "." + p.what()), p.size(), p.max());
            case FILE_TOO_LARGE -> ctx.text(key, sizeText(ctx, p.size()), sizeText(ctx, p.max()));
            case TOO_MANY_PARAGRAPHS, TEXT_TOO_LONG -> ctx.text(key, p.size(), p.max());
        };
    }

    /**
     * A file's size in the interface's language, as {@link Limits#size(long)} writes it: "130.0 MB" / "130,0 Mo",
     * "1509 bytes" / "1509 octets", "1.5 GB" / "1,5 Go".
     */
    public static String sizeText(UiContext ctx, long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return ctx.text("limits.size.gigabytes", bytes / (1024.0 * 1024 * 1024));
        }
        return bytes >= 1024 * 1024 ? ctx.text("limits.size.megabytes", bytes / (1024.0 * 1024))
                : ctx.text("limits.size.bytes", bytes);
    }

    /**
     * Takes no more jobs and waits (a few seconds at most) for those asked for to reach the disk. Called when the app
     * stops; the answers of the last jobs are then not delivered.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the last workspace writes did not finish in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
