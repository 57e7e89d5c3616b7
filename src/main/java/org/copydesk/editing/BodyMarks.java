package org.copydesk.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;

/**
 * What the body shows over its text at one moment: the analysis (aligned with the current text) and the marks of the
 * article, hand marks winning over analysis. Immutable; turns them into the style classes of a paragraph.
 *
 * <p>Style classes: {@code foreign} + {@code lang-xx} for text not in the primary language, {@code hand-mark} for text
 * under a hand-set mark, {@code quote} for quotations, {@code issue} + {@code issue-<type>} for copy issues, and the
 * user's own {@code bold} / {@code italic}, which are kept from the text as it is.
 */
public final class BodyMarks {
    public static final String FOREIGN = "foreign";
    public static final String HAND_MARK = "hand-mark";
    public static final String QUOTE = "quote";
    public static final String ISSUE = "issue";

    private final String primary;
    private final Analysis analysis;
    private final List<LanguageSegment> segments;
    private final List<Quotation> quotations;
    private final List<CopyIssue> issues;
    private final List<LanguageMark> handLanguages;
    private final List<QuoteMark> handQuotes;

    public BodyMarks(String primary, Analysis analysis, List<LanguageMark> languageMarks, List<QuoteMark> quoteMarks) {
        this.primary = primary;
        this.analysis = analysis;
        this.segments = analysis.segments().stream().sorted(Comparator.comparingInt(LanguageSegment::start)).toList();
        this.quotations = analysis.quotations().stream().sorted(Comparator.comparingInt(Quotation::start)).toList();
        this.issues = analysis.issues().stream().sorted(Comparator.comparingInt(CopyIssue::start)).toList();
        this.handLanguages = languageMarks.stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList();
        this.handQuotes = quoteMarks.stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList();
    }

    public String primary() {
        return primary;
    }

    public Analysis analysis() {
        return analysis;
    }

    public List<CopyIssue> issues() {
        return issues;
    }

    public List<Quotation> quotations() {
        return quotations;
    }

    /** The language of the text at {@code pos}: a hand mark's, else the analysis's, else the primary language. */
    public String languageAt(int pos) {
        LanguageMark m = handLanguageAt(pos);
        if (m != null) {
            return m.language();
        }
        LanguageSegment s = segmentAt(pos);
        return s == null ? primary : s.language();
    }

    public LanguageMark handLanguageAt(int pos) {
        LanguageMark found = null;
        for (LanguageMark m : handLanguages) {
            if (m.start() <= pos && pos < m.end()) {
                found = m;
            }
        }
        return found;
    }

    public QuoteMark handQuoteAt(int pos) {
        for (QuoteMark m : handQuotes) {
            if (m.start() <= pos && pos < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The innermost quotation at {@code pos}, or null. */
    public Quotation quotationAt(int pos) {
        Quotation found = null;
        for (Quotation q : quotations) {
            if (q.start() > pos) {
                break;
            }
            if (pos < q.end() && (found == null || q.depth() >= found.depth())) {
                found = q;
            }
        }
        return found;
    }

    public CopyIssue issueAt(int pos) {
        for (CopyIssue i : issues) {
            if (i.start() > pos) {
                break;
            }
            if (pos < i.end() || (i.start() == i.end() && pos == i.start())) {
                return i;
            }
        }
        return null;
    }

    private LanguageSegment segmentAt(int pos) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LanguageSegment s = segments.get(mid);
            if (s.end() <= pos) {
                lo = mid + 1;
            } else if (s.start() > pos) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private int firstSegmentEndingAfter(int pos) {
        int lo = 0;
        int hi = segments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The styles of one paragraph ({@code [start, start + length)} of the body text): user classes from
     * {@code existing} (the paragraph's current runs), everything else from these marks. Null for an empty paragraph.
     */
    public List<StyleRun> paragraphRuns(int start, int length, List<StyleRun> existing) {
        if (length == 0) {
            return null;
        }
        int end = start + length;
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(start);
        cuts.add(end);
        int pos = start;
        if (existing != null) {
            for (StyleRun r : existing) {
                pos += r.length();
                if (pos < end) {
                    cuts.add(pos);
                }
            }
        }
        for (int i = firstSegmentEndingAfter(start); i < segments.size() && segments.get(i).start() < end; i++) {
            addCuts(cuts, segments.get(i).start(), segments.get(i).end(), start, end);
        }
        for (Quotation q : quotations) {
            if (q.start() >= end) {
                break;
            }
            addCuts(cuts, q.start(), q.end(), start, end);
        }
        for (CopyIssue i : issues) {
            if (i.start() >= end) {
                break;
            }
            addCuts(cuts, i.start(), i.end(), start, end);
        }
        for (LanguageMark m : handLanguages) {
            addCuts(cuts, m.start(), m.end(), start, end);
        }
        for (QuoteMark m : handQuotes) {
            addCuts(cuts, m.start(), m.end(), start, end);
        }
        List<StyleRun> out = new ArrayList<>(cuts.size());
        Integer[] at = cuts.toArray(new Integer[0]);
        for (int k = 0; k + 1 < at.length; k++) {
            int from = at[k];
            int to = at[k + 1];
            List<String> user = existing == null ? List.of() : BodyStyles.userClasses(styleAt(existing, from - start));
            out.add(new StyleRun(classesAt(from, user), to - from));
        }
        return out;
    }

    private static void addCuts(TreeSet<Integer> cuts, int s, int e, int start, int end) {
        if (s > start && s < end) {
            cuts.add(s);
        }
        if (e > start && e < end) {
            cuts.add(e);
        }
    }

    private static List<String> styleAt(List<StyleRun> runs, int offset) {
        int pos = 0;
        for (StyleRun r : runs) {
            pos += r.length();
            if (offset < pos) {
                return r.classes();
            }
        }
        return List.of();
    }

    /** All classes of the character at {@code pos}, in a fixed order (so equal styles compare equal). */
    public List<String> classesAt(int pos, List<String> user) {
        List<String> out = new ArrayList<>(6);
        out.addAll(user);
        LanguageMark hand = handLanguageAt(pos);
        String lang = hand != null ? hand.language() : languageAtAnalysis(pos);
        if (!LanguageStyle.sameLanguage(lang, primary)) {
            out.add(FOREIGN);
            out.add(LanguageStyle.of(lang).styleClass());
        }
        QuoteMark hq = handQuoteAt(pos);
        if (hand != null || hq != null) {
            out.add(HAND_MARK);
        }
        if (hq != null || quotationAt(pos) != null) {
            out.add(QUOTE);
        }
        CopyIssue issue = issueAt(pos);
        if (issue != null) {
            out.add(ISSUE);
            out.add("issue-" + issue.type().id());
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private String languageAtAnalysis(int pos) {
        LanguageSegment s = segmentAt(pos);
        return s == null ? primary : s.language();
    }

    /**
     * Runs of one language over {@code [0, textLength)}, hand marks winning, adjacent runs of a language joined. Text
     * the analysis did not cover counts as the primary language.
     */
    public List<LanguageSegment> effectiveSegments(int textLength) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(textLength);
        for (LanguageSegment s : segments) {
            addCuts(cuts, s.start(), s.end(), 0, textLength);
        }
        for (LanguageMark m : handLanguages) {
            addCuts(cuts, m.start(), m.end(), 0, textLength);
        }
        List<LanguageSegment> out = new ArrayList<>();
        Integer prev = null;
        for (Integer c : cuts) {
            if (prev != null && c > prev) {
                LanguageMark hand = handLanguageAt(prev);
                String lang = hand != null ? hand.language() : languageAtAnalysis(prev);
                if (!out.isEmpty() && out.get(out.size() - 1).language().equals(lang)
                        && out.get(out.size() - 1).end() == prev) {
                    LanguageSegment last = out.remove(out.size() - 1);
                    out.add(new LanguageSegment(last.start(), c, lang));
                } else {
                    out.add(new LanguageSegment(prev, c, lang));
                }
            }
            prev = c;
        }
        return out;
    }

    /**
     * Tags of the languages other than the primary one in the paragraph {@code text} that starts at {@code start}, hand
     * marks winning, in the order they first appear (for the gutter). A language counts only where it covers a letter:
     * a mark or segment left over a space or a full stop once its words were deleted tags nothing.
     */
    public List<String> foreignTagsIn(int start, String text) {
        int end = start + text.length();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(start);
        cuts.add(end);
        for (int i = firstSegmentEndingAfter(start); i < segments.size() && segments.get(i).start() < end; i++) {
            addCuts(cuts, segments.get(i).start(), segments.get(i).end(), start, end);
        }
        for (LanguageMark m : handLanguages) {
            addCuts(cuts, m.start(), m.end(), start, end);
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        Integer prev = null;
        for (Integer c : cuts) {
            if (prev != null && c > prev) {
                String lang = languageAt(prev);
                if (!LanguageStyle.sameLanguage(lang, primary) && hasLetter(text, prev - start, c - start)) {
                    tags.add(LanguageStyle.of(lang).tag());
                }
            }
            prev = c;
        }
        return List.copyOf(tags);
    }

    /**
     * Whether {@code text} holds a letter in {@code [from, to)}: a language segment or mark over none (a space, a full
     * stop left once its words were deleted) is passed over by the gutter and by F8.
     */
    public static boolean hasLetter(CharSequence text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(text, i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The segments not in the primary language (what F8 walks). */
    public List<LanguageSegment> foreignSegments(int textLength) {
        if (foreign == null || foreignLength != textLength) {
            foreign = effectiveSegments(textLength).stream()
                    .filter(s -> !LanguageStyle.sameLanguage(s.language(), primary)).toList();
            foreignLength = textLength;
        }
        return foreign;
    }

    private List<LanguageSegment> foreign;
    private int foreignLength = -1;
}
