package org.copydesk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copydesk.model.Article;

/**
 * A folder of articles: {@code articles/<id>.json}, one pretty-printed UTF-8 file per article. The JSON files are the
 * only source of truth; everything else (an index, a cache) can be rebuilt from them.
 *
 * <p>Thread-safe for the operations the app performs: saves of one article are serialised by the caller (the editor).
 */
public final class Workspace {
    /** Told after every change this workspace makes, on the thread that made it. */
    public interface Listener {
        void saved(Article article);

        void deleted(String id);
    }

    public static final String ARTICLES = "articles";
    public static final String TRASH = ".trash";
    private static final String SAMPLES = "/org/copydesk/assets/samples/";

    private final Path root;
    private final Path articles;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private Workspace(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.articles = this.root.resolve(ARTICLES);
        this.clock = clock;
    }

    /** Opens (creating if needed) the workspace in {@code dir}. */
    public static Workspace open(Path dir) throws IOException {
        return open(dir, Clock.systemUTC());
    }

    public static Workspace open(Path dir, Clock clock) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("workspace " + dir + " is a file, not a folder");
        }
        Workspace ws = new Workspace(dir, clock);
        Files.createDirectories(ws.articles);
        return ws;
    }

    /**
     * The workspace chosen by {@code --workspace} (explicit, may be null), else {@code COPYDESK_WORKSPACE}, else the
     * default one in the user's data folder. A workspace created by this call is seeded with the sample articles.
     */
    public static Workspace openChosen(Path explicit) throws IOException {
        Path dir = explicit != null ? explicit : chosenLocation(System.getenv());
        boolean fresh = !Files.isDirectory(dir.resolve(ARTICLES));
        Workspace ws = open(dir);
        if (fresh && explicit == null) {
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
        String os = osName.toLowerCase(java.util.Locale.ROOT);
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
        List<String> seeded = new ArrayList<>();
        try (InputStream index = Workspace.class.getResourceAsStream(SAMPLES + "index.txt")) {
            if (index == null) {
                return seeded;
            }
            for (String name : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                name = name.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Path target = articles.resolve(name);
                if (Files.exists(target)) {
                    continue;
                }
                try (InputStream in = Workspace.class.getResourceAsStream(SAMPLES + name)) {
                    if (in != null) {
                        AtomicFiles.write(target, in.readAllBytes());
                        seeded.add(name.replaceFirst("\\.json$", ""));
                    }
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
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(articles, "*.json")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                ids.add(name.substring(0, name.length() - ".json".length()));
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /**
     * Every article of the workspace; unreadable files are listed with their error, never skipped. Files are read and
     * parsed in parallel (a workspace of 10,000 articles lists in about the time plain Jackson takes to parse them);
     * a file removed while the list is being read is left out.
     */
    public List<ArticleEntry> list() throws IOException {
        List<String> ids = ids();
        ArticleEntry[] entries = new ArticleEntry[ids.size()];
        try {
            java.util.stream.IntStream.range(0, ids.size()).parallel().forEach(i -> {
                try {
                    entries[i] = load(ids.get(i));
                } catch (NoSuchFileException removedMeanwhile) {
                    entries[i] = null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<ArticleEntry> out = new ArrayList<>(entries.length);
        for (ArticleEntry e : entries) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
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
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no article '" + id + "' in " + root);
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

    /** Loads an article that must be readable and writable; a clear exception otherwise. */
    public Article get(String id) throws IOException {
        ArticleEntry e = load(id);
        if (!e.ok()) {
            throw new IOException(id + ".json: " + e.error());
        }
        return e.article();
    }

    /** A unique id for a new article with this headline. */
    public synchronized String newId(String headline) {
        String base = Slugs.of(headline);
        String id = base;
        for (int n = 2; Files.exists(fileOf(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Saves a new article under a fresh id made from its headline; returns it as saved. */
    public synchronized Article create(Article draft) throws IOException {
        Article a = draft.withId(newId(draft.headline()));
        Path file = fileOf(a.id());
        Article saved = a.savedAt(draft.modified(), Math.max(1, draft.revision()));
        AtomicFiles.write(file, ArticleCodec.encode(saved, Map.of()));
        tell(l -> l.saved(saved));
        return saved;
    }

    /**
     * Saves an article over its file. When the content is unchanged nothing is written and the stored article is
     * returned; otherwise the revision moves on and modified becomes now. Unknown fields of the file survive. An
     * article whose file is unreadable or of a newer format is refused ({@link ReadOnlyArticleException}); so is one
     * whose file was saved again since this copy was read (another window, the command line, a sync tool):
     * {@link ChangedOnDiskException}, so that neither version is lost silently.
     */
    public synchronized Article save(Article article) throws IOException {
        return save(article, false);
    }

    /** Saves over a file that changed on disk since the article was read: the user chose their version. */
    public synchronized Article saveOverwriting(Article article) throws IOException {
        return save(article, true);
    }

    private Article save(Article article, boolean overwrite) throws IOException {
        Path file = fileOf(article.id());
        Map<String, JsonNode> unknown = Map.of();
        long revision = article.revision();
        if (Files.exists(file)) {
            try {
                ArticleCodec.Decoded old = ArticleCodec.decode(Files.readAllBytes(file));
                if (old.article().sameContentAs(article)) {
                    return old.article();
                }
                if (!overwrite && old.article().revision() > article.revision()) {
                    throw new ChangedOnDiskException(article.id(), old.article());
                }
                unknown = old.unknownFields();
                revision = Math.max(revision, old.article().revision());
            } catch (ArticleFormatException e) {
                throw new ReadOnlyArticleException(file.getFileName() + " is read-only: " + e.getMessage());
            }
        }
        Article saved = article.savedAt(clock.instant(), revision + 1);
        AtomicFiles.write(file, ArticleCodec.encode(saved, unknown));
        tell(l -> l.saved(saved));
        return saved;
    }

    /**
     * Moves an article's file to {@code .trash/} (nothing is lost: it can be put back by hand). Returns the path in
     * the trash.
     */
    public synchronized Path delete(String id) throws IOException {
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
    private void tell(java.util.function.Consumer<Listener> event) {
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
