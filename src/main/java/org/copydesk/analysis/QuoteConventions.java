package org.copydesk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.copydesk.analysis.language.Languages;
import org.copydesk.model.Words;

/**
 * Which quotation marks each language uses, by nesting depth, and the fixes that bring a text's quotations to the
 * convention of the language around them (the typography check and "Fix quotation marks" both use this table).
 */
public final class QuoteConventions {
    private static final char NNBSP = '\u202F';
    private static final char NBSP = '\u00A0';

    private QuoteConventions() {
    }

    /**
     * The opening and closing marks, spacing included, for a quotation at {@code depth} (0 = top level) in
     * {@code language}: fr 0 -> "«\u202F", "\u202F»"; en -> “ ” then ‘ ’; de -> „ “ then ‚ ‘. Unknown languages use
     * English marks.
     */
    public static String[] marksFor(String language, int depth) {
        int l = Languages.indexOf(language);
        boolean inner = depth % 2 == 1;
        String code = l < 0 ? "en" : Languages.code(l);
        return switch (code) {
            case "fr" -> inner ? new String[] {"“", "”"} : new String[] {"«" + NNBSP, NNBSP + "»"};
            case "de" -> inner ? new String[] {"‚", "‘"} : new String[] {"„", "“"};
            case "es", "it", "pt" -> inner ? new String[] {"“", "”"} : new String[] {"«", "»"};
            case "nl" -> inner ? new String[] {"‘", "’"} : new String[] {"“", "”"};
            default -> inner ? new String[] {"‘", "’"} : new String[] {"“", "”"};
        };
    }

    /**
     * Every replacement that converts the quotations of {@code text} (marks and the spacing inside them) to the
     * convention of the language around each: sorted by position, never overlapping. Empty when all already follow it.
     */
    public static List<TextReplacement> fixAll(String text, Analysis analysis) {
        List<TextReplacement> out = new ArrayList<>();
        for (CopyIssue i : typographyIssues(text, analysis, q -> languageAround(text, analysis, q))) {
            if (i.replacement() != null) {
                out.add(new TextReplacement(i.start(), i.end(), i.replacement()));
            }
        }
        out.sort(Comparator.comparingInt(TextReplacement::start).thenComparingInt(TextReplacement::end));
        List<TextReplacement> clean = new ArrayList<>();
        int lastEnd = -1;
        for (TextReplacement r : out) {
            if (r.start() >= lastEnd) {
                clean.add(r);
                lastEnd = r.end();
            }
        }
        return clean;
    }

    /** Pairs of marks each language accepts (beside its table entry) before a quotation is flagged. */
    private static boolean accepted(String lang, int depth, char open, char close) {
        String pair = "" + open + close;
        return switch (lang) {
            case "fr" -> depth == 0 ? pair.equals("«»") : Set.of("«»", "“”", "‹›").contains(pair);
            case "de" -> Set.of("„“", "‚‘", "»«", "›‹").contains(pair);
            case "es", "it", "pt" -> Set.of("«»", "“”", "‘’").contains(pair);
            case "nl" -> Set.of("“”", "„”", "‘’", "‚’").contains(pair);
            default -> Set.of("“”", "‘’").contains(pair);
        };
    }

    private static boolean isNoBreak(char c) {
        return c == NNBSP || c == NBSP;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || isNoBreak(c);
    }

    /** Typography issues: one per mark whose character or inner spacing does not follow the convention. */
    static List<CopyIssue> typographyIssues(String text, Analysis analysis,
                                            Function<Quotation, String> languageAround) {
        List<CopyIssue> out = new ArrayList<>();
        for (Quotation q : analysis.quotations()) {
            if (q.end() - q.start() < 2 || q.open().length() != 1 || q.close().length() != 1) {
                continue;
            }
            String lang = languageAround.apply(q);
            char open = q.open().charAt(0);
            char close = q.close().charAt(0);
            int closePos = q.end() - 1;
            if (text.charAt(q.start()) != open || text.charAt(closePos) != close) {
                continue;
            }
            // spacing inside the marks
            int innerOpenEnd = q.start() + 1;
            while (innerOpenEnd < closePos && isSpace(text.charAt(innerOpenEnd))) {
                innerOpenEnd++;
            }
            int innerCloseStart = closePos;
            while (innerCloseStart > innerOpenEnd && isSpace(text.charAt(innerCloseStart - 1))) {
                innerCloseStart--;
            }
            boolean marksOk = accepted(lang, q.depth(), open, close);
            boolean spacingOk;
            boolean guillemets = open == '«' || open == '»' || open == '‹' || open == '›';
            if (lang.equals("fr") && guillemets) {
                spacingOk = innerOpenEnd - q.start() == 2 && isNoBreak(text.charAt(q.start() + 1))
                        && closePos - innerCloseStart == 1 && isNoBreak(text.charAt(innerCloseStart));
            } else {
                spacingOk = innerOpenEnd == q.start() + 1 && innerCloseStart == closePos;
            }
            if (marksOk && spacingOk) {
                continue;
            }
            String[] want = marksFor(lang, q.depth());
            String why = marksOk ? "spacing inside " + open + " " + close + " does not follow " + name(lang)
                    + " style" : open + " " + close + " in " + name(lang) + " copy: use " + want[0].strip() + " "
                    + want[1].strip();
            out.add(new CopyIssue(IssueType.TYPOGRAPHY, q.start(), innerOpenEnd, why, want[0], null));
            for (int reopen : reopenings(text, q)) {
                int e = reopen + 1;
                while (e < q.end() && isSpace(text.charAt(e))) {
                    e++;
                }
                out.add(new CopyIssue(IssueType.TYPOGRAPHY, reopen, e, why, want[0], null));
            }
            out.add(new CopyIssue(IssueType.TYPOGRAPHY, innerCloseStart, q.end(), why, want[1], null));
        }
        return out;
    }

    /** Marks that reopen a quotation at the start of each later paragraph it runs over. */
    static List<Integer> reopenings(String text, Quotation q) {
        List<Integer> out = new ArrayList<>();
        int i = text.indexOf('\n', q.start());
        while (i >= 0 && i < q.end() - 1) {
            int p = i + 1;
            while (p < q.end() && isSpace(text.charAt(p))) {
                p++;
            }
            if (p < q.end() - 1) {
                char c = text.charAt(p);
                if (c == q.open().charAt(0) || (q.open().equals("„") && c == '“')) {
                    out.add(p);
                }
            }
            i = text.indexOf('\n', p);
        }
        return out;
    }

    private static String name(String lang) {
        return switch (lang) {
            case "fr" -> "French";
            case "de" -> "German";
            case "es" -> "Spanish";
            case "it" -> "Italian";
            case "pt" -> "Portuguese";
            case "nl" -> "Dutch";
            default -> "English";
        };
    }

    /**
     * The language most of the (up to) four words before and four after the quotation are in, counting only words of
     * the paragraph where it opens (after it only when it closes there too); ties go to the primary language.
     */
    static String languageAround(String text, Analysis a, Quotation q) {
        int[] votes = new int[Languages.COUNT];
        int lineStart = q.start() == 0 ? 0 : text.lastIndexOf('\n', q.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', q.start());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        List<Words.Word> bw = Words.split(text.substring(lineStart, q.start()));
        for (int i = Math.max(0, bw.size() - 4); i < bw.size(); i++) {
            vote(votes, a, lineStart + bw.get(i).start());
        }
        if (q.end() <= lineEnd) {
            List<Words.Word> aw = Words.split(text.substring(q.end(), lineEnd));
            for (int i = 0; i < Math.min(4, aw.size()); i++) {
                vote(votes, a, q.end() + aw.get(i).start());
            }
        }
        int best = -1;
        int primary = Languages.indexOf(a.language());
        for (int l = 0; l < votes.length; l++) {
            if (votes[l] > 0 && (best < 0 || votes[l] > votes[best] || (votes[l] == votes[best] && l == primary))) {
                best = l;
            }
        }
        if (best < 0) {
            return languageAt(a, q.start() + 1, a.language());
        }
        return Languages.code(best);
    }

    private static void vote(int[] votes, Analysis a, int pos) {
        int l = Languages.indexOf(languageAt(a, pos, null));
        if (l >= 0) {
            votes[l]++;
        }
    }

    static String languageAt(Analysis a, int pos, String fallback) {
        List<LanguageSegment> segs = a.segments();
        int lo = 0;
        int hi = segs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LanguageSegment s = segs.get(mid);
            if (pos < s.start()) {
                hi = mid - 1;
            } else if (pos >= s.end()) {
                lo = mid + 1;
            } else {
                return s.language();
            }
        }
        return fallback == null ? a.language() : fallback;
    }
}
