package org.copydesk.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How alike two headlines are, in [0, 1]: case, accents, punctuation and quotation marks do not count. */
final class HeadlineSimilarity {
    private HeadlineSimilarity() {
    }

    static String normalise(String s) {
        String folded = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The better of word overlap (Dice) and character edit similarity of the normalised headlines. */
    static double similarity(String a, String b) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return 0;
        }
        if (na.equals(nb)) {
            return 1;
        }
        return Math.max(dice(words(na), words(nb)), editSimilarity(na, nb));
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static double dice(List<String> a, List<String> b) {
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        int common = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (sa.size() + sb.size());
    }

    private static double editSimilarity(String a, String b) {
        if (Math.abs(a.length() - b.length()) > Math.max(a.length(), b.length()) / 2) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / Math.max(a.length(), b.length());
    }
}
