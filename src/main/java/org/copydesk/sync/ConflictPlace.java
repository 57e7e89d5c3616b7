package org.copydesk.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a body conflict's two versions are in the body now, also after the editor typed in one of them: mine's run of
 * paragraphs, then theirs' right after it ({@link ArticleMerge} leaves them so).
 *
 * <p>The body as the sync left it is found exactly. Else one version must still be there word for word (the anchor),
 * and the paragraphs beside it must still read as the other version: at least {@link #KEPT} of the recorded version's
 * words still there in order, reading more like that version than like the other, the run one paragraph shorter or
 * longer than recorded (a paragraph split or joined). When
 * one version is empty (that side deleted the passage), the other is looked for alone, with the same measure. Two
 * equally good places that do not overlap (the passage pasted twice) are not a place: which one is meant cannot be told.
 */
public final class ConflictPlace {
    /** The share of the recorded version's words, in order, the edited version must still hold. */
    public static final double KEPT = 0.6;
    /** Two places whose scores are closer than this are equally good. */
    private static final double TIE = 0.05;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|[^\\s\\p{L}\\p{N}\\p{M}]");

    /** Why a conflict has no place in the body. */
    public enum Lost {
        /** Not a body conflict, or one with no paragraphs on either side. */
        NOT_BODY,
        /** Neither version is recognisable any more (rewritten, deleted). */
        REWRITTEN,
        /** The passage is in the body more than once, equally well. */
        AMBIGUOUS
    }

    /**
     * The place found: mine's {@code mineCount} paragraphs from {@code first}, then theirs' {@code theirsCount}; a side
     * {@code edited} is not as the sync left it.
     */
    public record Place(int first, int mineCount, int theirsCount, boolean mineEdited, boolean theirsEdited) {
        public int theirsFirst() {
            return first + mineCount;
        }

        int end() {
            return first + mineCount + theirsCount;
        }
    }

    /** A place, or why there is none. */
    public record Found(Place place, Lost lost) {
        public boolean found() {
            return place != null;
        }

        static Found at(Place p) {
            return new Found(p, null);
        }

        static Found none(Lost why) {
            return new Found(null, why);
        }
    }

    private record Candidate(Place place, double score, int lengthChange) {
    }

    private ConflictPlace() {
    }

    /** Finds the conflict {@code c} in the body's paragraph texts. */
    public static Found find(List<String> paragraphs, Conflict c) {
        int m = c.mine().size();
        int t = c.theirs().size();
        if (!c.isBody() || m + t == 0) {
            return Found.none(Lost.NOT_BODY);
        }
        int n = paragraphs.size();
        List<Integer> exact = new ArrayList<>();
        for (int i = 0; i + m + t <= n; i++) {
            if (runIs(paragraphs, i, c.mine()) && runIs(paragraphs, i + m, c.theirs())) {
                exact.add(i);
            }
        }
        if (exact.size() == 1) {
            return Found.at(new Place(exact.get(0), m, t, false, false));
        }
        if (exact.size() > 1) {
            return Found.none(Lost.AMBIGUOUS);
        }
        List<Candidate> candidates = new ArrayList<>();
        Words mineWords = new Words(c.mine());
        Words theirsWords = new Words(c.theirs());
        Tokens body = new Tokens(paragraphs);
        if (m > 0 && t > 0) {
            // theirs word for word, mine edited just before it
            for (int j = 1; j + t <= n; j++) {
                if (runIs(paragraphs, j, c.theirs())) {
                    for (int k : lengths(m)) {
                        if (j - k >= 0) {
                            add(candidates, body, j - k, k, mineWords, theirsWords,
                                    s -> new Place(s.first, s.count, t, true, false), m);
                        }
                    }
                }
            }
            // mine word for word, theirs edited just after it
            for (int i = 0; i + m < n; i++) {
                if (runIs(paragraphs, i, c.mine())) {
                    for (int k : lengths(t)) {
                        if (i + m + k <= n) {
                            int at = i;
                            add(candidates, body, i + m, k, theirsWords, mineWords,
                                    s -> new Place(at, m, s.count, false, true), t);
                        }
                    }
                }
            }
        } else {
            // one side deleted the passage: the other side's run alone, wherever it is now
            boolean mineSide = t == 0;
            int size = mineSide ? m : t;
            Words recorded = mineSide ? mineWords : theirsWords;
            for (int i = 0; i < n; i++) {
                for (int k : lengths(size)) {
                    if (i + k <= n) {
                        add(candidates, body, i, k, recorded, null,
                                s -> mineSide ? new Place(s.first, s.count, 0, true, false) : new Place(s.first, 0, s.count, false, true),
                                size);
                    }
                }
            }
        }
        return best(candidates);
    }

    /** A run of {@code count} paragraphs from {@code first}, as a candidate for one side. */
    private record Span(int first, int count) {
    }

    private interface PlaceOf {
        Place of(Span s);
    }

    /**
     * Adds the run as a candidate for the side {@code recorded} when it still reads as that side, and more like it than
     * like the {@code other} side (a copy of theirs next to theirs is not an edited mine).
     */
    private static void add(List<Candidate> out, Tokens paragraphs, int first, int count, Words recorded,
                            Words other, PlaceOf place, int recordedCount) {
        Words now = paragraphs.run(first, count);
        double score = recorded.likeness(now);
        if (score >= 0 && (other == null || score > other.dice(now))) {
            out.add(new Candidate(place.of(new Span(first, count)), score, Math.abs(count - recordedCount)));
        }
    }

    /** The best candidate; none when there is none, or when another one elsewhere is as good. */
    private static Found best(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || c.score > best.score + 1e-12
                    || (Math.abs(c.score - best.score) <= 1e-12 && c.lengthChange < best.lengthChange)) {
                best = c;
            }
        }
        if (best == null) {
            return Found.none(Lost.REWRITTEN);
        }
        for (Candidate c : candidates) {
            if (c.score >= best.score - TIE && !overlap(c.place, best.place)) {
                return Found.none(Lost.AMBIGUOUS);
            }
        }
        return Found.at(best.place);
    }

    private static boolean overlap(Place a, Place b) {
        return a.first < b.end() && b.first < a.end();
    }

    /** The lengths an edited run of a {@code size}-paragraph version may have: one paragraph split or joined. */
    private static int[] lengths(int size) {
        return size == 1 ? new int[] {1, 2} : new int[] {size - 1, size, size + 1};
    }

    private static boolean runIs(List<String> paragraphs, int from, List<String> run) {
        if (from < 0 || from + run.size() > paragraphs.size()) {
            return false;
        }
        return paragraphs.subList(from, from + run.size()).equals(run);
    }

    /** The words (and punctuation marks) of a run of paragraphs, in order, lower case. */
    static final class Words {
        final String[] tokens;
        private Map<String, Integer> counts;

        Words(List<String> paragraphs) {
            List<String> out = new ArrayList<>();
            for (String p : paragraphs) {
                out.addAll(List.of(tokensOf(p)));
            }
            tokens = out.toArray(String[]::new);
        }

        Words(String[] tokens) {
            this.tokens = tokens;
        }

        /**
         * How well {@code now} still reads as this recorded version: -1 when it keeps less than {@link #KEPT} of its
         * words in order, else the Dice likeness of the two (2 × common / total), which prefers the run without
         * unrelated text around it.
         */
        double likeness(Words now) {
            if (tokens.length == 0) {
                return now.tokens.length == 0 ? 1 : 0;
            }
            if (shared(now) < KEPT * tokens.length) {
                return -1; // cannot keep enough in order: no need to align
            }
            int common = commonInOrder(tokens, now.tokens);
            if (common < KEPT * tokens.length) {
                return -1;
            }
            return 2.0 * common / (tokens.length + now.tokens.length);
        }

        /** The Dice likeness of two runs: 2 × the words they have in common, in order / all their words. */
        double dice(Words now) {
            if (tokens.length + now.tokens.length == 0) {
                return 1;
            }
            return 2.0 * commonInOrder(tokens, now.tokens) / (tokens.length + now.tokens.length);
        }

        /** How many words the two have in common, in any order (a bound on those in order). */
        private int shared(Words now) {
            Map<String, Integer> left = new HashMap<>(counts());
            int n = 0;
            for (String w : now.tokens) {
                Integer c = left.get(w);
                if (c != null && c > 0) {
                    left.put(w, c - 1);
                    n++;
                }
            }
            return n;
        }

        private Map<String, Integer> counts() {
            if (counts == null) {
                counts = new HashMap<>();
                for (String w : tokens) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
            return counts;
        }
    }

    private static String[] tokensOf(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher mt = TOKEN.matcher(paragraph);
        while (mt.find()) {
            out.add(mt.group().toLowerCase(Locale.ROOT));
        }
        return out.toArray(String[]::new);
    }

    /** The body's paragraphs cut into words once each, as they are asked for. */
    private static final class Tokens {
        private final List<String> paragraphs;
        private final String[][] cut;

        Tokens(List<String> paragraphs) {
            this.paragraphs = paragraphs;
            this.cut = new String[paragraphs.size()][];
        }

        Words run(int first, int count) {
            if (count == 1) {
                return new Words(of(first));
            }
            List<String> out = new ArrayList<>();
            for (int i = first; i < first + count; i++) {
                out.addAll(List.of(of(i)));
            }
            return new Words(out.toArray(String[]::new));
        }

        private String[] of(int i) {
            if (cut[i] == null) {
                cut[i] = tokensOf(paragraphs.get(i));
            }
            return cut[i];
        }
    }

    /** The length of the longest common subsequence of two token arrays. */
    static int commonInOrder(String[] a, String[] b) {
        int[] prev = new int[b.length + 1];
        int[] row = new int[b.length + 1];
        for (String x : a) {
            for (int j = 1; j <= b.length; j++) {
                row[j] = x.equals(b[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
            }
            int[] swap = prev;
            prev = row;
            row = swap;
        }
        return prev[b.length];
    }
}
