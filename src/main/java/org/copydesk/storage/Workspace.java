package org.copydesk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.copydesk.model.Article;

/**
 * A folder of articles: {@code articles/<id>.json}, one pretty-printed UTF-8 file per article. The JSON files are the
 * only source of truth; everything else (an index, a cache) can be rebuilt from them.
 *
 * <p>Writers are coordinated between threads and between processes (the app, the command line, a second person on a
 * shared folder): every change runs under the workspace's lock ({@code .lock}, an OS file lock held for the few
 * milliseconds of one compare-and-swap), new ids are reserved so that an existing file is never replaced, and a save
 * whose copy is older than the file is refused ({@link ChangedOnDiskException}) rather than losing the other update.
 */
public final class Workspace {
    /** Told after every change this workspace makes, on the thread that made it. */
    public interface Listener {
        void saved(Article article);

        void deleted(String id);
    }

    public static final String ARTICLES = "articles";
    public static final String TRASH = ".trash";
    /** The lock file every writer of the workspace holds while it changes a file. */
    public static final String LOCK = ".lock";
    /** One lock per workspace folder within this JVM (an OS file lock is held per process, not per thread). */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final String SAMPLES = "/org/copydesk/assets/samples/";

    private final Path root;
    private final Path articles;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private final Path lockFile;
    private final SummaryCache listCache;

    private Workspace(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.articles = this.root.resolve(ARTICLES);
        this.lockFile = this.root.resolve(LOCK);
        this.clock = clock;
        this.listCache = new SummaryCache(this);
    }

    /** Opens (creating if needed) the workspace in {@code dir}. */
    public static Workspace open(Path dir) throws IOException {
        return open(dir, Clock.systemUTC());
    }

    public static Workspace open(Path dir, Clock clock) throws IOException {
        if (dir.toString().isBlank()) {
            throw new IOException("no workspace folder given (an empty name)");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("workspace " + dir + " is a file, not a folder");
        }
        Workspace ws = new Workspace(dir, clock);
        if (!Files.isDirectory(ws.articles)) {
            Files.createDirectories(ws.articles);
        }
        ws.removeStaleTempFiles();
        return ws;
    }

    /**
     * Deletes temp files a killed save left in the articles folder. Every save writes its temp file while holding the
     * workspace lock, so whatever temp file is there while this process holds the lock is stale. When the lock is busy
     * or cannot be taken (a read-only workspace), nothing is deleted: the next open cleans up.
     */
    private void removeStaleTempFiles() {
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ReentrantLock jvm = inProcessLock();
            if (!jvm.tryLock()) {
                return;
            }
            try (FileLock lock = ch.tryLock()) {
                if (lock == null) {
                    return;
                }
                for (String name : folderNames(articles)) {
                    // what a save names its temp file: ".<name>.tmp"
                    if (name.length() > AtomicFiles.TEMP_SUFFIX.length() && name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                        Path p = articles.resolve(name);
                        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            } finally {
                jvm.unlock();
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(Workspace.class.getName()).log(System.Logger.Level.DEBUG, "stale temp files not removed: " + e);
        }
    }

    /**
     * The workspace chosen by {@code --workspace} (explicit, may be null), else {@code COPYDESK_WORKSPACE}, else the
     * default one in the user's data folder. A workspace created by this call is seeded with the sample articles.
     */
    public static Workspace openChosen(Path explicit) throws IOException {
        return openChosen(explicit, System.getenv());
    }

    /**
     * As {@link #openChosen(Path)} with the environment given. Only the default workspace is seeded with the samples:
     * a folder the user names ({@code --workspace} or {@code COPYDESK_WORKSPACE}, which behave the same) is theirs,
     * and gets nothing it did not ask for. An empty name is refused rather than taken as the current folder.
     */
    public static Workspace openChosen(Path explicit, Map<String, String> env) throws IOException {
        if (explicit != null && explicit.toString().isBlank()) {
            throw new IOException("--workspace needs a folder (it was given an empty name)");
        }
        String fromEnv = env.get("COPYDESK_WORKSPACE");
        if (explicit == null && fromEnv != null && !fromEnv.isEmpty() && fromEnv.isBlank()) {
            throw new IOException("COPYDESK_WORKSPACE needs a folder (it is set to blanks)");
        }
        boolean named = explicit != null || (fromEnv != null && !fromEnv.isEmpty());
        Path dir = explicit != null ? explicit : chosenLocation(env);
        boolean fresh = !Files.isDirectory(dir.resolve(ARTICLES));
        Workspace ws = open(dir);
        if (fresh && !named) {
            ws.seedSamples();
        }
        return ws;
    }

    /** {@code COPYDESK_WORKSPACE}, else the platform data folder + "copydesk". */
    public static Path chosenLocation(Map<String, String> env) {
        String fromEnv = env.get("COPYDESK_WORKSPACE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultLocation(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path defaultLocation(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Copydesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Copydesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("copydesk");
    }

    /** Copies the sample articles shipped with the app into this workspace (existing files are left alone). */
    public List<String> seedSamples() throws IOException {
        return locked(this::seedSamplesLocked);
    }

    private List<String> seedSamplesLocked() throws IOException {
        List<String> seeded = new ArrayList<>();
        try (InputStream index = Workspace.class.getResourceAsStream(SAMPLES + "index.txt")) {
            if (index == null) {
                return seeded;
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                name = name.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Path target = articles.resolve(name);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (InputStream in = Workspace.class.getResourceAsStream(SAMPLES + name)) {
                    if (in != null) {
                        AtomicFiles.writeNew(target, in.readAllBytes());
                        seeded.add(name.replaceFirst("\\.json$", ""));
                    }
                } catch (FileAlreadyExistsException meanwhile) {
                    // another writer put a file there: it stays
                }
            }
        }
        return seeded;
    }

    public Path root() {
        return root;
    }

    public Path articlesDir() {
        return articles;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** The file of an id; throws for an id that is not a safe slug (it could otherwise name a file elsewhere). */
    public Path fileOf(String id) {
        if (!Slugs.isValidId(id)) {
            throw new IllegalArgumentException("invalid article id '" + id + "'");
        }
        Path p = articles.resolve(id + ".json").normalize();
        if (!p.getParent().equals(articles)) {
            throw new IllegalArgumentException("invalid article id '" + id + "'");
        }
        return p;
    }

    /** Ids of all article files, sorted. */
    public List<String> ids() throws IOException {
        String[] names = folderNames(articles);
        List<String> ids = new ArrayList<>(names.length);
        for (String name : names) {
            if (name.endsWith(".json")) {
                ids.add(name.substring(0, name.length() - ".json".length()));
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /**
     * The names in a folder, in no order. On the default file system one call reads them all as names (no path object
     * and no pattern match per entry: a workspace of 100,000 files is read at every opening); elsewhere, or when that
     * fails, the folder is read the general way, which says what is wrong.
     */
    static String[] folderNames(Path dir) throws IOException {
        if (dir.getFileSystem() == FileSystems.getDefault()) {
            String[] names = dir.toFile().list();
            if (names != null) {
                return names;
            }
        }
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                out.add(p.getFileName().toString());
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * Every article of the workspace; unreadable files are listed with their error, never skipped. Files are read and
     * parsed in parallel (a workspace of 10,000 articles lists in about the time plain Jackson takes to parse them);
     * a file removed while the list is being read is left out. An entry that is not a regular file (a folder, a FIFO,
     * a device), a link leaving the workspace, or a file too large to be an article is listed with that error and not
     * read, so that one odd entry neither hangs nor breaks the list.
     */
    public List<ArticleEntry> list() throws IOException {
        List<String> ids = ids();
        ArticleEntry[] entries = new ArticleEntry[ids.size()];
        IntStream.range(0, ids.size()).parallel().forEach(i -> {
            try {
                entries[i] = load(ids.get(i));
            } catch (NoSuchFileException removedMeanwhile) {
                entries[i] = null;
            } catch (IOException e) {
                String id = ids.get(i);
                entries[i] = new ArticleEntry(id, articles.resolve(id + ".json"), null, "cannot be read: " + reason(e), true);
            }
        });
        List<ArticleEntry> out = new ArrayList<>(entries.length);
        for (ArticleEntry e : entries) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * What the article list shows of every file: summaries, not articles (see {@link ArticleSummary}). Unreadable files
     * are listed with their error, as in {@link #list()}; a file removed meanwhile is left out. Files unchanged since
     * the last listing (same size, times and inode) are listed from the summary cache in {@code .index/}, the others
     * are read in parallel by a lean reader of the list fields, and the cache is written back when anything changed
     * (see {@link SummaryCache}): a workspace of 100,000 articles lists from the cache in the time it takes to stat its
     * files. The cache never decides what an article holds: opening one always reads its file.
     */
    public List<ArticleSummary> summaries() throws IOException {
        return listCache.list();
    }

    /** The summary cache behind {@link #summaries()}. */
    SummaryCache listCache() {
        return listCache;
    }

    /**
     * What the last {@link #summaries()} of this workspace object did: how many files it listed from the summary cache
     * and how many it read, whether it wrote the cache (and how long encoding and writing it took), and why the cache
     * file was not used ({@code null} when it was, or when there was none). Then the time of each phase: reading and
     * decoding the cache file (on a thread of its own, beside the next two; 0 when this process already knew it),
     * listing the folder, stat'ing every file, and reading the files not listed from the cache. A listing that read
     * many files (a first-ever opening of a large workspace) returns before the cache is written
     * ({@code cacheWrittenAfter}); once {@link #awaitListCache()} returns, this record says how the write went.
     */
    public record Listing(int fromCache, int read, boolean cacheWritten, long cacheWriteNanos, String cacheUnusable,
            long cacheReadNanos, long folderNanos, long statNanos, long filesReadNanos, boolean cacheWrittenAfter) {
        Listing afterWrite(boolean written, long nanos) {
            return new Listing(fromCache, read, written, nanos, cacheUnusable, cacheReadNanos, folderNanos, statNanos,
                    filesReadNanos, cacheWrittenAfter);
        }
    }

    /**
     * Waits until the summary cache write that the last {@link #summaries()} left running is done (nothing to wait
     * for after most listings). The next listing and the JVM's exit wait for it too; a caller about to remove the
     * workspace folder calls this first.
     */
    public void awaitListCache() {
        listCache.awaitWrite();
    }

    /** See {@link Listing}; the benchmark prints it. */
    public Listing lastListing() {
        return listCache.lastListing();
    }

    /** Where the summary cache is kept ({@code .index/article-list.cache}); it may not exist. */
    public Path summaryCacheFile() {
        return listCache.file();
    }

    /** The summary of one file (a missing file gives an {@link IOException}, an unreadable one a summary with its error). */
    public ArticleSummary summary(String id) throws IOException {
        if (!Slugs.isValidId(id)) {
            return ArticleSummary.unreadable(id, "invalid file name: an id is lower-case letters, digits and hyphens");
        }
        Path file = fileOf(id);
        try {
            String refused = refusedEntry(file);
            if (refused != null) {
                return ArticleSummary.unreadable(id, refused);
            }
            return SummaryReader.read(id, readBounded(file));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no article '" + id + "' in " + root);
        } catch (FileTooLargeException e) {
            return ArticleSummary.unreadable(id, e.getMessage());
        }
    }

    /**
     * The summary of a file that was just stat'ed, without following a link, as a regular file of {@code size} bytes:
     * the checks of {@link #summary} are spared. It is opened without following links too; if it has become something
     * else meanwhile, it is read the careful way.
     */
    ArticleSummary summaryOfRegularFile(String id, Path file, long size) throws IOException {
        if (size > Limits.MAX_FILE_BYTES) {
            return ArticleSummary.unreadable(id, tooLarge(size));
        }
        byte[] bytes;
        try {
            bytes = readRegular(file, (int) size);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no article '" + id + "' in " + root);
        } catch (IOException changedMeanwhile) {
            // a link now (the system says "too many levels of symbolic links"), or unreadable: the careful way says which
            return summary(id);
        }
        return bytes == null ? summary(id) : SummaryReader.read(id, bytes);
    }

    /**
     * The {@code size} bytes of a regular file (fewer if it shrank), or null when it has grown since (an article is
     * then read the bounded way). Links are not followed.
     */
    static byte[] readRegular(Path file, int size) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            byte[] bytes = new byte[size];
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // a regular file gives at least one byte per read until its end
            }
            if (b.hasRemaining()) {
                return Arrays.copyOf(bytes, b.position());
            }
            return ch.read(ByteBuffer.allocate(1)) > 0 ? null : bytes;
        }
    }

    public boolean exists(String id) {
        return Slugs.isValidId(id) && Files.isRegularFile(fileOf(id));
    }

    /** Loads one article. A file that is missing gives an {@link IOException}; one that is unreadable, an entry with an error. */
    public ArticleEntry load(String id) throws IOException {
        if (!Slugs.isValidId(id)) {
            Path p = articles.resolve(id.replaceAll("[/\\\\]", "_") + ".json");
            return new ArticleEntry(id, p, null, "invalid file name: an id is lower-case letters, digits and hyphens", true);
        }
        Path file = fileOf(id);
        byte[] bytes;
        try {
            String refused = refusedEntry(file);
            if (refused != null) {
                return new ArticleEntry(id, file, null, refused, true);
            }
            bytes = readBounded(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no article '" + id + "' in " + root);
        } catch (FileTooLargeException e) {
            return new ArticleEntry(id, file, null, e.getMessage(), true);
        }
        try {
            ArticleCodec.Decoded d = ArticleCodec.decode(bytes);
            if (!d.article().id().equals(id)) {
                return new ArticleEntry(id, file, d.article().withId(id),
                        "the file says its id is '" + d.article().id() + "'; opened read-only", true, d.marksLeftOut());
            }
            return new ArticleEntry(id, file, d.article(), null, false, d.marksLeftOut());
        } catch (ArticleFormatException e) {
            return new ArticleEntry(id, file, null, e.getMessage(), true);
        }
    }

    /**
     * Why an entry of the articles folder is not read at all, or null to read it: not a regular file (reading a FIFO
     * would hang, a device never ends), or a symbolic link that leads out of the articles folder.
     */
    private String refusedEntry(Path file) throws IOException {
        BasicFileAttributes own = Files.readAttributes(file,
                BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (own.isSymbolicLink()) {
            Path real;
            try {
                real = file.toRealPath();
            } catch (NoSuchFileException dangling) {
                return "a link to a file that does not exist; not read";
            }
            if (!real.startsWith(articles.toRealPath())) {
                return "a link to a file outside the workspace (" + real + "); not read";
            }
        }
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            return "a folder, not an article file; not read";
        }
        if (!attrs.isRegularFile()) {
            return "not a regular file (a pipe, socket or device); not read";
        }
        if (attrs.size() > Limits.MAX_FILE_BYTES) {
            return tooLarge(attrs.size());
        }
        return null;
    }

    private static String tooLarge(long size) {
        return "the file is " + Limits.size(size) + ", larger than the " + Limits.size(Limits.MAX_FILE_BYTES)
                + " an article file can be; not read";
    }

    /** A file larger than {@link Limits#MAX_FILE_BYTES} (it grew after its size was checked). */
    private static final class FileTooLargeException extends IOException {
        FileTooLargeException(String message) {
            super(message);
        }
    }

    /** Reads at most {@link Limits#MAX_FILE_BYTES} of a file: one that grows past the check still costs bounded memory. */
    static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                throw new FileTooLargeException(tooLarge(bytes.length));
            }
            return bytes;
        }
    }

    /** Loads an article that must be readable and writable; a clear exception otherwise. */
    public Article get(String id) throws IOException {
        ArticleEntry e = load(id);
        if (!e.ok()) {
            throw new IOException(id + ".json: " + e.error());
        }
        return e.article();
    }

    /** A unique id for a new article with this headline (free now; {@link #create} reserves its own). */
    public synchronized String newId(String headline) {
        String base = Slugs.of(headline);
        String id = base;
        for (int n = 2; Files.exists(fileOf(id), LinkOption.NOFOLLOW_LINKS); n++) {
            id = Slugs.withSuffix(base, n);
        }
        return id;
    }

    /**
     * Saves a new article under a fresh id made from its headline; returns it as saved. The id is reserved atomically:
     * the file is linked into place only if no file of that name exists, so two writers creating the same headline at
     * the same time (two processes, two people) get two articles, never one file written over the other.
     */
    public Article create(Article draft) throws IOException {
        return locked(() -> {
            String base = Slugs.of(draft.headline());
            for (int n = 1; ; n++) {
                String id = n == 1 ? base : Slugs.withSuffix(base, n);
                Path file = fileOf(id);
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Article saved = draft.withId(id).savedAt(draft.modified(), Math.max(1, draft.revision()));
                try {
                    AtomicFiles.writeNew(file, encodeWithinLimits(saved, Map.of()));
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
                tell(l -> l.saved(saved));
                return saved;
            }
        });
    }

    /**
     * Saves an article over its file. When the content is unchanged nothing is written and the stored article is
     * returned; otherwise the revision moves on and modified becomes now. Unknown fields of the file survive. An
     * article whose file is unreadable or of a newer format is refused ({@link ReadOnlyArticleException}); so is one
     * whose file was saved again since this copy was read (another window, the command line, a sync tool):
     * {@link ChangedOnDiskException}, so that neither version is lost silently. The check and the write are one step
     * under the workspace lock, for other processes too.
     */
    public Article save(Article article) throws IOException {
        return locked(() -> saveLocked(article, null, false));
    }

    /**
     * As {@link #save(Article)}, also refusing ({@link ChangedOnDiskException}) when the file no longer holds
     * {@code base}, the version the edits started from, even at the same revision: a text editor or a tool that
     * rewrote the file without moving the revision on is not overwritten silently either.
     */
    public Article save(Article edited, Article base) throws IOException {
        Objects.requireNonNull(base, "base");
        return locked(() -> saveLocked(edited, base, false));
    }

    /** Saves over a file that changed on disk since the article was read: the user chose their version. */
    public Article saveOverwriting(Article article) throws IOException {
        return locked(() -> saveLocked(article, null, true));
    }

    /**
     * Reads the article as it is on disk now, applies {@code change} and saves the result, all under the workspace
     * lock: a change made this way is never lost to, nor loses, another writer's (the command line uses it, so two
     * {@code link} commands at once give both links). Returns the article as saved.
     */
    public Article update(String id, UnaryOperator<Article> change) throws IOException {
        return locked(() -> {
            ArticleEntry e = load(id);
            if (!e.ok() || e.readOnly()) {
                throw new ReadOnlyArticleException(id + ".json is read-only: " + (e.error() == null ? "it cannot be saved" : e.error()));
            }
            return saveLocked(change.apply(e.article()), null, false);
        });
    }

    private Article saveLocked(Article article, Article base, boolean overwrite) throws IOException {
        Path file = fileOf(article.id());
        Map<String, JsonNode> unknown = Map.of();
        long revision = article.revision();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ReadOnlyArticleException(file.getFileName() + " is read-only: it is not a regular file");
            }
            try {
                ArticleCodec.Decoded old = ArticleCodec.decode(readBounded(file));
                if (!old.article().id().equals(article.id())) {
                    throw new ReadOnlyArticleException(file.getFileName() + " is read-only: the file says its id is '"
                            + old.article().id() + "'");
                }
                if (old.article().sameContentAs(article)) {
                    return old.article();
                }
                if (!overwrite && (old.article().revision() > article.revision()
                        || (base != null && !old.article().sameContentAs(base)))) {
                    throw new ChangedOnDiskException(article.id(), old.article());
                }
                unknown = old.unknownFields();
                revision = Math.max(revision, old.article().revision());
            } catch (ArticleFormatException e) {
                throw new ReadOnlyArticleException(file.getFileName() + " is read-only: " + e.getMessage());
            }
        }
        if (revision == Long.MAX_VALUE) {
            throw new ReadOnlyArticleException(file.getFileName() + " is read-only: its revision number cannot go higher");
        }
        Article saved = article.savedAt(clock.instant(), revision + 1);
        AtomicFiles.write(file, encodeWithinLimits(saved, unknown));
        tell(l -> l.saved(saved));
        return saved;
    }

    /** An article saved over another version, and where that other version was kept. */
    public record Replaced(Article saved, Path otherKeptAt) {
    }

    /**
     * Saves {@code mine} over a file that another writer changed since it was read (the user chose "keep mine"), after
     * putting a copy of that file in {@code .trash/} ({@code <id>.<time>.theirs.json}): nothing is lost. One step under
     * the workspace lock. {@code otherKeptAt} is null when there was no file (it was deleted meanwhile).
     */
    public Replaced saveKeepingOther(Article mine) throws IOException {
        return locked(() -> {
            Path file = fileOf(mine.id());
            Path kept = null;
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                kept = putAside(mine.id(), "theirs", readBounded(file));
            }
            return new Replaced(saveLocked(mine, null, true), kept);
        });
    }

    /**
     * Keeps a version of an article that is not saved over its file (the user took another writer's version instead
     * of theirs) in {@code .trash/} as {@code <id>.<time>.mine.json}; returns where. Nothing else changes.
     */
    public Path keepAside(Article version) throws IOException {
        Limits.Problem problem = Limits.problemOf(version);
        if (problem != null) {
            throw new SaveRefusedException(version.id(), SaveRefusedException.Action.KEEP, problem);
        }
        byte[] bytes = ArticleCodec.encode(version, Map.of());
        return locked(() -> putAside(version.id(), "mine", bytes));
    }

    private Path putAside(String id, String label, byte[] bytes) throws IOException {
        Path trash = root.resolve(TRASH);
        Files.createDirectories(trash);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        for (int n = 1; ; n++) {
            Path target = trash.resolve(id + "." + stamp + (n == 1 ? "" : "-" + n) + "." + label + ".json");
            try {
                AtomicFiles.writeNew(target, bytes);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // two in the same second: the next name
            }
        }
    }

    /** The file's bytes; refused (nothing written) when the article is beyond {@link Limits}: it could not be read back. */
    private static byte[] encodeWithinLimits(Article a, Map<String, JsonNode> unknown) throws IOException {
        Limits.Problem problem = Limits.problemOf(a);
        if (problem != null) {
            throw new SaveRefusedException(a.id(), SaveRefusedException.Action.SAVE, problem);
        }
        byte[] bytes = ArticleCodec.encode(a, unknown);
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw new SaveRefusedException(a.id(), SaveRefusedException.Action.SAVE,
                    new Limits.Problem("file", bytes.length, Limits.MAX_FILE_BYTES));
        }
        return bytes;
    }

    /** Something done while holding the workspace lock. */
    public interface Locked<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code action} holding the workspace's write lock: one writer at a time, between the threads of this
     * process (a lock per folder) and between processes (an OS lock on {@code .lock}; the OS lets it go if the process
     * dies). Re-entrant. The lock is held only for the action, which should be short (a read and a write).
     */
    public <T> T locked(Locked<T> action) throws IOException {
        ReentrantLock jvm = inProcessLock();
        jvm.lock();
        try {
            if (jvm.getHoldCount() > 1) {
                return action.run();
            }
            FileChannel ch;
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new IOException("cannot write in the workspace " + root + " ("
                        + (e instanceof AccessDeniedException ? "permission denied" : reason(e)) + ")", e);
            }
            try (ch; FileLock lock = ch.lock()) {
                return action.run();
            }
        } finally {
            jvm.unlock();
        }
    }

    private ReentrantLock inProcessLock() {
        Path key;
        try {
            key = lockFile.getParent().toRealPath().resolve(LOCK);
        } catch (IOException e) {
            key = lockFile;
        }
        return IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /**
     * Moves an article's file to {@code .trash/} (nothing is lost: it can be put back by hand). Returns the path in
     * the trash.
     */
    public Path delete(String id) throws IOException {
        return locked(() -> deleteLocked(id));
    }

    private Path deleteLocked(String id) throws IOException {
        Path file = fileOf(id);
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no article '" + id + "'");
        }
        Path trash = root.resolve(TRASH);
        Files.createDirectories(trash);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Path target = trash.resolve(id + "." + stamp + ".json");
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        tell(l -> l.deleted(id));
        return target;
    }

    /** A listener that fails must not turn a save that reached the disk into a reported failure. */
    private void tell(Consumer<Listener> event) {
        for (Listener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                System.getLogger(Workspace.class.getName()).log(System.Logger.Level.ERROR, "workspace listener failed", e);
            }
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /** Files in the articles folder, for callers that watch for changes made outside Copydesk. */
    public List<Path> files() {
        try {
            return ids().stream().map(this::fileOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Workspace[" + root + "]";
    }
}
