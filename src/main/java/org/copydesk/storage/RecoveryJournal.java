package org.copydesk.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;

/**
 * Unsaved edits survive a crash: the article being edited is written to {@code .recovery/<id>.json} a few seconds
 * behind the typing (the latest state only, replaced atomically, so a kill at any moment leaves the previous or the
 * new state, never half of one). On the next start, {@link #pending()} lists what would be restored, with a summary
 * for the user; {@link #restore} saves it (over the article when nobody changed it meanwhile, else as a copy, so
 * that nothing is lost) and {@link #discard} drops it. A save of the article removes its journal.
 *
 * <p>UI-free and thread-safe: {@link #record} is cheap and may be called on every keystroke from any thread; the
 * write happens on the journal's own thread.
 */
public final class RecoveryJournal implements AutoCloseable {
    public static final String FOLDER = ".recovery";
    private static final System.Logger LOG = System.getLogger(RecoveryJournal.class.getName());

    /** One journal found at start: the unsaved article, the article as it is on disk (null if gone), when written. */
    public record Recovered(String id, Article unsaved, Article onDisk, Instant written, Path file) {
        /** What restoring would bring back, in words (for the dialog). */
        public String summary() {
            if (onDisk == null) {
                return "\"" + unsaved.headline() + "\": " + unsaved.wordCount() + " words, an article no longer in the workspace";
            }
            int changed = 0;
            int n = Math.max(unsaved.body().size(), onDisk.body().size());
            for (int i = 0; i < n; i++) {
                Paragraph a = i < unsaved.body().size() ? unsaved.body().get(i) : null;
                Paragraph b = i < onDisk.body().size() ? onDisk.body().get(i) : null;
                if (a == null || b == null || !a.text().equals(b.text())) {
                    changed++;
                }
            }
            StringBuilder s = new StringBuilder("\"" + unsaved.headline() + "\": ");
            s.append(changed == 1 ? "1 paragraph" : changed + " paragraphs").append(" differ from the saved version");
            if (!Objects.equals(unsaved.headline(), onDisk.headline())) {
                s.append(", headline changed");
            }
            int words = unsaved.wordCount() - onDisk.wordCount();
            s.append(" (").append(words >= 0 ? "+" : "").append(words).append(" words)");
            if (onDisk.revision() > unsaved.revision()) {
                s.append("; the article was saved elsewhere since, so it would be restored as a copy");
            }
            return s.toString();
        }

        /** What restoring would change against the saved article (everything, when the article is gone). */
        public ArticleChanges changes() {
            return ArticleChanges.between(onDisk, unsaved);
        }

        /** True when restoring would replace the saved article (nobody saved it since these edits began). */
        public boolean restoresInPlace() {
            return onDisk != null && onDisk.revision() <= unsaved.revision();
        }
    }

    private final Workspace workspace;
    private final Path folder;
    private final long delayMillis;
    private final ScheduledExecutorService writer;
    private final Object lock = new Object();
    private Article latest;
    private ScheduledFuture<?> scheduled;
    private volatile Consumer<Article> onWritten = a -> { };

    /** A journal for the workspace that writes {@code delay} after the first unwritten edit. */
    public RecoveryJournal(Workspace workspace, Duration delay) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.folder = workspace.root().resolve(FOLDER);
        this.delayMillis = Math.max(0, delay.toMillis());
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "copydesk-recovery-journal");
            t.setDaemon(true);
            return t;
        });
    }

    /** Told (on the journal's thread) after every state written to disk; tests and the status bar use it. */
    public void onWritten(Consumer<Article> listener) {
        this.onWritten = listener == null ? a -> { } : listener;
    }

    public Path folder() {
        return folder;
    }

    /** The file of an article's journal. */
    public Path fileOf(String id) {
        if (!Slugs.isValidId(id)) {
            throw new IllegalArgumentException("invalid article id '" + id + "'");
        }
        return folder.resolve(id + ".json");
    }

    /**
     * The article as edited now, unsaved (with the revision it was read at). Written within the delay; a later
     * call before then replaces it (only the latest state is kept).
     */
    public void record(Article edited) {
        Objects.requireNonNull(edited, "edited");
        synchronized (lock) {
            latest = edited;
            if (scheduled == null || scheduled.isDone()) {
                try {
                    scheduled = writer.schedule(this::writeLatest, delayMillis, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException closed) {
                    LOG.log(System.Logger.Level.DEBUG, "journal closed; edit of " + edited.id() + " not recorded");
                }
            }
        }
    }

    /** Writes the latest recorded state now (on closing the app normally, before asking about unsaved changes). */
    public void flush() throws IOException {
        try {
            writer.submit(this::writeLatest).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("the recovery journal could not be written: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void writeLatest() {
        Article a;
        synchronized (lock) {
            a = latest;
            latest = null;
        }
        if (a == null) {
            return;
        }
        try {
            AtomicFiles.write(fileOf(a.id()), ArticleCodec.encode(a, Map.of()));
            onWritten.accept(a);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "recovery journal of " + a.id() + " not written: " + e.getMessage());
        }
    }

    /**
     * Drops the journal of an article: after it was saved, or when the user chose not to restore it. An edit
     * recorded but not yet written is dropped too.
     */
    public void discard(String id) throws IOException {
        synchronized (lock) {
            if (latest != null && latest.id().equals(id)) {
                latest = null;
            }
        }
        try {
            writer.submit(() -> {
                Files.deleteIfExists(fileOf(id));
                return null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("the recovery journal of " + id + " could not be removed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Forgets an article's journal without waiting (the FX thread may call it after a save): an edit recorded but not
     * yet written is dropped, and the file is removed on the journal's thread, after any write already under way.
     */
    public void forget(String id) {
        fileOf(id);
        synchronized (lock) {
            if (latest != null && latest.id().equals(id)) {
                latest = null;
            }
        }
        try {
            writer.execute(() -> {
                synchronized (lock) {
                    if (latest != null && latest.id().equals(id)) {
                        return; // edited again since: that newer state is being written, keep it
                    }
                }
                try {
                    Files.deleteIfExists(fileOf(id));
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "recovery journal of " + id + " not removed: " + e.getMessage());
                }
            });
        } catch (RejectedExecutionException closed) {
            LOG.log(System.Logger.Level.DEBUG, "journal closed; " + id + " left for the next start");
        }
    }

    /** The journals left by a session that ended without saving (a crash, a kill, a power cut), oldest first. */
    public List<Recovered> pending() throws IOException {
        List<Recovered> out = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                    Files.deleteIfExists(p); // a write cut short: the previous state is still in its file
                    continue;
                }
                if (!name.endsWith(".json") || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String id = name.substring(0, name.length() - ".json".length());
                if (!Slugs.isValidId(id)) {
                    continue;
                }
                try {
                    Article unsaved = ArticleCodec.decode(Workspace.readBounded(p)).article();
                    Article onDisk = null;
                    if (workspace.exists(id)) {
                        ArticleEntry e = workspace.load(id);
                        onDisk = e.ok() && !e.readOnly() ? e.article() : null;
                    }
                    if (onDisk != null && onDisk.sameContentAs(unsaved)) {
                        Files.deleteIfExists(p); // nothing to restore: the edits were saved after all
                        continue;
                    }
                    out.add(new Recovered(id, unsaved, onDisk, Files.getLastModifiedTime(p).toInstant(), p));
                } catch (ArticleFormatException | NoSuchFileException e) {
                    LOG.log(System.Logger.Level.WARNING, "recovery journal " + p + " is unreadable and left alone: " + e.getMessage());
                }
            }
        }
        out.sort(Comparator.comparing(Recovered::written));
        return out;
    }

    /**
     * Restores a journal: saved over its article when nobody saved that since, else (or when the article is gone or
     * read-only) saved as a new article, so that neither version is lost. The journal is then removed. Returns the
     * article as saved.
     */
    public Article restore(Recovered r) throws IOException {
        return restore(r, r.unsaved().headline() + " (recovered)");
    }

    /**
     * As {@link #restore(Recovered)}, the copy (if one is needed) getting {@code copyHeadline}. Whether the article
     * was saved meanwhile is decided again now, under the workspace lock (not from what {@link #pending()} saw), so
     * a save made since the journal was listed is never overwritten.
     */
    public Article restore(Recovered r, String copyHeadline) throws IOException {
        Article saved = workspace.locked(() -> {
            ArticleEntry now = workspace.exists(r.id()) ? workspace.load(r.id()) : null;
            boolean inPlace = now != null && now.ok() && !now.readOnly() && now.article().revision() <= r.unsaved().revision();
            return inPlace ? workspace.saveOverwriting(r.unsaved()) : workspace.create(r.unsaved().withHeadline(copyHeadline));
        });
        discard(r.id());
        return saved;
    }

    /**
     * Stops without waiting (the FX thread calls it when the window closes): what was recorded is still written on
     * the journal's thread, unless the process ends first; then the previous state stays in the file.
     */
    public void shutdown() {
        try {
            writer.execute(this::writeLatest);
        } catch (RejectedExecutionException already) {
            return;
        }
        writer.shutdown();
    }

    /**
     * After {@link #shutdown()}: waits, up to {@code timeout}, for the last write to be done (a caller that is about to
     * remove the workspace or end the process). True if it is done.
     */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        return writer.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            flush();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        } finally {
            writer.shutdown();
        }
    }
}
