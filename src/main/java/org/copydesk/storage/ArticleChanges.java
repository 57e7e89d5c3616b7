package org.copydesk.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.Words;

/**
 * What one version of an article changes against another, in a form a person can read at a glance: the story fields
 * that differ, and the paragraphs added, removed or changed (a changed paragraph shown by the stretch that differs,
 * with a little context). Used to show what a recovery would restore and what another writer changed.
 *
 * @param fields     the story fields that differ, in reading order
 * @param paragraphs the paragraphs that differ, in order of the newer version
 * @param wordsDelta words in {@code after} minus words in {@code before}
 */
public record ArticleChanges(List<FieldChange> fields, List<ParagraphChange> paragraphs, int wordsDelta) {
    /** Characters of unchanged text kept on each side of a change in an excerpt. */
    static final int CONTEXT = 40;
    /** Longest excerpt of one side of a change. */
    static final int MAX_EXCERPT = 240;
    /** Above this many paragraph pairs to compare, the middle of the two bodies is taken as replaced wholesale. */
    private static final long MAX_CELLS = 4_000_000;

    public enum Field { HEADLINE, STANDFIRST, BYLINE, DATELINE }

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record FieldChange(Field field, String before, String after) {
    }

    /**
     * One paragraph that differs. {@code index} is its position in the newer version (for a removed one: where it
     * was). {@code before} and {@code after} are excerpts ("" for the missing side): for a changed paragraph the stretch
     * that differs with some context, "…" marking text left out.
     */
    public record ParagraphChange(Kind kind, int index, String before, String after) {
    }

    public ArticleChanges {
        fields = List.copyOf(fields);
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && paragraphs.isEmpty();
    }

    /** What {@code after} changes against {@code before} (null before: an article with nothing in it). */
    public static ArticleChanges between(Article before, Article after) {
        Objects.requireNonNull(after, "after");
        List<FieldChange> fields = new ArrayList<>();
        field(fields, Field.HEADLINE, before == null ? "" : before.headline(), after.headline());
        field(fields, Field.STANDFIRST, before == null ? "" : before.standfirst(), after.standfirst());
        field(fields, Field.BYLINE, before == null ? "" : before.byline(), after.byline());
        field(fields, Field.DATELINE, before == null ? "" : before.dateline(), after.dateline());
        List<String> a = texts(before == null ? List.of() : before.body());
        List<String> b = texts(after.body());
        List<ParagraphChange> paragraphs = paragraphs(a, b);
        int words = (Words.count(after.headline()) + Words.count(after.standfirst()) + Words.count(after.bodyText()))
                - (before == null ? 0 : Words.count(before.headline()) + Words.count(before.standfirst()) + Words.count(before.bodyText()));
        return new ArticleChanges(fields, paragraphs, words);
    }

    private static void field(List<FieldChange> out, Field f, String before, String after) {
        if (!before.equals(after)) {
            out.add(new FieldChange(f, excerptOf(before), excerptOf(after)));
        }
    }

    private static List<String> texts(List<Paragraph> body) {
        return body.stream().map(Paragraph::text).toList();
    }

    /** The paragraph differences: common start and end trimmed, the middle aligned by longest common subsequence. */
    static List<ParagraphChange> paragraphs(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        int n = endA - start;
        int m = endB - start;
        // the alignment: for each step, 0 = same, 1 = removed from a, 2 = added in b
        List<int[]> steps = new ArrayList<>(); // {op, indexA, indexB}
        if ((long) n * m <= MAX_CELLS && n > 0 && m > 0) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(start + i).equals(b.get(start + j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
                    steps.add(new int[] {0, start + i, start + j});
                    i++;
                    j++;
                } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    steps.add(new int[] {2, start + i, start + j});
                    j++;
                } else {
                    steps.add(new int[] {1, start + i, start + j});
                    i++;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                steps.add(new int[] {1, start + i, start});
            }
            for (int j = 0; j < m; j++) {
                steps.add(new int[] {2, endA, start + j});
            }
        }
        // a run of removals next to a run of additions is a run of changed paragraphs (pairwise), then the rest
        List<ParagraphChange> out = new ArrayList<>();
        int k = 0;
        while (k < steps.size()) {
            if (steps.get(k)[0] == 0) {
                k++;
                continue;
            }
            List<int[]> removed = new ArrayList<>();
            List<int[]> added = new ArrayList<>();
            while (k < steps.size() && steps.get(k)[0] != 0) {
                (steps.get(k)[0] == 1 ? removed : added).add(steps.get(k));
                k++;
            }
            int pairs = Math.min(removed.size(), added.size());
            for (int p = 0; p < pairs; p++) {
                String before = a.get(removed.get(p)[1]);
                String after = b.get(added.get(p)[2]);
                String[] ex = changedExcerpts(before, after);
                out.add(new ParagraphChange(Kind.CHANGED, added.get(p)[2], ex[0], ex[1]));
            }
            for (int p = pairs; p < removed.size(); p++) {
                out.add(new ParagraphChange(Kind.REMOVED, removed.get(p)[2], excerptOf(a.get(removed.get(p)[1])), ""));
            }
            for (int p = pairs; p < added.size(); p++) {
                out.add(new ParagraphChange(Kind.ADDED, added.get(p)[2], "", excerptOf(b.get(added.get(p)[2]))));
            }
        }
        return out;
    }

    /** The stretch of two texts that differs, with up to {@link #CONTEXT} characters of common text around it. */
    static String[] changedExcerpts(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // never cut a surrogate pair or a word in two at the edges of the context
        int from = wordStart(before, Math.max(0, prefix - CONTEXT));
        int toBefore = wordEnd(before, Math.min(before.length(), before.length() - suffix + CONTEXT));
        int toAfter = wordEnd(after, Math.min(after.length(), after.length() - suffix + CONTEXT));
        return new String[] {excerpt(before, from, toBefore), excerpt(after, from, toAfter)};
    }

    private static String excerptOf(String text) {
        return excerpt(text, 0, text.length());
    }

    private static String excerpt(String text, int from, int to) {
        String core = text.substring(from, to);
        boolean cut = false;
        if (core.length() > MAX_EXCERPT) {
            int end = MAX_EXCERPT;
            if (Character.isLowSurrogate(core.charAt(end))) {
                end--;
            }
            core = core.substring(0, end);
            cut = true;
        }
        return (from > 0 ? "…" : "") + core + (cut || to < text.length() ? "…" : "");
    }

    /** Back to the start of the word at {@code i} (at most 20 characters back), never inside a surrogate pair. */
    private static int wordStart(String s, int i) {
        int limit = Math.max(0, i - 20);
        while (i > limit && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /** On to the end of the word at {@code i} (at most 20 characters on), never inside a surrogate pair. */
    private static int wordEnd(String s, int i) {
        int limit = Math.min(s.length(), i + 20);
        while (i < limit && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
