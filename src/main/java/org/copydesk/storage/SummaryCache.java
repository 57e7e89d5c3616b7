package org.copydesk.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.copydesk.model.ArticleStatus;

/**
 * The article list's summary cache, {@code .index/article-list.cache}: the list fields of every article file (what
 * {@link SummaryReader} makes of it) with what tells whether the file is still the one they were read from: its size,
 * its last-modified and (where the system has one) status-change time in full precision, and its device and inode. On
 * a listing every file is stat'ed; a file whose stamp matches is listed from the cache, the others are read, deleted
 * files drop out, and the cache is written back (atomically, see {@link AtomicFiles#writeRebuildable}) when anything
 * changed. Saves made in between are folded
 * into the next listing: it reads again just the files saved since.
 *
 * <p>It is only a cache. An article is always opened from its file; the cache is never trusted over the files: a
 * missing, truncated, corrupt (checksum), foreign or hostile cache file (impossible counts or sizes, invalid or
 * duplicate ids) is ignored as a whole and rebuilt from the files. A file whose time is within {@link #RACY} of the
 * listing's start is not cached (it could change again within the file system's clock tick, size unchanged, without
 * its times moving): it is read again next time. Only this file (and its temp file) in {@code .index/} is ever written.
 */
final class SummaryCache {
    static final String FILE = "article-list.cache";
    /** "CDLIST" and two bytes that a text file does not hold. */
    private static final byte[] MAGIC = {'C', 'D', 'L', 'I', 'S', 'T', 0, (byte) 0xE5};
    /**
     * Bumped whenever the layout or what a summary holds changes: a cache of another version is rebuilt. 2: entries in
     * id order.
     */
    static final int VERSION = 2;
    /** A cache file larger than this is not read (nor written): it is not one this class wrote for a real workspace. */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    /** Files changed this close to the start of a listing are read again on the next one. */
    static final Duration RACY = Duration.ofSeconds(2);
    /** The fewest bytes an entry takes: an id of one character and every fixed-size field. */
    private static final int MIN_ENTRY_BYTES = (4 + 1) + 8 * 5 + 4 * 2 + 1 + 4 * 4 + 4 + 1 * 2 + 4 + 8 + 4;
    private static final System.Logger LOG = System.getLogger(SummaryCache.class.getName());

    /** What identifies one version of a file; times as seconds and nanoseconds, -1 where the system has none. */
    record Stamp(long size, long modifiedSeconds, int modifiedNanos, long changedSeconds, int changedNanos, long device, long inode) {
        /** {@link #equals} without the record's generic one (linked at its first call, slow until compiled). */
        boolean same(Stamp o) {
            return o != null && size == o.size && modifiedSeconds == o.modifiedSeconds && modifiedNanos == o.modifiedNanos
                    && changedSeconds == o.changedSeconds && changedNanos == o.changedNanos && device == o.device
                    && inode == o.inode;
        }
    }

    /** One cached file: its stamp when it was read, and its summary. */
    record Entry(Stamp stamp, ArticleSummary summary) {
    }

    /** Cached entries in id order (the file's order, which {@link #decode} checks), so a listing merges them with the folder's ids. */
    record Known(String[] ids, Entry[] entries) {
        static final Known NONE = new Known(new String[0], new Entry[0]);

        int size() {
            return ids.length;
        }
    }

    /** Why a cache file was not used (said in the log; tests check it). */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    /** A file that vanished between the folder's listing and its stat: left out of the list. */
    private static final Object GONE = new Object();
    private static final ArticleStatus[] STATUSES = ArticleStatus.values();

    private final Workspace workspace;
    private final Path file;
    private Clock clock = Clock.systemUTC();
    /** The entries as this process last listed or read them; null until the first listing. */
    private Known known;
    /** What the last listing did (tests and the benchmark read it). */
    private volatile Workspace.Listing last = new Workspace.Listing(0, 0, false, 0, null, 0, 0, 0, 0, false);

    SummaryCache(Workspace workspace) {
        this.workspace = workspace;
        this.file = workspace.root().resolve(".index").resolve(FILE);
    }

    Path file() {
        return file;
    }

    /** Tests move the clock that decides which files changed too recently to be cached. */
    synchronized void useClock(Clock clock) {
        this.clock = clock;
    }

    Workspace.Listing lastListing() {
        return last;
    }

    /** Forgets what this process knows, so that the next listing starts from the cache file (as a new process would). */
    synchronized void forget() {
        known = null;
    }

    /**
     * The summaries of every file of the workspace, in id order (see {@link Workspace#summaries()}). The cache file is
     * read and decoded on a thread of its own while this one lists the folder and stats every file (both threads'
     * work, on two cores, at once); the two sorted lists are then merged, and only the files whose stamp differs are read.
     */
    synchronized List<ArticleSummary> list() throws IOException {
        awaitWrite();
        Instant start = clock.instant();
        long racyLimit = start.minus(RACY).getEpochSecond();
        long t0 = System.nanoTime();
        FutureTask<Object> reading = null;
        if (known == null) {
            reading = new FutureTask<>(this::readOrWhyNot);
            Thread reader = new Thread(reading, "copydesk-list-cache");
            reader.setDaemon(true);
            reader.start();
        }
        List<String> ids;
        try {
            ids = workspace.ids();
        } catch (IOException | RuntimeException e) {
            if (reading != null) {
                reading.cancel(false);
            }
            throw e;
        }
        long folder = System.nanoTime() - t0;
        int n = ids.size();
        Path dir = workspace.articlesDir();
        boolean unix = hasUnixView(dir.getFileSystem());
        // what each file is now: its Stamp, GONE, an unreadable summary, or null (not a regular file: read, never cached)
        Object[] now = new Object[n];
        long t1 = System.nanoTime();
        IntStream.range(0, n).parallel().forEach(i -> now[i] = stampOrWhy(dir, ids.get(i), unix));
        long stat = System.nanoTime() - t1;

        String unusable = null;
        Known old = known;
        if (reading != null) {
            Object r;
            try {
                r = reading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the article list cache", e);
            } catch (ExecutionException e) {
                r = "cannot be read: " + e.getCause();
            }
            if (r instanceof Known k) {
                old = k;
            } else {
                unusable = (String) r;
                old = Known.NONE;
                LOG.log(Level.DEBUG, "article list cache " + file + " not used: " + unusable);
            }
        }
        long cacheRead = lastRead;

        // merge the folder's ids with the cache's, both sorted
        ArticleSummary[] out = new ArticleSummary[n];
        Entry[] fresh = new Entry[n];
        Entry[] matched = new Entry[n];
        int[] misses = new int[n];
        int missCount = 0;
        int hits = 0;
        String[] oldIds = old.ids();
        Entry[] oldEntries = old.entries();
        int j = 0;
        for (int i = 0; i < n; i++) {
            Object what = now[i];
            if (what == GONE) {
                continue;
            }
            if (what instanceof ArticleSummary unreadable) {
                out[i] = unreadable;
                continue;
            }
            String id = ids.get(i);
            while (j < oldIds.length && oldIds[j].compareTo(id) < 0) {
                j++;
            }
            Entry cached = j < oldIds.length && oldIds[j].equals(id) ? oldEntries[j] : null;
            matched[i] = cached;
            if (cached != null && cached.stamp().same((Stamp) what)) {
                out[i] = cached.summary();
                fresh[i] = cached;
                hits++;
            } else {
                misses[missCount++] = i;
            }
        }
        long t2 = System.nanoTime();
        IntStream.range(0, missCount).parallel().forEach(m -> {
            int i = misses[m];
            String id = ids.get(i);
            Stamp stamp = now[i] instanceof Stamp st ? st : null;
            try {
                out[i] = stamp == null ? workspace.summary(id) : workspace.summaryOfRegularFile(id, dir.resolve(id + ".json"), stamp.size());
                if (stamp != null && stamp.modifiedSeconds() < racyLimit && stamp.changedSeconds() < racyLimit) {
                    fresh[i] = new Entry(stamp, out[i]);
                }
            } catch (NoSuchFileException removedMeanwhile) {
                out[i] = null;
            } catch (IOException e) {
                out[i] = ArticleSummary.unreadable(id, "cannot be read: " + Workspace.reason(e));
            }
        });
        long filesRead = System.nanoTime() - t2;

        List<ArticleSummary> list = new ArrayList<>(n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                list.add(out[i]);
            }
            if (fresh[i] != null) {
                kept++;
            }
        }
        String[] keptIds = new String[kept];
        Entry[] keptEntries = new Entry[kept];
        boolean changed = unusable != null || kept != old.size();
        for (int i = 0, k = 0; i < n; i++) {
            if (fresh[i] != null) {
                keptIds[k] = ids.get(i);
                keptEntries[k++] = fresh[i];
                changed |= fresh[i] != matched[i];
            }
        }
        known = new Known(keptIds, keptEntries);
        if (changed && n - hits >= writeAfterFrom && exitWaitsForWrites()) {
            Workspace.Listing listing = new Workspace.Listing(hits, n - hits, false, 0, unusable, reading == null ? 0 : cacheRead,
                    folder, stat, filesRead, true);
            last = listing;
            writeAfter(known, listing);
            return list;
        }
        boolean written = false;
        long writing = System.nanoTime();
        if (changed) {
            written = write(known);
        }
        writing = System.nanoTime() - writing;
        last = new Workspace.Listing(hits, n - hits, written, changed ? writing : 0, unusable, reading == null ? 0 : cacheRead,
                folder, stat, filesRead, false);
        return list;
    }

    /**
     * A listing that read at least this many files (a first-ever opening of a large workspace) returns its list before
     * the cache is written: the write runs on a thread of its own (tests lower the threshold).
     */
    int writeAfterFrom = 1_000;
    /** The write a listing left running, or null; the next listing, {@link #awaitWrite} and the JVM's exit wait for it. */
    private FutureTask<Boolean> pendingWrite;
    private static final Set<FutureTask<Boolean>> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean EXIT_WAITS = new AtomicBoolean();

    private void writeAfter(Known entries, Workspace.Listing listing) {
        FutureTask<Boolean> task = new FutureTask<>(() -> {
            long t = System.nanoTime();
            boolean ok = write(entries);
            // the next listing waits for this write before it sets its own, so this listing is still the last one
            last = listing.afterWrite(ok, System.nanoTime() - t);
            return ok;
        });
        PENDING.add(task);
        pendingWrite = task;
        Thread writer = new Thread(() -> {
            try {
                task.run();
            } finally {
                PENDING.remove(task);
            }
        }, "copydesk-list-cache-write");
        writer.setDaemon(true);
        writer.start();
    }

    /** True once the JVM's exit waits for the writes left running (false when it is already exiting: write now). */
    private static boolean exitWaitsForWrites() {
        synchronized (PENDING) {
            if (!EXIT_WAITS.get()) {
                try {
                    Runtime.getRuntime().addShutdownHook(new Thread(SummaryCache::awaitAll, "copydesk-list-cache-exit"));
                } catch (IllegalStateException exiting) {
                    return false;
                }
                EXIT_WAITS.set(true);
            }
            return true;
        }
    }

    /** Waits until the cache write the last listing left running (if any) is done. */
    void awaitWrite() {
        FutureTask<Boolean> w;
        synchronized (this) {
            w = pendingWrite;
        }
        await(w);
    }

    /** At the JVM's exit: every write still running finishes (a write is a few hundred milliseconds at most). */
    private static void awaitAll() {
        for (FutureTask<Boolean> w : PENDING) {
            await(w);
        }
    }

    private static void await(FutureTask<Boolean> w) {
        if (w == null) {
            return;
        }
        try {
            w.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.DEBUG, "article list cache not written: " + e.getCause());
        }
    }

    /** How long the last read of the cache file took (read and decoded), in ns; set by the reading thread. */
    private volatile long lastRead;

    /** The cache file's entries, or why they cannot be used (a String). */
    private Object readOrWhyNot() {
        long t = System.nanoTime();
        try {
            return read();
        } catch (Unusable e) {
            return e.getMessage();
        } finally {
            lastRead = System.nanoTime() - t;
        }
    }

    /** What {@code id}.json is now: its stamp, {@link #GONE}, an unreadable summary, or null (to be read, not cached). */
    private static Object stampOrWhy(Path dir, String id, boolean unix) {
        if (!Slugs.isValidId(id)) {
            return null;
        }
        try {
            return stamp(dir.resolve(id + ".json"), unix);
        } catch (NoSuchFileException removedMeanwhile) {
            return GONE;
        } catch (IOException e) {
            return ArticleSummary.unreadable(id, "cannot be read: " + Workspace.reason(e));
        }
    }

    private static boolean hasUnixView(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("unix");
    }

    /** The stamp of a regular file (a link, a folder or anything else gives null: it is never cached). */
    static Stamp stamp(Path p, boolean unix) throws IOException {
        if (unix) {
            Map<String, Object> a = Files.readAttributes(p, "unix:size,lastModifiedTime,ctime,dev,ino,isRegularFile",
                    LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                return null;
            }
            Instant m = ((FileTime) a.get("lastModifiedTime")).toInstant();
            Instant c = ((FileTime) a.get("ctime")).toInstant();
            return new Stamp((Long) a.get("size"), m.getEpochSecond(), m.getNano(), c.getEpochSecond(), c.getNano(),
                    (Long) a.get("dev"), (Long) a.get("ino"));
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            return null;
        }
        Instant m = a.lastModifiedTime().toInstant();
        Object key = a.fileKey();
        return new Stamp(a.size(), m.getEpochSecond(), m.getNano(), -1, -1, -1, key == null ? -1 : key.hashCode());
    }

    // ---- the file ----

    /** The entries of the cache file; none when there is no file. */
    Known read() throws Unusable {
        byte[] bytes;
        try {
            Path dir = file.getParent();
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return Known.NONE;
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new Unusable(".index is not a folder");
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException none) {
                return Known.NONE;
            }
            if (!a.isRegularFile()) {
                throw new Unusable("not a regular file");
            }
            if (a.size() > MAX_BYTES) {
                throw new Unusable("too large (" + Limits.size(a.size()) + ")");
            }
            bytes = readWhole(file, (int) a.size());
        } catch (NoSuchFileException gone) {
            return Known.NONE;
        } catch (IOException e) {
            throw new Unusable("cannot be read: " + Workspace.reason(e));
        }
        return decodeSorted(bytes);
    }

    /**
     * The whole file in one array of its size (it is replaced, never written in place, so the open file keeps the
     * size it was stat'ed with; one that differs anyway is read to its end, up to {@link #MAX_BYTES}).
     */
    private static byte[] readWhole(Path file, int size) throws IOException, Unusable {
        byte[] bytes = Workspace.readRegular(file, size);
        if (bytes == null) {
            throw new Unusable("it grew while being read");
        }
        return bytes;
    }

    /** The entries of a cache file's bytes by id (tests look at them and forge files with {@link #encode(Map)}). */
    static Map<String, Entry> decode(byte[] bytes) throws Unusable {
        Known k = decodeSorted(bytes);
        Map<String, Entry> entries = new LinkedHashMap<>(k.size() * 4 / 3 + 1);
        for (int i = 0; i < k.size(); i++) {
            entries.put(k.ids()[i], k.entries()[i]);
        }
        return entries;
    }

    /** The entries of a cache file's bytes, checked whole: checksum, version, counts, every field, ids in strict order. */
    static Known decodeSorted(byte[] bytes) throws Unusable {
        if (bytes.length < MAGIC.length + 4 * 4) {
            throw new Unusable(bytes.length == 0 ? "empty" : "truncated (" + bytes.length + " bytes)");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new Unusable("not an article list cache");
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        In b = new In(bytes, MAGIC.length, bytes.length - 4);
        if ((int) crc.getValue() != new In(bytes, bytes.length - 4, bytes.length).int32()) {
            throw new Unusable("checksum does not match (a torn or altered file)");
        }
        int version = b.int32();
        if (version != VERSION) {
            throw new Unusable("cache version " + version + ", this Copydesk writes " + VERSION);
        }
        int format = b.int32();
        if (format != ArticleJson.FORMAT_VERSION) {
            throw new Unusable("made for article format " + format + ", this Copydesk reads " + ArticleJson.FORMAT_VERSION);
        }
        int count = b.int32();
        if (count < 0 || count > b.remaining() / MIN_ENTRY_BYTES) {
            throw new Unusable("impossible count " + count + " for " + b.remaining() + " bytes");
        }
        String[] ids = new String[count];
        Entry[] entries = new Entry[count];
        for (int n = 0; n < count; n++) {
            Entry e = entry(b);
            String id = e.summary().id();
            if (n > 0 && ids[n - 1].compareTo(id) >= 0) {
                throw new Unusable(ids[n - 1].equals(id) ? "the id '" + id + "' is there twice" : "the ids are out of order at '" + id + "'");
            }
            ids[n] = id;
            entries[n] = e;
        }
        if (b.remaining() > 0) {
            throw new Unusable(b.remaining() + " bytes after the last entry");
        }
        return new Known(ids, entries);
    }

    private static Entry entry(In b) throws Unusable {
        String id = b.string();
        if (!Slugs.isValidId(id)) {
            throw new Unusable("invalid id '" + (id == null ? "null" : ArticleCodec.abbreviate(id)) + "'");
        }
        long size = b.int64();
        long mSec = b.int64();
        int mNano = b.int32();
        long cSec = b.int64();
        int cNano = b.int32();
        long dev = b.int64();
        long ino = b.int64();
        if (size < 0 || size > Limits.MAX_FILE_BYTES || mNano < 0 || mNano > 999_999_999 || cNano < -1 || cNano > 999_999_999) {
            throw new Unusable("impossible stamp for '" + id + "'");
        }
        int status = b.int8();
        if (status < -1 || status >= STATUSES.length) {
            throw new Unusable("unknown status " + status + " for '" + id + "'");
        }
        String headline = b.string();
        String standfirst = b.string();
        String language = b.string();
        String section = b.string();
        int tagCount = b.int32();
        if (tagCount < 0 || tagCount > b.remaining() / 4) {
            throw new Unusable("impossible tag count " + tagCount + " for '" + id + "'");
        }
        String[] tags = new String[tagCount];
        for (int t = 0; t < tagCount; t++) {
            String tag = b.string();
            if (tag == null) {
                throw new Unusable("a null tag for '" + id + "'");
            }
            tags[t] = tag;
        }
        Instant created = b.instant(id);
        Instant modified = b.instant(id);
        int words = b.int32();
        if (words < 0) {
            throw new Unusable("negative word count for '" + id + "'");
        }
        long revision = b.int64();
        String error = b.string();
        if (status < 0 && error == null) {
            throw new Unusable("an unreadable file without its reason for '" + id + "'");
        }
        ArticleSummary s = new ArticleSummary(id, headline, standfirst, status < 0 ? null : STATUSES[status],
                language, List.of(tags), section, created, modified, words, revision, error);
        return new Entry(new Stamp(size, mSec, mNano, cSec, cNano, dev, ino), s);
    }

    /**
     * A big-endian reader over {@code [from, to)} of a byte array; reading past {@code to} is an {@link Unusable}
     * "truncated". Short texts that repeat the one before at the same place (a language, a section) are shared.
     */
    private static final class In {
        private final byte[] buf;
        private int at;
        private final int end;
        private final String[] recent = new String[17];

        In(byte[] buf, int from, int to) {
            this.buf = buf;
            this.at = from;
            this.end = to;
        }

        int remaining() {
            return end - at;
        }

        private void need(int n) throws Unusable {
            if (n > end - at) {
                throw new Unusable("truncated");
            }
        }

        int int8() throws Unusable {
            need(1);
            return buf[at++];
        }

        int int32() throws Unusable {
            need(4);
            int v = (buf[at] & 0xff) << 24 | (buf[at + 1] & 0xff) << 16 | (buf[at + 2] & 0xff) << 8 | buf[at + 3] & 0xff;
            at += 4;
            return v;
        }

        long int64() throws Unusable {
            return (long) int32() << 32 | int32() & 0xffffffffL;
        }

        String string() throws Unusable {
            int len = int32();
            if (len == -1) {
                return null;
            }
            if (len < 0 || len > end - at) {
                throw new Unusable("impossible text length " + len);
            }
            String s;
            if (len <= 16) {
                // short texts repeat (languages, sections, tags): the last one of each length is kept and shared
                int slot = len;
                String r = recent[slot];
                if (r != null && sameBytes(r, len)) {
                    s = r;
                } else {
                    s = new String(buf, at, len, StandardCharsets.UTF_8);
                    recent[slot] = s;
                }
            } else {
                s = new String(buf, at, len, StandardCharsets.UTF_8);
            }
            at += len;
            return s;
        }

        /** True when {@code s} is ASCII and its characters are the {@code len} bytes at the cursor. */
        private boolean sameBytes(String s, int len) {
            if (s.length() != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 || buf[at + i] != (byte) c) {
                    return false;
                }
            }
            return true;
        }

        Instant instant(String id) throws Unusable {
            int present = int8();
            if (present == 0) {
                return null;
            }
            long sec = int64();
            int nano = int32();
            if (present != 1 || nano < 0 || nano > 999_999_999) {
                throw new Unusable("impossible time for '" + id + "'");
            }
            try {
                return Instant.ofEpochSecond(sec, nano);
            } catch (DateTimeException e) {
                throw new Unusable("impossible time for '" + id + "'");
            }
        }
    }

    /** The bytes of a cache holding these entries (in id order, as {@link #decode} wants them). */
    static byte[] encode(Map<String, Entry> entries) {
        TreeMap<String, Entry> sorted = new TreeMap<>(entries);
        return encode(new Known(sorted.keySet().toArray(String[]::new), sorted.values().toArray(Entry[]::new)));
    }

    static byte[] encode(Known known) {
        Out out = new Out(Math.max(1024, known.size() * 320));
        out.bytes(MAGIC);
        out.int32(VERSION);
        out.int32(ArticleJson.FORMAT_VERSION);
        out.int32(known.size());
        for (int i = 0; i < known.size(); i++) {
            Stamp st = known.entries()[i].stamp();
            ArticleSummary s = known.entries()[i].summary();
            out.string(known.ids()[i]);
            out.int64(st.size());
            out.int64(st.modifiedSeconds());
            out.int32(st.modifiedNanos());
            out.int64(st.changedSeconds());
            out.int32(st.changedNanos());
            out.int64(st.device());
            out.int64(st.inode());
            out.int8(s.status() == null ? -1 : s.status().ordinal());
            out.string(s.headline());
            out.string(s.standfirst());
            out.string(s.language());
            out.string(s.section());
            out.int32(s.tags().size());
            for (String t : s.tags()) {
                out.string(t);
            }
            out.instant(s.created());
            out.instant(s.modified());
            out.int32(s.wordCount());
            out.int64(s.revision());
            out.string(s.error());
        }
        CRC32C crc = new CRC32C();
        crc.update(out.buf, 0, out.len);
        out.int32((int) crc.getValue());
        return Arrays.copyOf(out.buf, out.len);
    }

    /** A growing big-endian byte buffer (what DataOutputStream writes, without a lock per byte). */
    private static final class Out {
        byte[] buf;
        int len;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        private void room(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
            }
        }

        void bytes(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        void int8(int v) {
            room(1);
            buf[len++] = (byte) v;
        }

        void int32(int v) {
            room(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void int64(long v) {
            int32((int) (v >>> 32));
            int32((int) v);
        }

        void string(String s) {
            if (s == null) {
                int32(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            int32(b.length);
            bytes(b);
        }

        void instant(Instant t) {
            if (t == null) {
                int8(0);
                return;
            }
            int8(1);
            int64(t.getEpochSecond());
            int32(t.getNano());
        }
    }

    /**
     * Writes the cache atomically (never forced to disk: a cache torn by a crash fails its checksum and is rebuilt);
     * false (and the reason logged) when it cannot be (a read-only workspace, a full disk). */
    private boolean write(Known entries) {
        try {
            Path dir = file.getParent();
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                LOG.log(Level.DEBUG, "article list cache not written: " + dir + " is not a folder");
                return false;
            }
            byte[] bytes = encode(entries);
            if (bytes.length > MAX_BYTES) {
                LOG.log(Level.DEBUG, "article list cache not written: it would be " + Limits.size(bytes.length));
                return false;
            }
            Files.createDirectories(dir);
            AtomicFiles.writeRebuildable(file, bytes);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "article list cache " + file + " not written: " + e);
            return false;
        }
    }
}
