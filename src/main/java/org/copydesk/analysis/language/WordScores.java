package org.copydesk.analysis.language;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evidence of which language a word is in: a vector of log-scores (max 0) per language, from Lingua's n-gram models
 * (cached per word form), function-word lists and elisions/contractions. Thread-safe.
 */
public final class WordScores {
    /** Scale from summed n-gram log-probabilities to evidence. */
    static final double LINGUA_SCALE = 0.35;
    /** Largest disadvantage one piece of evidence can give a language. */
    static final double CAP = 6.0;
    static final double FUNCTION_BONUS = 4.0;
    static final double NAME_WEIGHT = 0.35;
    static final double CAPS_WEIGHT = 0.15;
    static final int MAX_CACHE = 300_000;

    private static final Set<String> FR_ELISIONS = Set.of("l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu");
    private static final Set<String> IT_ELISIONS = Set.of("l", "d", "un", "dell", "all", "nell", "dall", "sull",
            "quell", "c", "anch", "com", "dov", "quest", "nessun", "po");
    private static final Set<String> EN_SUFFIXES = Set.of("s", "t", "ve", "ll", "re", "d", "m");
    private static final Set<String> FR_HYPHEN_SUFFIXES = Set.of("t", "il", "ils", "elle", "elles", "on", "je", "tu",
            "nous", "vous", "ce", "là", "ci", "moi", "toi", "lui", "leur", "y", "en");

    private final LinguaModels models;
    private final ConcurrentHashMap<String, double[]> cache = new ConcurrentHashMap<>();

    public WordScores(LinguaModels models) {
        this.models = models;
    }

    public LinguaModels models() {
        return models;
    }

    public int cachedForms() {
        return cache.size();
    }

    /** Weight of each n-gram order (1..5) in a word's Lingua score. */
    private static final double[] ORDER_WEIGHTS = {1, 1, 1, 1, 1};

    /** Lingua score of one lower-case run of letters per language, less the best language's (so the best has 0). */
    double[] lingua(String lower) {
        double[] raw = cache.get(lower);
        if (raw == null) {
            raw = models.wordLogLikelihoods(lower);
            if (cache.size() > MAX_CACHE) {
                cache.clear();
            }
            cache.put(lower, raw);
        }
        double[] e = new double[Languages.COUNT];
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < e.length; l++) {
            double sum = 0;
            for (int n = 0; n < LinguaModels.ORDERS; n++) {
                sum += ORDER_WEIGHTS[n] * raw[l * LinguaModels.ORDERS + n];
            }
            e[l] = sum;
            max = Math.max(max, sum);
        }
        for (int l = 0; l < e.length; l++) {
            e[l] -= max;
        }
        return e;
    }

    /**
     * Evidence for a word as written (may contain apostrophes and hyphens). {@code nameLike}: capitalised where a
     * sentence does not start, or in capitals: such words are mostly names and carry little evidence.
     */
    public double[] evidence(String word, boolean nameLike, boolean allCaps) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2010', '-')
                .replace('\u2011', '-');
        double[] e = new double[Languages.COUNT];
        String[] parts = splitParts(lower);
        boolean hasApostrophe = lower.indexOf('\'') >= 0;
        int first = 0;
        int last = parts.length;
        if (hasApostrophe && parts.length >= 2) {
            String head = parts[0];
            String tail = parts[parts.length - 1];
            int apos = lower.indexOf('\'');
            boolean elision = apos == head.length();
            if (elision && FR_ELISIONS.contains(head)) {
                e[1] += FUNCTION_BONUS;
                first = 1;
            }
            if (elision && IT_ELISIONS.contains(head)) {
                e[4] += FUNCTION_BONUS;
                first = 1;
            }
            if (first == 0 && lower.lastIndexOf('\'') == lower.length() - tail.length() - 1
                    && EN_SUFFIXES.contains(tail)) {
                e[0] += tail.equals("s") ? 1.0 : FUNCTION_BONUS;
                if (tail.equals("s")) {
                    e[6] += 0.5;
                }
                last = parts.length - 1;
            }
        }
        if (lower.indexOf('-') > 0 && parts.length >= 2 && FR_HYPHEN_SUFFIXES.contains(parts[parts.length - 1])
                && !hasApostrophe) {
            e[1] += FUNCTION_BONUS;
        }
        boolean[] fw = FunctionWords.languagesOf(lower);
        if (fw != null) {
            addFunction(e, fw);
        }
        // a capitalised word is mostly a name and says little, but a long one (a compound, an institution) says more
        double weight = allCaps ? CAPS_WEIGHT : nameLike ? nameWeight(lower.length()) : 1.0;
        for (int p = first; p < last; p++) {
            String part = parts[p];
            if (part.isEmpty()) {
                continue;
            }
            if (fw == null && parts.length > 1) {
                boolean[] pfw = FunctionWords.languagesOf(part);
                if (pfw != null) {
                    addFunction(e, pfw);
                }
            }
            double[] lv = lingua(part);
            double w = weight * (part.length() <= 2 ? 0.5 : 1.0);
            for (int l = 0; l < e.length; l++) {
                e[l] += w * Math.max(-CAP, lv[l] * LINGUA_SCALE);
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : e) {
            max = Math.max(max, x);
        }
        for (int l = 0; l < e.length; l++) {
            e[l] = Math.max(-CAP, e[l] - max);
        }
        return e;
    }

    static double nameWeight(int length) {
        return NAME_WEIGHT + (1 - NAME_WEIGHT) * Math.max(0, Math.min(1, (length - 7) / 7.0));
    }

    private static String[] splitParts(String lower) {
        int count = 1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '-') {
                count++;
            }
        }
        if (count == 1) {
            return new String[] {lower};
        }
        String[] out = new String[count];
        int k = 0;
        int start = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '-') {
                out[k++] = lower.substring(start, i);
                start = i + 1;
            }
        }
        out[k] = lower.substring(start);
        return out;
    }

    private static void addFunction(double[] e, boolean[] fw) {
        int count = 0;
        for (boolean b : fw) {
            if (b) {
                count++;
            }
        }
        double bonus = FUNCTION_BONUS * (count <= 2 ? 1.0 : 0.6);
        for (int l = 0; l < e.length; l++) {
            if (fw[l]) {
                e[l] += bonus;
            }
        }
    }
}
