package org.copydesk.analysis.language;

import java.util.Arrays;

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
        return label(evidence, gapFactor, candidates, primary, null, null);
    }

    /**
     * As {@link #label(double[][], double[], int[], int)}, with per word the languages ({@code 1 << index}) in which
     * it leans on the words after it ({@link FunctionWords#leadingMask}): a run may start at such a word without the
     * late-switch cost, and starting it one word after such a word costs {@link #EARLY_SWITCH}.
     */
    public static int[] label(double[][] evidence, double[] gapFactor, int[] leading, int[] candidates, int primary) {
        return label(evidence, gapFactor, candidates, primary, null, leading);
    }

    /**
     * Per language, what each word pays for being in it: nothing for the primary language; for another of the article's
     * candidate languages a little, the less the more words the article has in it (so a Spanish story's words go to
     * Spanish rather than to Portuguese where a word could be either); {@link #OUTSIDER_COST} for a language outside
     * the candidates, so a short insertion in a language found nowhere else is still marked when its words clearly say
     * so, while a stray word with weak evidence is not. Rounded to tenths, so the costs (and the labels that depend on
     * them) change only when the mix of the article really changes.
     */
    public static double[] languageCosts(int[] counts, int[] candidates, int primary) {
        double[] cost = new double[Languages.COUNT];
        Arrays.fill(cost, OUTSIDER_COST);
        int top = 0;
        for (int c : candidates) {
            if (c != primary) {
                top = Math.max(top, counts[c]);
            }
        }
        for (int c : candidates) {
            double share = top == 0 ? 1 : counts[c] / (double) top;
            cost[c] = c == primary ? 0 : Math.round(MINOR_COST * (1 - share) * 10) / 10.0;
        }
        return cost;
    }

    /**
     * Labels every word with any of the seven languages, each word paying {@code costs[language]} (see
     * {@link #languageCosts}) for its language.
     */
    public static int[] label(double[][] evidence, double[] gapFactor, int primary, double[] costs) {
        return label(evidence, gapFactor, null, primary, costs);
    }

    /** As {@link #label(double[][], double[], int, double[])}, with the leaning words of each word (may be null). */
    public static int[] label(double[][] evidence, double[] gapFactor, int[] leading, int primary, double[] costs) {
        int[] all = new int[Languages.COUNT];
        for (int l = 0; l < all.length; l++) {
            all[l] = l;
        }
        return label(evidence, gapFactor, all, primary, costs, leading);
    }

    /** Most a candidate language other than the primary pays per word (when it is the rarest of them). */
    static final double MINOR_COST = 0.3;

    /** Per-word cost of a language that is not among the article's candidates. */
    static final double OUTSIDER_COST = 1.2;

    /** Extra cost of a run that starts right after a word leaning on it in the run's language (it should start there). */
    static final double EARLY_SWITCH = 0.8;
    /** Extra cost of leaving a language right after a word that leans on the next one in it ("the capital"). */
    static final double HEAD_BREAK = 0.6;

    private static int[] label(double[][] evidence, double[] gapFactor, int[] candidates, int primary, double[] wordCost,
                               int[] leading) {
        int n = evidence.length;
        int k = candidates.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        if (k == 1) {
            Arrays.fill(out, candidates[0]);
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
                double emit = e[candidates[s]] - max + (candidates[s] == primary ? PRIMARY_PRIOR : 0)
                        - (wordCost == null ? 0 : wordCost[candidates[s]]);
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
                        int bit = 1 << candidates[s];
                        boolean leans = leading != null && (leading[i] & bit) != 0;
                        cost = pen + (leans ? 0 : LATE_SWITCH * Math.max(0, 1 - margin / LATE_MARGIN));
                        if (!leans && leading != null && (leading[i - 1] & bit) != 0) {
                            cost += EARLY_SWITCH;
                        }
                        if (!leans && leading != null && (leading[i - 1] & (1 << candidates[p])) != 0) {
                            cost += HEAD_BREAK;
                        }
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
