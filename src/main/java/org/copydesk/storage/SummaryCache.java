package org.copydesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Bumped whenever the layout or what a summary holds changes: a cache of another version is rebuilt. */
    static final int VERSION = 1;
    /** A cache file larger than this is not read (nor written): it is not one this class wrote for a real workspace. */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    /** Files changed this close to the start of a listing are read again on the next one. */
    static final Duration RACY = Duration.ofSeconds(2);
    /** The fewest bytes an entry takes: an id of one character and every fixed-size field. */
    private static final int MIN_ENTRY_BYTES = (4 + 1) + 8 * 5 + 4 * 2 + 1 + 4 * 4 + 4 + 1 * 2 + 4 + 8 + 4;
    private static final System.Logger LOG = System.getLogger(SummaryCache.class.getName());

    /** What identifies one version of a file; times as seconds and nanoseconds, -1 where the system has none. */
    record Stamp(long size, long modifiedSeconds, int modifiedNanos, long changedSeconds, int changedNanos, long device, long inode) {
    }

    /** One cached file: its stamp when it was read, and its summary. */
    record Entry(Stamp stamp, ArticleSummary summary) {
    }

    /** Why a cache file was not used (said in the log; tests check it). */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private final Workspace workspace;
    private final Path file;
    private Clock clock = Clock.systemUTC();
    /** The entries as this process last listed or read them; null until the first listing. */
    private Map<String, Entry> known;
    /** What the last listing did (tests and the benchmark read it). */
    private volatile Workspace.Listing last = new Workspace.Listing(0, 0, false, 0, null);

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

    /** The summaries of every file of the workspace, in id order (see {@link Workspace#summaries()}). */
    synchronized List<ArticleSummary> list() throws IOException {
        Instant start = clock.instant();
        String unusable = null;
        boolean cacheFileOk = true;
        Map<String, Entry> before = known;
        if (before == null) {
            try {
                before = read();
            } catch (Unusable e) {
                unusable = e.getMessage();
                cacheFileOk = false;
                before = Map.of();
                LOG.log(Level.DEBUG, "article list cache " + file + " not used: " + e.getMessage());
            }
        }
        List<String> ids = workspace.ids();
        ArticleSummary[] out = new ArticleSummary[ids.size()];
        Entry[] fresh = new Entry[ids.size()];
        Map<String, Entry> old = before;
        AtomicInteger hits = new AtomicInteger();
        boolean unix = hasUnixView(workspace.articlesDir().getFileSystem());
        IntStream.range(0, ids.size()).parallel().forEach(i -> {
            String id = ids.get(i);
            try {
                Stamp stamp = Slugs.isValidId(id) ? stamp(workspace.fileOf(id), unix) : null;
                Entry cached = stamp == null ? null : old.get(id);
                if (cached != null && cached.stamp().equals(stamp)) {
                    out[i] = cached.summary();
                    fresh[i] = cached;
                    hits.incrementAndGet();
                    return;
                }
                out[i] = workspace.summary(id);
                if (stamp != null && !racy(stamp, start)) {
                    fresh[i] = new Entry(stamp, out[i]);
                }
            } catch (NoSuchFileException removedMeanwhile) {
                out[i] = null;
            } catch (IOException e) {
                out[i] = ArticleSummary.unreadable(id, "cannot be read: " + Workspace.reason(e));
            }
        });
        List<ArticleSummary> list = new ArrayList<>(out.length);
        Map<String, Entry> now = new HashMap<>(ids.size() * 4 / 3 + 1);
        boolean changed = !cacheFileOk;
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                list.add(out[i]);
            }
            if (fresh[i] != null) {
                now.put(ids.get(i), fresh[i]);
                changed |= fresh[i] != old.get(ids.get(i));
            }
        }
        changed |= now.size() != old.size();
        known = now;
        boolean written = false;
        long writing = System.nanoTime();
        if (changed) {
            written = write(now);
        }
        writing = System.nanoTime() - writing;
        last = new Workspace.Listing(hits.get(), ids.size() - hits.get(), written, changed ? writing : 0, unusable);
        return list;
    }

    private boolean racy(Stamp s, Instant start) {
        long limit = start.minus(RACY).getEpochSecond();
        return s.modifiedSeconds() >= limit || s.changedSeconds() >= limit;
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

    /** The entries of the cache file; an empty map when there is none. */
    Map<String, Entry> read() throws Unusable {
        byte[] bytes;
        try {
            Path dir = file.getParent();
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return Map.of();
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new Unusable(".index is not a folder");
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException none) {
                return Map.of();
            }
            if (!a.isRegularFile()) {
                throw new Unusable("not a regular file");
            }
            if (a.size() > MAX_BYTES) {
                throw new Unusable("too large (" + Limits.size(a.size()) + ")");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new Unusable("too large");
            }
        } catch (NoSuchFileException gone) {
            return Map.of();
        } catch (IOException e) {
            throw new Unusable("cannot be read: " + Workspace.reason(e));
        }
        return decode(bytes);
    }

    static Map<String, Entry> decode(byte[] bytes) throws Unusable {
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
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if ((int) crc.getValue() != b.getInt(bytes.length - 4)) {
            throw new Unusable("checksum does not match (a torn or altered file)");
        }
        b.limit(bytes.length - 4);
        b.position(MAGIC.length);
        try {
            int version = b.getInt();
            if (version != VERSION) {
                throw new Unusable("cache version " + version + ", this Copydesk writes " + VERSION);
            }
            int format = b.getInt();
            if (format != ArticleJson.FORMAT_VERSION) {
                throw new Unusable("made for article format " + format + ", this Copydesk reads " + ArticleJson.FORMAT_VERSION);
            }
            int count = b.getInt();
            if (count < 0 || count > b.remaining() / MIN_ENTRY_BYTES) {
                throw new Unusable("impossible count " + count + " for " + b.remaining() + " bytes");
            }
            Map<String, Entry> entries = new HashMap<>(count * 4 / 3 + 1);
            for (int n = 0; n < count; n++) {
                Entry e = entry(b);
                if (entries.put(e.summary().id(), e) != null) {
                    throw new Unusable("the id '" + e.summary().id() + "' is there twice");
                }
            }
            if (b.hasRemaining()) {
                throw new Unusable(b.remaining() + " bytes after the last entry");
            }
            return entries;
        } catch (BufferUnderflowException e) {
            throw new Unusable("truncated");
        }
    }

    private static Entry entry(ByteBuffer b) throws Unusable {
        String id = string(b);
        if (!Slugs.isValidId(id)) {
            throw new Unusable("invalid id '" + (id == null ? "null" : ArticleCodec.abbreviate(id)) + "'");
        }
        long size = b.getLong();
        long mSec = b.getLong();
        int mNano = b.getInt();
        long cSec = b.getLong();
        int cNano = b.getInt();
        long dev = b.getLong();
        long ino = b.getLong();
        if (size < 0 || size > Limits.MAX_FILE_BYTES || mNano < 0 || mNano > 999_999_999 || cNano < -1 || cNano > 999_999_999) {
            throw new Unusable("impossible stamp for '" + id + "'");
        }
        int status = b.get();
        if (status < -1 || status >= ArticleStatus.values().length) {
            throw new Unusable("unknown status " + status + " for '" + id + "'");
        }
        String headline = string(b);
        String standfirst = string(b);
        String language = string(b);
        String section = string(b);
        int tagCount = b.getInt();
        if (tagCount < 0 || tagCount > b.remaining() / 4) {
            throw new Unusable("impossible tag count " + tagCount + " for '" + id + "'");
        }
        List<String> tags = new ArrayList<>(tagCount);
        for (int t = 0; t < tagCount; t++) {
            String tag = string(b);
            if (tag == null) {
                throw new Unusable("a null tag for '" + id + "'");
            }
            tags.add(tag);
        }
        Instant created = instant(b, id);
        Instant modified = instant(b, id);
        int words = b.getInt();
        if (words < 0) {
            throw new Unusable("negative word count for '" + id + "'");
        }
        long revision = b.getLong();
        String error = string(b);
        if (status < 0 && error == null) {
            throw new Unusable("an unreadable file without its reason for '" + id + "'");
        }
        ArticleSummary s = new ArticleSummary(id, headline, standfirst, status < 0 ? null : ArticleStatus.values()[status],
                language, tags, section, created, modified, words, revision, error);
        return new Entry(new Stamp(size, mSec, mNano, cSec, cNano, dev, ino), s);
    }

    private static Instant instant(ByteBuffer b, String id) throws Unusable {
        byte present = b.get();
        if (present == 0) {
            return null;
        }
        long sec = b.getLong();
        int nano = b.getInt();
        if (present != 1 || nano < 0 || nano > 999_999_999) {
            throw new Unusable("impossible time for '" + id + "'");
        }
        try {
            return Instant.ofEpochSecond(sec, nano);
        } catch (DateTimeException e) {
            throw new Unusable("impossible time for '" + id + "'");
        }
    }

    private static String string(ByteBuffer b) throws Unusable {
        int len = b.getInt();
        if (len == -1) {
            return null;
        }
        if (len < 0 || len > b.remaining()) {
            throw new Unusable("impossible text length " + len);
        }
        String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
        b.position(b.position() + len);
        return s;
    }

    static byte[] encode(Map<String, Entry> entries) {
        Out out = new Out(Math.max(1024, entries.size() * 320));
        out.bytes(MAGIC);
        out.int32(VERSION);
        out.int32(ArticleJson.FORMAT_VERSION);
        out.int32(entries.size());
        for (Map.Entry<String, Entry> me : entries.entrySet()) {
            Stamp st = me.getValue().stamp();
            ArticleSummary s = me.getValue().summary();
            out.string(me.getKey());
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
    private boolean write(Map<String, Entry> entries) {
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
