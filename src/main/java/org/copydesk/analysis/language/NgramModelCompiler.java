package org.copydesk.analysis.language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Build step (run by Maven in {@code process-classes}): reads Lingua's n-gram model files
 * ({@code language-models/<code>/<order>.json}, which Lingua's jar carries for 75 languages) for our seven languages
 * only and writes them in the compact form {@link NgramModels} reads. Lingua is needed only while building.
 *
 * <p>Each Lingua file maps a relative frequency written as a fraction ("3/93616591") to the n-grams that have it;
 * the probability is computed exactly as Lingua 1.2.2 does ({@code Float.parseFloat(numerator) / denominator} in
 * float), so look-ups give the same floats Lingua's high-accuracy mode uses.
 */
public final class NgramModelCompiler {
    private static final int INDEX_BITS = 22;
    static final String[] ORDER_FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    private NgramModelCompiler() {
    }

    /** {@code args[0]}: the folder to write the seven model files to. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NgramModelCompiler OUTPUT_FOLDER");
        }
        Path dir = Path.of(args[0]);
        if (upToDate(dir)) {
            return;
        }
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        long bytes = 0;
        Source classPath = name -> NgramModelCompiler.class.getClassLoader().getResourceAsStream(name);
        for (String code : Languages.CODES) {
            Path out = dir.resolve(NgramModels.resourceName(code));
            Path tmp = dir.resolve(out.getFileName() + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                compile(classPath, code, os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            bytes += Files.size(out);
        }
        System.getLogger(NgramModelCompiler.class.getName()).log(System.Logger.Level.INFO,
                String.format("n-gram models for %s written to %s (%,d bytes) in %d ms", Languages.CODES, dir, bytes,
                        (System.nanoTime() - t0) / 1_000_000));
    }

    /**
     * Every language's file exists and starts with the current magic and format: the models change only with
     * Lingua's version or our format (bump {@link NgramModels#FORMAT} when the compiled form changes), so an
     * incremental build that recompiles this class does not spend a minute writing the same files again.
     */
    private static boolean upToDate(Path dir) {
        for (String code : Languages.CODES) {
            Path out = dir.resolve(NgramModels.resourceName(code));
            try (DataInputStream in = new DataInputStream(Files.newInputStream(out))) {
                if (in.readInt() != NgramModels.MAGIC || in.readInt() != NgramModels.FORMAT
                        || !code.equals(in.readUTF())) {
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    /** Where Lingua's JSON files come from (a class path, a folder in tests). */
    @FunctionalInterface
    interface Source {
        InputStream open(String name) throws IOException;
    }

    /**
     * Reads one language's models (orders 1 to 5) from {@code source} and writes the compact form to {@code out}:
     * magic, format, language code, the alphabet; then per order the n-gram count, the distinct probabilities, and
     * per n-gram (sorted by key) the key's difference from the previous one and the index of its probability, both
     * as unsigned varints.
     */
    static void compile(Source source, String code, OutputStream out) throws IOException {
        List<Map<String, Float>> orders = new ArrayList<>();
        TreeSet<Character> alphabet = new TreeSet<>();
        for (int n = 1; n <= NgramModels.ORDERS; n++) {
            String name = "language-models/" + code + "/" + ORDER_FILES[n - 1] + ".json";
            Map<String, Float> ngrams;
            try (InputStream in = source.open(name)) {
                if (in == null) {
                    throw new IOException("Lingua model not found on the class path: " + name);
                }
                ngrams = readLinguaModel(name, in, n);
            }
            for (String g : ngrams.keySet()) {
                for (int i = 0; i < g.length(); i++) {
                    alphabet.add(g.charAt(i));
                }
            }
            orders.add(ngrams);
        }
        char[] letters = new char[alphabet.size()];
        int k = 0;
        for (char c : alphabet) {
            letters[k++] = c;
        }
        NgramModels.Alphabet ab = new NgramModels.Alphabet(letters);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        d.writeInt(NgramModels.MAGIC);
        d.writeInt(NgramModels.FORMAT);
        d.writeUTF(code);
        d.writeInt(letters.length);
        for (char c : letters) {
            d.writeChar(c);
        }
        for (Map<String, Float> ngrams : orders) {
            // sort by key: key and index packed in one long (keys of 5 letters of an alphabet up to 255 letters
            // take 40 bits, indices 22), so millions of entries are sorted without boxing
            String[] grams = ngrams.keySet().toArray(new String[0]);
            if (grams.length >= 1 << INDEX_BITS) {
                throw new IOException(code + ": " + grams.length + " n-grams are too many for this compiler");
            }
            long[] packed = new long[grams.length];
            for (int i = 0; i < grams.length; i++) {
                long key = ab.key(grams[i], 0, grams[i].length());
                if (key >>> (63 - INDEX_BITS) != 0) {
                    throw new IOException(code + ": alphabet of " + letters.length + " letters is too large");
                }
                packed[i] = key << INDEX_BITS | i;
            }
            Arrays.sort(packed);
            // distinct probabilities, the most used first (small indices take one byte)
            Map<Float, Integer> uses = new HashMap<>();
            for (Float v : ngrams.values()) {
                uses.merge(v, 1, Integer::sum);
            }
            List<Float> distinct = new ArrayList<>(uses.keySet());
            distinct.sort((a, b) -> uses.get(b) - uses.get(a) != 0 ? uses.get(b) - uses.get(a) : Float.compare(a, b));
            Map<Float, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                indexOf.put(distinct.get(i), i);
            }
            d.writeInt(grams.length);
            d.writeInt(distinct.size());
            for (float v : distinct) {
                d.writeFloat(v);
            }
            long previous = 0;
            for (long p : packed) {
                long key = p >>> INDEX_BITS;
                writeVarint(d, key - previous);
                writeVarint(d, indexOf.get(ngrams.get(grams[(int) (p & ((1 << INDEX_BITS) - 1))])));
                previous = key;
            }
        }
        d.flush();
    }

    private static void writeVarint(DataOutputStream d, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            d.writeByte((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte((int) v);
    }

    /**
     * One Lingua model file: {@code {"language": "...", "ngrams": {"num/den": "g1 g2 ...", ...}}}. Every n-gram must
     * have {@code order} characters; anything else is an error naming the file.
     */
    static Map<String, Float> readLinguaModel(String name, InputStream in, int order) throws IOException {
        Map<String, Float> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(name + ": not a Lingua model (no JSON object)");
            }
            boolean sawNgrams = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken t = p.nextToken();
                if (!"ngrams".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw new IOException(name + ": \"ngrams\" is not an object");
                }
                sawNgrams = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String fraction = p.getCurrentName();
                    if (p.nextToken() != JsonToken.VALUE_STRING) {
                        throw new IOException(name + ": n-grams of " + fraction + " are not a string");
                    }
                    float probability = probability(name, fraction);
                    for (String g : p.getText().split(" ")) {
                        if (g.length() != order) {
                            throw new IOException(name + ": \"" + g + "\" is not a " + order + "-gram");
                        }
                        out.put(g, probability);
                    }
                }
            }
            if (!sawNgrams) {
                throw new IOException(name + ": not a Lingua model (no \"ngrams\")");
            }
        }
        return out;
    }

    private static float probability(String name, String fraction) throws IOException {
        int slash = fraction.indexOf('/');
        try {
            if (slash <= 0) {
                throw new NumberFormatException();
            }
            float p = Float.parseFloat(fraction.substring(0, slash)) / Integer.parseInt(fraction.substring(slash + 1));
            if (!(p > 0 && p <= 1)) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IOException(name + ": \"" + fraction + "\" is not a probability written as a fraction", e);
        }
    }
}
