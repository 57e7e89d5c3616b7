package org.copydesk.analysis.language;

/**
 * Decides the language of every word of a paragraph: a Viterbi pass over the words whose states are the article's
 * candidate languages, whose emissions are the words' evidence and where changing language costs a penalty (less at
 * sentence ends, quotation marks, brackets and dashes). A small prior keeps words with no evidence (names, numbers,
 * words spelled alike) in the language around them, leaning to the article's primary language.
 */
public final class LanguageSegmenter {
    static final double SWITCH_PENALTY = 2.8;
    static final double PRIMARY_PRIOR = 0.15;
    /** Extra cost of switching at a word that does not clearly belong to the new language: runs end late. */
    static final double LATE_SWITCH = 0.6;
    static final double LATE_MARGIN = 1.5;

    private LanguageSegmenter() {
    }

    /**
     * @param evidence   per word, per language (indexed as {@link Languages#CODES}) log-scores
     * @param gapFactor  per word, how much of the switch penalty applies between it and the word before (index 0 unused)
     * @param candidates language indexes allowed, non-empty
     * @param primary    index of the primary language (among candidates)
     * @return per word, the chosen language index
     */
    public static int[] label(double[][] evidence, double[] gapFactor, int[] candidates, int primary) {
        int n = evidence.length;
        int k = candidates.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        if (k == 1) {
            java.util.Arrays.fill(out, candidates[0]);
            return out;
        }
        double[][] score = new double[n][k];
        int[][] back = new int[n][k];
        for (int i = 0; i < n; i++) {
            double[] e = evidence[i];
            double max = Double.NEGATIVE_INFINITY;
            for (int c : candidates) {
                max = Math.max(max, e[c]);
            }
            for (int s = 0; s < k; s++) {
                double emit = e[candidates[s]] - max + (candidates[s] == primary ? PRIMARY_PRIOR : 0);
                if (i == 0) {
                    score[0][s] = emit;
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                double pen = SWITCH_PENALTY * gapFactor[i];
                for (int p = 0; p < k; p++) {
                    double cost = 0;
                    if (p != s) {
                        double margin = e[candidates[s]] - e[candidates[p]];
                        cost = pen + LATE_SWITCH * Math.max(0, 1 - margin / LATE_MARGIN);
                    }
                    double v = score[i - 1][p] - cost;
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                score[i][s] = best + emit;
                back[i][s] = arg;
            }
        }
        int bestS = 0;
        for (int s = 1; s < k; s++) {
            if (score[n - 1][s] > score[n - 1][bestS]) {
                bestS = s;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = candidates[bestS];
            bestS = back[i][bestS];
        }
        return out;
    }

    /** The share of the switch penalty that applies across the text between two words. */
    public static double gapFactor(CharSequence between) {
        double f = 1.0;
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            switch (c) {
                case '.', '!', '?', ';', ':' -> f = Math.min(f, 0.4);
                case '(', ')', '[', ']', '\u2014', '\u2013', '«', '»', '“', '”', '„', '"', '‹', '›', '‚', '‘' -> f = Math.min(f, 0.5);
                case ',' -> f = Math.min(f, 0.75);
                default -> {
                }
            }
        }
        return f;
    }
}
