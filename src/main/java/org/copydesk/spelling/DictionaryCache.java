package org.copydesk.spelling;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.copydesk.storage.AtomicFiles;

/**
 * A compact precompiled form of parsed Hunspell dictionaries, one file per dictionary in the user's cache folder
 * ({@code $XDG_CACHE_HOME/copydesk/hunspell}, else {@code ~/.cache/copydesk/hunspell}).
 *
 * <p>Parsing a dictionary is mostly reading, sorting and packing its word file (a Portuguese one: about 2 s of CPU); the
 * affix file is a small part. The cache keeps what the word file turns into — Lucene's packed word table and its table of
 * flag sets — as plain arrays. A cached dictionary is then its affix file parsed as usual plus those arrays read back:
 * the very structure a full parse builds, so the answers are the same.
 *
 * <p>A cache file is used only when everything about it checks out: our format version, Lucene's version, the layout of
 * Lucene's word table, the source files' paths, sizes and modification times, the lengths of every array, a CRC-32C of
 * the whole file, and that every packed offset lies inside the packed data. Anything else — a stale, truncated, foreign or
 * hostile file, or a Lucene whose internals are not what this class knows — and the dictionary is parsed from its files
 * and the cache written again (atomically: a temporary file moved over the old one). A dictionary whose word file holds
 * phonetic replacements ({@code ph:}) is never cached. Thread-safe; a cache folder that cannot be written only costs the speed.
 */
public final class DictionaryCache {
    private static final System.Logger LOG = System.getLogger(DictionaryCache.class.getName());
    /** Bump when the file layout below changes. */
    static final int FORMAT = 1;
    private static final int MAGIC = 0x43444843; // "CDHC"
    /** A word table is at most this large (Lucene's offsets have 25 bits; flag tables are far smaller). */
    private static final int MAX_ARRAY_BYTES = 1 << 28;
    /** The first words of a stand-in word file, so that only the affix file is parsed. */
    private static final byte[] STAND_IN_WORDS = "1\na\n".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;

    private DictionaryCache(Path folder) {
        this.folder = folder;
    }

    /** A cache in this folder (created when first written). */
    public static DictionaryCache at(Path folder) {
        return new DictionaryCache(folder.toAbsolutePath());
    }

    /** The user's cache: {@code $XDG_CACHE_HOME/copydesk/hunspell} (else {@code ~/.cache/copydesk/hunspell}). */
    public static DictionaryCache forUser(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home")).resolve(".cache");
        return at(base.resolve("copydesk").resolve("hunspell"));
    }

    public Path folder() {
        return folder;
    }

    /** Where the cache of these files lives: the tag and a digest of both paths (a clash only costs a parse). */
    Path fileFor(InstalledDictionaries.HunspellFiles files) {
        String key = files.affix().toAbsolutePath().normalize() + "\n" + files.words().toAbsolutePath().normalize();
        CRC32C crc = new CRC32C();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        String digest = String.format("%08x%08x", key.hashCode(), crc.getValue());
        String tag = files.tag().replaceAll("[^A-Za-z0-9_-]", "_");
        return folder.resolve(tag + "-" + digest + ".dict");
    }

    /** Whether the last {@link #load} of a dictionary came from the cache (for tests and benchmarks). */
    public enum Source { CACHE, PARSED }

    /** A loaded dictionary and where it came from. */
    public record Loaded(LoadedDictionary dictionary, Source source) {
    }

    /**
     * Loads a dictionary from its cache file when that is valid for these files, else parses the files and writes the
     * cache. A malformed dictionary gives an IOException naming it (as {@link LoadedDictionary#load} does).
     */
    public Loaded load(InstalledDictionaries.HunspellFiles files) throws IOException {
        Stamp stamp = Stamp.of(files);
        Path cacheFile = fileFor(files);
        if (Layout.AVAILABLE != null) {
            try {
                byte[] bytes = Files.readAllBytes(cacheFile);
                Snapshot s = Snapshot.decode(bytes, stamp);
                if (s != null) {
                    byte[] aff = Files.readAllBytes(files.affix());
                    Dictionary d = standIn(files.tag(), aff);
                    s.applyTo(d);
                    return new Loaded(LoadedDictionary.of(files.tag(), d), Source.CACHE);
                }
                LOG.log(System.Logger.Level.DEBUG, () -> "ignoring the stale or damaged cache " + cacheFile);
            } catch (java.nio.file.NoSuchFileException e) {
                // not cached yet
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "ignoring the cache " + cacheFile + ": " + e);
            }
        }
        byte[] aff = Files.readAllBytes(files.affix());
        Dictionary full;
        try (InputStream dic = new java.io.BufferedInputStream(Files.newInputStream(files.words()))) {
            full = LoadedDictionary.parse(files.tag(), new ByteArrayInputStream(aff), dic);
        }
        if (Layout.AVAILABLE != null && stamp.equals(Stamp.of(files))) { // not changed while it was read
            try {
                Snapshot s = Snapshot.of(full, standIn(files.tag(), aff));
                if (s != null) {
                    write(cacheFile, s.encode(stamp));
                }
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "cannot write the dictionary cache " + cacheFile + ": " + e);
            }
        }
        return new Loaded(LoadedDictionary.of(files.tag(), full), Source.PARSED);
    }

    /** The dictionary of an affix file with a one-word stand-in word file: everything but the words. */
    private static Dictionary standIn(String tag, byte[] aff) throws IOException {
        return LoadedDictionary.parse(tag, new ByteArrayInputStream(aff), new ByteArrayInputStream(STAND_IN_WORDS));
    }

    private void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(target, content);
    }

    /** What identifies the source files: their paths, sizes and modification times, and the versions involved. */
    record Stamp(String affix, long affixSize, long affixModified, String words, long wordsSize, long wordsModified,
                 String lucene) {
        static Stamp of(InstalledDictionaries.HunspellFiles f) throws IOException {
            return new Stamp(f.affix().toAbsolutePath().normalize().toString(), Files.size(f.affix()),
                    Files.getLastModifiedTime(f.affix()).toMillis(),
                    f.words().toAbsolutePath().normalize().toString(), Files.size(f.words()),
                    Files.getLastModifiedTime(f.words()).toMillis(), org.apache.lucene.util.Version.LATEST.toString());
        }
    }

    /**
     * The reflective view of Lucene's internals that a cache file holds: the fields of its packed word table and the
     * array of its flag-set table. Null ({@link #AVAILABLE}) when this Lucene does not have the shape this class knows;
     * then nothing is cached.
     */
    static final class Layout {
        static final Layout AVAILABLE = find();

        final Field words;
        final Field flagLookup;
        final Field hasCustomMorphData;
        final Field morphData;
        final Field repTable;
        /** The word table's instance fields, by name; each of a supported type. */
        final List<Field> wordFields;
        final Field flagData;
        final String signature;

        private Layout(Field words, Field flagLookup, Field hasCustomMorphData, Field morphData, Field repTable,
                       List<Field> wordFields, Field flagData) {
            this.words = words;
            this.flagLookup = flagLookup;
            this.hasCustomMorphData = hasCustomMorphData;
            this.morphData = morphData;
            this.repTable = repTable;
            this.wordFields = wordFields;
            this.flagData = flagData;
            StringBuilder sig = new StringBuilder();
            for (Field f : wordFields) {
                sig.append(f.getName()).append(':').append(f.getType().getName()).append(';');
            }
            sig.append("flags:").append(flagData.getType().getName());
            this.signature = sig.toString();
        }

        private static Layout find() {
            try {
                Field words = accessible(Dictionary.class.getDeclaredField("words"));
                Field flagLookup = accessible(Dictionary.class.getDeclaredField("flagLookup"));
                Field custom = accessible(Dictionary.class.getDeclaredField("hasCustomMorphData"));
                Field morph = accessible(Dictionary.class.getDeclaredField("morphData"));
                Field rep = accessible(Dictionary.class.getDeclaredField("repTable"));
                List<Field> wordFields = instanceFields(words.getType());
                Field flagData = null;
                List<Field> lookupFields = instanceFields(flagLookup.getType());
                if (lookupFields.size() == 1 && lookupFields.get(0).getType() == char[].class) {
                    flagData = lookupFields.get(0);
                }
                if (flagData == null || wordFields.isEmpty() || custom.getType() != boolean.class
                        || !List.class.isAssignableFrom(morph.getType()) || !List.class.isAssignableFrom(rep.getType())) {
                    return null;
                }
                for (Field f : wordFields) {
                    Class<?> t = f.getType();
                    if (t != int.class && t != boolean.class && t != int[].class && t != byte[].class && t != char[].class) {
                        return null;
                    }
                }
                return new Layout(words, flagLookup, custom, morph, rep, wordFields, flagData);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "no dictionary cache with this Lucene: " + e);
                return null;
            }
        }

        private static List<Field> instanceFields(Class<?> c) {
            List<Field> out = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    out.add(accessible(f));
                }
            }
            out.sort(Comparator.comparing(Field::getName));
            return out;
        }

        private static Field accessible(Field f) {
            f.setAccessible(true);
            return f;
        }
    }

    /** The word table's fields and the flag sets of one parsed dictionary. */
    static final class Snapshot {
        final Object[] wordValues;
        final char[] flags;
        final boolean customMorphData;
        /** The morphological data of the words (index 0: none), as the word table refers to it. */
        final List<String> morphData;

        private Snapshot(Object[] wordValues, char[] flags, boolean customMorphData, List<String> morphData) {
            this.wordValues = wordValues;
            this.flags = flags;
            this.customMorphData = customMorphData;
            this.morphData = morphData;
        }

        /**
         * The snapshot of a fully parsed dictionary; null when its word file added phonetic replacements ({@code ph:}
         * fields), which the cache does not keep.
         */
        static Snapshot of(Dictionary full, Dictionary standIn) throws ReflectiveOperationException {
            Layout l = Layout.AVAILABLE;
            if (((List<?>) l.repTable.get(full)).size() != ((List<?>) l.repTable.get(standIn)).size()
                    || ((List<?>) l.morphData.get(standIn)).size() != 1) {
                return null;
            }
            List<String> morph = new ArrayList<>();
            for (Object o : (List<?>) l.morphData.get(full)) {
                morph.add((String) o);
            }
            Object words = l.words.get(full);
            Object[] values = new Object[l.wordFields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = l.wordFields.get(i).get(words);
            }
            return new Snapshot(values, (char[]) l.flagData.get(l.flagLookup.get(full)),
                    l.hasCustomMorphData.getBoolean(full), List.copyOf(morph));
        }

        /** Gives the stand-in dictionary the words and flag sets of this snapshot. */
        void applyTo(Dictionary standIn) {
            Layout l = Layout.AVAILABLE;
            try {
                Object words = l.words.get(standIn);
                for (int i = 0; i < wordValues.length; i++) {
                    l.wordFields.get(i).set(words, wordValues[i]);
                }
                l.flagData.set(l.flagLookup.get(standIn), flags);
                l.hasCustomMorphData.setBoolean(standIn, customMorphData);
                @SuppressWarnings("unchecked")
                List<String> morph = (List<String>) l.morphData.get(standIn);
                morph.clear();
                morph.addAll(morphData);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] encode(Stamp stamp) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeStamp(out, stamp);
            writeString(out, Layout.AVAILABLE.signature);
            out.writeInt(wordValues.length);
            for (Object v : wordValues) {
                writeValue(out, v);
            }
            writeValue(out, flags);
            out.writeBoolean(customMorphData);
            out.writeInt(morphData.size());
            for (String m : morphData) {
                writeString(out, m);
            }
            out.flush();
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return bytes.toByteArray();
        }

        /** The snapshot in a cache file's bytes; null unless every check passes for these source files. */
        static Snapshot decode(byte[] bytes, Stamp stamp) {
            if (bytes.length < 16) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 8);
            if (b.getLong(bytes.length - 8) != crc.getValue()) {
                return null;
            }
            b.limit(bytes.length - 8);
            try {
                if (b.getInt() != MAGIC || b.getInt() != FORMAT || !stamp.equals(readStamp(b))) {
                    return null;
                }
                Layout l = Layout.AVAILABLE;
                if (!l.signature.equals(readUtf(b)) || b.getInt() != l.wordFields.size()) {
                    return null;
                }
                Object[] values = new Object[l.wordFields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = readValue(b, l.wordFields.get(i).getType());
                }
                char[] flags = (char[]) readValue(b, char[].class);
                boolean custom = (Boolean) readValue(b, boolean.class, (byte) 'Z'); // written without its type code
                int n = b.getInt();
                if (n < 1 || n > b.remaining() / 4) {
                    return null;
                }
                List<String> morph = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    morph.add(readUtf(b));
                }
                if (b.hasRemaining() || !packedOffsetsInside(values) || !morph.get(0).isEmpty()) {
                    return null;
                }
                return new Snapshot(values, flags, custom, List.copyOf(morph));
            } catch (BufferUnderflowException | IllegalArgumentException | ClassCastException e) {
                return null;
            }
        }

        /**
         * Every entry of the word table's hash table points inside its packed data (the low 25 bits of an entry are an
         * offset into it), so a look-up cannot run off the end.
         */
        private static boolean packedOffsetsInside(Object[] values) {
            int[] table = null;
            byte[] data = null;
            for (Object v : values) {
                if (v instanceof int[] t) {
                    if (table != null) {
                        return false;
                    }
                    table = t;
                } else if (v instanceof byte[] d) {
                    if (data != null) {
                        return false;
                    }
                    data = d;
                }
            }
            if (table == null || data == null || table.length == 0) {
                return false;
            }
            int mask = (1 << 25) - 1;
            for (int entry : table) {
                if ((entry & mask) >= data.length) {
                    return false;
                }
            }
            return true;
        }

        private static void writeStamp(DataOutputStream out, Stamp s) throws IOException {
            writeString(out, s.affix());
            out.writeLong(s.affixSize());
            out.writeLong(s.affixModified());
            writeString(out, s.words());
            out.writeLong(s.wordsSize());
            out.writeLong(s.wordsModified());
            writeString(out, s.lucene());
        }

        private static void writeString(DataOutputStream out, String s) throws IOException {
            writeCounted(out, s.getBytes(StandardCharsets.UTF_8), 1);
        }

        /** The number of elements (bytes divided by the width of one), then the bytes: how strings and arrays are kept. */
        private static void writeCounted(DataOutputStream out, byte[] content, int width) throws IOException {
            out.writeInt(content.length / width);
            out.write(content);
        }

        private static Stamp readStamp(ByteBuffer b) {
            return new Stamp(readUtf(b), b.getLong(), b.getLong(), readUtf(b), b.getLong(), b.getLong(), readUtf(b));
        }

        private static String readUtf(ByteBuffer b) {
            byte[] s = new byte[count(b, 1)];
            b.get(s);
            return new String(s, StandardCharsets.UTF_8);
        }

        /** A count written by {@link #writeCounted}, checked against the bytes left and {@link #MAX_ARRAY_BYTES}. */
        private static int count(ByteBuffer b, int width) {
            int n = b.getInt();
            if (n < 0 || (long) n * width > Math.min(b.remaining(), MAX_ARRAY_BYTES)) {
                throw new IllegalArgumentException("bad length");
            }
            return n;
        }

        private static void writeValue(DataOutputStream out, Object v) throws IOException {
            if (v instanceof Integer i) {
                out.writeByte('I');
                out.writeInt(i);
            } else if (v instanceof Boolean z) {
                out.writeByte('Z');
                out.writeBoolean(z);
            } else if (v instanceof int[] a) {
                out.writeByte('i');
                ByteBuffer buf = ByteBuffer.allocate(a.length * 4);
                buf.asIntBuffer().put(a);
                writeCounted(out, buf.array(), 4);
            } else if (v instanceof byte[] a) {
                out.writeByte('b');
                writeCounted(out, a, 1);
            } else if (v instanceof char[] a) {
                out.writeByte('c');
                ByteBuffer buf = ByteBuffer.allocate(a.length * 2);
                buf.asCharBuffer().put(a);
                writeCounted(out, buf.array(), 2);
            } else {
                throw new IOException("cannot cache a value of type " + (v == null ? "null" : v.getClass().getName()));
            }
        }

        private static Object readValue(ByteBuffer b, Class<?> type) {
            return readValue(b, type, b.get());
        }

        private static Object readValue(ByteBuffer b, Class<?> type, byte code) {
            if (type == int.class && code == 'I') {
                return b.getInt();
            }
            if (type == boolean.class && code == 'Z') {
                byte z = b.get();
                if (z != 0 && z != 1) {
                    throw new IllegalArgumentException("not a boolean");
                }
                return z == 1;
            }
            int n = count(b, code == 'i' ? 4 : code == 'c' ? 2 : 1);
            if (type == int[].class && code == 'i') {
                int[] a = new int[n];
                b.asIntBuffer().get(a);
                b.position(b.position() + n * 4);
                return a;
            }
            if (type == byte[].class && code == 'b') {
                byte[] a = new byte[n];
                b.get(a);
                return a;
            }
            if (type == char[].class && code == 'c') {
                char[] a = new char[n];
                b.asCharBuffer().get(a);
                b.position(b.position() + n * 2);
                return a;
            }
            throw new IllegalArgumentException("unexpected value");
        }
    }
}
