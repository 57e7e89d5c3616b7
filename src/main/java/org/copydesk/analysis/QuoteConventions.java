package org.copydesk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.copydesk.analysis.language.Languages;
import org.copydesk.analysis.quotes.QuoteMarks;
import org.copydesk.model.LanguageTags;
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
     * The opening and closing marks, spacing included, for a quotation at {@code depth} (0 = top level) in the
     * language {@code tag}, with its region where the region has its own convention: fr 0 -> "«\u202F", "\u202F»";
     * fr-CH and de-CH -> « » then ‹ › (no spaces); de -> „ “ then ‚ ‘; en and en-US -> “ ” then ‘ ’; en-GB -> ‘ ’
     * then “ ”; pt and pt-PT -> « » then “ ”; pt-BR -> “ ” then ‘ ’. Unknown languages use English marks.
     */
    public static String[] marksFor(String tag, int depth) {
        boolean inner = depth % 2 == 1;
        return switch (Style.of(tag)) {
            case FR -> inner ? new String[] {"“", "”"} : new String[] {"«" + NNBSP, NNBSP + "»"};
            case FR_CH, DE_CH -> inner ? new String[] {"‹", "›"} : new String[] {"«", "»"};
            case DE -> inner ? new String[] {"‚", "‘"} : new String[] {"„", "“"};
            case ES, IT, PT -> inner ? new String[] {"“", "”"} : new String[] {"«", "»"};
            case EN_GB -> inner ? new String[] {"“", "”"} : new String[] {"‘", "’"};
            case NL, PT_BR, EN -> inner ? new String[] {"‘", "’"} : new String[] {"“", "”"};
        };
    }

    /** The conventions the table tells apart: a language, or a language in a region whose convention differs. */
    enum Style {
        EN, EN_GB, FR, FR_CH, DE, DE_CH, ES, IT, PT, PT_BR, NL;

        /** The style of a language tag ("de-CH", "pt-BR", "en-GB", "fr"); English for an unknown language. */
        static Style of(String tag) {
            String lang = LanguageTags.primary(tag);
            String region = region(tag);
            return switch (lang) {
                case "fr" -> region.equals("CH") ? FR_CH : FR;
                case "de" -> region.equals("CH") || region.equals("LI") ? DE_CH : DE;
                case "es" -> ES;
                case "it" -> IT;
                case "pt" -> region.equals("BR") ? PT_BR : PT;
                case "nl" -> NL;
                default -> Set.of("GB", "IE", "AU", "NZ", "ZA", "IN").contains(region) ? EN_GB : EN;
            };
        }
    }

    /** The region subtag of a tag ("fr-CH" gives "CH"), upper case; empty when it has none. */
    static String region(String tag) {
        if (tag == null) {
            return "";
        }
        String[] parts = tag.strip().replace('_', '-').split("-");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 2 && parts[i].chars().allMatch(Character::isLetter) || parts[i].matches("\\d{3}")) {
                return parts[i].toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * The tag whose convention a quotation in {@code language} follows in an article written in {@code articleTag}:
     * the article's tag, region included, when the quotation is in the article's language ("de" in a "de-CH" story is
     * Swiss German); else the language's default.
     */
    public static String regional(String language, String articleTag) {
        if (articleTag != null && LanguageTags.primary(articleTag).equals(LanguageTags.primary(language))) {
            return articleTag;
        }
        return language;
    }

    /**
     * Every replacement that converts the quotations of {@code text} (marks and the spacing inside them) to the
     * convention of the language around each: sorted by position, never overlapping. Empty when all already follow it.
     */
    public static List<TextReplacement> fixAll(String text, Analysis analysis) {
        return fixAll(text, analysis, null);
    }

    /**
     * As {@link #fixAll(String, Analysis)} in an article written in {@code articleTag} (e.g. "de-CH", "en-GB"): the
     * quotations in the article's language follow its region's convention. The analysis's typography findings use
     * the same rule, given the same tag.
     */
    public static List<TextReplacement> fixAll(String text, Analysis analysis, String articleTag) {
        List<TextReplacement> out = new ArrayList<>();
        for (CopyIssue i : typographyIssues(text, analysis, q -> regional(languageAround(text, analysis, q), articleTag))) {
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

    /** Pairs of marks each convention accepts (beside its table entry) before a quotation is flagged. */
    private static boolean accepted(Style style, int depth, char open, char close) {
        String pair = "" + open + close;
        return switch (style) {
            case FR, FR_CH -> depth == 0 ? pair.equals("«»") : Set.of("«»", "“”", "‹›").contains(pair);
            case DE -> Set.of("„“", "‚‘", "»«", "›‹").contains(pair);
            case DE_CH -> Set.of("«»", "‹›").contains(pair);
            case ES, IT, PT -> Set.of("«»", "“”", "‘’").contains(pair);
            case NL -> Set.of("“”", "„”", "‘’", "‚’").contains(pair);
            case PT_BR, EN, EN_GB -> Set.of("“”", "‘’").contains(pair);
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
            Style style = Style.of(lang);
            char open = q.open().charAt(0);
            char close = q.close().charAt(0);
            if (!QuoteMarks.isQuoteChar(open) || !QuoteMarks.isQuoteChar(close)) {
                // a quotation marked by hand over text without marks: its first and last letters are not marks
                continue;
            }
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
            boolean marksOk = accepted(style, q.depth(), open, close);
            boolean spacingOk;
            boolean guillemets = open == '«' || open == '»' || open == '‹' || open == '›';
            boolean tight = innerOpenEnd == q.start() + 1 && innerCloseStart == closePos;
            boolean noBreaks = innerOpenEnd - q.start() == 2 && isNoBreak(text.charAt(q.start() + 1))
                    && closePos - innerCloseStart == 1 && isNoBreak(text.charAt(innerCloseStart));
            if (style == Style.FR && guillemets) {
                spacingOk = noBreaks;
            } else if (style == Style.FR_CH && guillemets) {
                // Swiss French sets guillemets without spaces; a thin no-break space is not wrong there
                spacingOk = tight || noBreaks;
            } else {
                spacingOk = innerOpenEnd == q.start() + 1 && innerCloseStart == closePos;
            }
            if (marksOk && spacingOk) {
                continue;
            }
            String[] want = marksFor(lang, q.depth());
            String language = LanguageTags.primary(lang);
            String region = region(lang);
            IssueCode code = marksOk ? IssueCode.QUOTE_SPACING : IssueCode.QUOTE_MARKS;
            List<String> why = marksOk ? List.of(String.valueOf(open), String.valueOf(close), language, region)
                    : List.of(String.valueOf(open), String.valueOf(close), language, region, want[0].strip(), want[1].strip());
            out.add(new CopyIssue(IssueType.TYPOGRAPHY, q.start(), innerOpenEnd, code, why, want[0], null));
            for (int reopen : reopenings(text, q)) {
                int e = reopen + 1;
                while (e < q.end() && isSpace(text.charAt(e))) {
                    e++;
                }
                out.add(new CopyIssue(IssueType.TYPOGRAPHY, reopen, e, code, why, want[0], null));
            }
            out.add(new CopyIssue(IssueType.TYPOGRAPHY, innerCloseStart, q.end(), code, why, want[1], null));
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

    /** The name of a language with its region where the region has its own convention ("Swiss German"). */
    static String name(String tag) {
        return IssueCode.conventionName(LanguageTags.primary(tag), region(tag));
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
