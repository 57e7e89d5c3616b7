package org.copydesk.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Lingua's n-gram probabilities (orders 1..5) for the seven languages, in a compact form of our own: per language and
 * order the n-grams packed into sorted {@code int}s (see {@link Order}) and, parallel to them, the index of each one's
 * probability in a table of the distinct values (about 19 MB of heap in all for 2.6 million n-grams, instead of
 * Lingua's hash maps of strings). Built from Lingua's model files at build time by {@link NgramModelCompiler}, one
 * file per language, read here in parallel. Immutable and thread-safe.
 */
public final class NgramModels {
    static final int MAGIC = 0x43444e47; // "CDNG"
    static final int FORMAT = 2;
    public static final int ORDERS = 5;

    /** Per language. */
    private final Language[] languages;

    private NgramModels(Language[] languages) {
        this.languages = languages;
    }

    static String resourceName(String code) {
        return "ngrams-" + code + ".bin";
    }

    /** Reads the models that the build put next to this class, the languages in parallel. */
    public static NgramModels load() throws IOException {
        try {
            return new NgramModels(IntStream.range(0, Languages.COUNT).parallel()
                    .mapToObj(l -> {
                        try {
                            return loadLanguage(Languages.code(l));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toArray(Language[]::new));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Language loadLanguage(String code) throws IOException {
        String name = resourceName(code);
        try (InputStream in = NgramModels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("language model " + name + " is missing from the application; "
                        + "build it with Maven, which compiles it from Lingua's models");
            }
            return read(code, in.readAllBytes());
        }
    }

    /** One language's compact form; bytes that are not one, or are cut short, are an {@link IOException}. */
    static Language read(String code, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (b.getInt() != MAGIC) {
                throw new IOException("not a Copydesk n-gram model file");
            }
            int format = b.getInt();
            if (format != FORMAT) {
                throw new IOException("n-gram model format " + format + " is not supported (expected " + FORMAT + ")");
            }
            int len = Short.toUnsignedInt(b.getShort());
            if (len > 16) {
                throw new IOException("n-gram model has a language code of " + len + " bytes");
            }
            byte[] codeBytes = new byte[len];
            b.get(codeBytes);
            String found = new String(codeBytes, StandardCharsets.UTF_8);
            if (!found.equals(code)) {
                throw new IOException("n-gram model is for '" + found + "', expected '" + code + "'");
            }
            int letters = b.getInt();
            if (letters <= 0 || letters > Alphabet.MAX_LETTERS) {
                throw new IOException("n-gram model alphabet of " + letters + " letters");
            }
            char[] alphabet = new char[letters];
            b.asCharBuffer().get(alphabet);
            b.position(b.position() + 2 * letters);
            Alphabet alpha = new Alphabet(alphabet);
            Order[] orders = new Order[ORDERS];
            int at = b.position();
            for (int n = 0; n < ORDERS; n++) {
                b.position(at);
                int count = b.getInt();
                int distinct = b.getInt();
                // each n-gram takes at least two bytes, each distinct value four
                if (count < 0 || distinct < 0 || distinct > count || (long) count * 2 + distinct * 4L > b.remaining()) {
                    throw new IOException("n-gram model is cut short or damaged");
                }
                float[] table = new float[distinct];
                b.asFloatBuffer().get(table);
                at = b.position() + 4 * distinct;
                Order.Builder order = new Order.Builder(count, table);
                long key = 0;
                for (int i = 0; i < count; i++) {
                    // unsigned varints: the key's step from the previous key, then its probability's index
                    long step = 0;
                    int shift = 0;
                    byte x;
                    do {
                        x = bytes[at++];
                        step |= (long) (x & 0x7F) << shift;
                        shift += 7;
                    } while (x < 0 && shift < 64);
                    int index = 0;
                    shift = 0;
                    do {
                        x = bytes[at++];
                        index |= (x & 0x7F) << shift;
                        shift += 7;
                    } while (x < 0 && shift < 32);
                    if ((step <= 0 && i > 0) || index < 0 || index >= distinct) {
                        throw new IOException("n-gram model is damaged (order " + (n + 1) + ", entry " + i + ")");
                    }
                    key += step;
                    if (key >>> (alpha.bits() * (n + 1)) != 0) {
                        throw new IOException("n-gram model is damaged (order " + (n + 1) + ", entry " + i
                                + ": key out of range)");
                    }
                    order.add(key, index);
                }
                orders[n] = order.build();
            }
            if (at != bytes.length) {
                throw new IOException("n-gram model has " + (bytes.length - at) + " bytes after its end");
            }
            return new Language(alpha, orders);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("n-gram model is cut short or damaged", e);
        }
    }

    /**
     * Lingua's relative frequency of {@code text[start, end)} (1 to 5 characters) in language {@code language}
     * (indexed as {@link Languages#CODES}), or 0 when the model does not have it.
     */
    public float probability(int language, CharSequence text, int start, int end) {
        int n = end - start;
        if (n < 1 || n > ORDERS) {
            throw new IllegalArgumentException("n-grams have 1 to " + ORDERS + " characters, not " + n);
        }
        return languages[language].probability(text, start, end);
    }

    /** How many n-grams the models hold in all. */
    public long size() {
        long s = 0;
        for (Language l : languages) {
            for (Order o : l.orders) {
                s += o.size();
            }
        }
        return s;
    }

    /** One language's models: per order, its n-grams and their probabilities. */
    static final class Language {
        private final Alphabet alphabet;
        private final Order[] orders;

        Language(Alphabet alphabet, Order[] orders) {
            this.alphabet = alphabet;
            this.orders = orders;
        }

        float probability(CharSequence text, int start, int end) {
            long key = alphabet.key(text, start, end);
            return key < 0 ? 0f : orders[end - start - 1].probability(key);
        }
    }

    /**
     * The n-grams of one order and their probabilities, in 6 bytes an n-gram instead of a {@code long} and a
     * {@code float}'s 12. A key (its letters' codes packed side by side: 35 bits for five letters of a 7-bit alphabet)
     * is split into its high bits, which name a bucket, and its low 32 bits, kept as a sorted {@code int} in the
     * bucket's range of {@link #low} (the sign bit flipped, so that signed order is the keys' order). The buckets
     * present are listed in {@link #highs} (a handful: 8 at most for a 7-bit alphabet), their ranges in
     * {@link #bucketStart}. The probability is the n-gram's index in the table of the order's distinct values: its
     * low 16 bits in {@link #valueLow}, and the 17th, for the orders with more than 65,536 distinct values, in the bit
     * set {@link #valueHigh}.
     */
    static final class Order {
        private final int[] highs;
        private final int[] bucketStart;
        private final int[] low;
        private final char[] valueLow;
        private final long[] valueHigh;
        private final float[] table;

        private Order(int[] highs, int[] bucketStart, int[] low, char[] valueLow, long[] valueHigh, float[] table) {
            this.highs = highs;
            this.bucketStart = bucketStart;
            this.low = low;
            this.valueLow = valueLow;
            this.valueHigh = valueHigh;
            this.table = table;
        }

        int size() {
            return low.length;
        }

        float probability(long key) {
            int bucket = Arrays.binarySearch(highs, (int) (key >>> 32));
            if (bucket < 0) {
                return 0f;
            }
            int i = Arrays.binarySearch(low, bucketStart[bucket], bucketStart[bucket + 1],
                    (int) key ^ Integer.MIN_VALUE);
            if (i < 0) {
                return 0f;
            }
            int index = valueLow[i];
            if (valueHigh != null && (valueHigh[i >>> 6] & 1L << i) != 0) {
                index |= 1 << 16;
            }
            return table[index];
        }

        /** Takes the keys (non-negative) in increasing order. */
        static final class Builder {
            /** Indices below 2^17: the bit set holds the one bit above a char's 16. */
            static final int MAX_DISTINCT = 1 << 17;
            private int[] highs = new int[8];
            private int[] bucketStart = new int[9];
            private int buckets;
            private final int[] low;
            private final char[] valueLow;
            private final long[] valueHigh;
            private final float[] table;
            private int size;

            Builder(int count, float[] table) throws IOException {
                if (table.length > MAX_DISTINCT) {
                    throw new IOException("n-gram model has " + table.length + " distinct probabilities in one order");
                }
                low = new int[count];
                valueLow = new char[count];
                valueHigh = table.length > 1 << 16 ? new long[(count + 63) >>> 6] : null;
                this.table = table;
            }

            void add(long key, int index) {
                int high = (int) (key >>> 32);
                if (buckets == 0 || highs[buckets - 1] != high) {
                    if (buckets == highs.length) {
                        highs = Arrays.copyOf(highs, buckets * 2);
                        bucketStart = Arrays.copyOf(bucketStart, buckets * 2 + 1);
                    }
                    highs[buckets] = high;
                    bucketStart[buckets++] = size;
                }
                low[size] = (int) key ^ Integer.MIN_VALUE;
                valueLow[size] = (char) index;
                if (index >>> 16 != 0) {
                    valueHigh[size >>> 6] |= 1L << size;
                }
                size++;
            }

            Order build() {
                bucketStart[buckets] = size;
                return new Order(Arrays.copyOf(highs, buckets), Arrays.copyOf(bucketStart, buckets + 1), low, valueLow,
                        valueHigh, table);
            }
        }
    }

    /** The letters of a language's models, each packed into a few bits of a key. */
    static final class Alphabet {
        static final int MAX_LETTERS = (1 << 12) - 1;
        private final char[] letters;
        private final byte[] codes;
        private final int bits;

        int bits() {
            return bits;
        }

        Alphabet(char[] letters) {
            this.letters = letters.clone();
            Arrays.sort(this.letters);
            bits = 32 - Integer.numberOfLeadingZeros(letters.length);
            if (bits * ORDERS > 63) {
                throw new IllegalArgumentException("alphabet of " + letters.length + " letters is too large");
            }
            // a direct table for the common Latin range, a binary search above it
            codes = new byte[0x250];
            for (int i = 0; i < this.letters.length && i < 255; i++) {
                if (this.letters[i] < codes.length) {
                    codes[this.letters[i]] = (byte) (i + 1);
                }
            }
        }

        /** The key of an n-gram, or -1 when it has a letter the models do not have. */
        long key(CharSequence text, int start, int end) {
            long key = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                int code;
                if (c < codes.length && codes[c] != 0) {
                    code = codes[c] & 0xFF;
                } else {
                    code = Arrays.binarySearch(letters, c) + 1;
                    if (code <= 0) {
                        return -1;
                    }
                }
                key = key << bits | code;
            }
            return key;
        }
    }
}
