package org.copydesk.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.QuoteMark;

/**
 * The arithmetic of keeping a shown analysis up to date without analysing everything again: putting a paragraph's own
 * analysis in place of what was shown there, and finding where two analyses (or two sets of marks) differ, which is
 * all the body has to restyle.
 */
public final class AnalysisSplice {
    private AnalysisSplice() {
    }

    /**
     * {@code whole} with what lies in {@code [start, end)} replaced by {@code local} (an analysis of that text alone,
     * offsets from 0). Segments crossing the edges keep their parts outside; quotations and issues reaching outside are
     * kept as they were. Spelling issues inside are kept too: spelling is decided over the whole text (a name recurs
     * in another paragraph), which an analysis of one paragraph cannot know.
     */
    public static Analysis splice(Analysis whole, int start, int end, Analysis local) {
        List<LanguageSegment> segs = new ArrayList<>();
        for (LanguageSegment s : whole.segments()) {
            if (s.end() <= start || s.start() >= end) {
                segs.add(s);
                continue;
            }
            if (s.start() < start) {
                segs.add(new LanguageSegment(s.start(), start, s.language()));
            }
            if (s.end() > end) {
                segs.add(new LanguageSegment(end, s.end(), s.language()));
            }
        }
        for (LanguageSegment s : local.segments()) {
            segs.add(new LanguageSegment(s.start() + start, s.end() + start, s.language()));
        }
        segs.sort(Comparator.comparingInt(LanguageSegment::start));
        List<Quotation> quotes = new ArrayList<>();
        for (Quotation q : whole.quotations()) {
            if (q.start() < start || q.end() > end) {
                quotes.add(q);
            }
        }
        for (Quotation q : local.quotations()) {
            quotes.add(new Quotation(q.start() + start, q.end() + start, q.open(), q.close(), q.depth(), q.speaker()));
        }
        List<CopyIssue> issues = new ArrayList<>();
        for (CopyIssue i : whole.issues()) {
            if (i.start() < start || i.end() > end || i.type() == IssueType.SPELLING) {
                issues.add(i);
            }
        }
        for (CopyIssue i : local.issues()) {
            if (i.type() != IssueType.SPELLING) {
                issues.add(i.at(i.start() + start, i.end() + start));
            }
        }
        quotes.sort(Comparator.comparingInt(Quotation::start));
        issues.sort(Comparator.comparingInt(CopyIssue::start));
        return new Analysis(whole.language(), segs, quotes, issues);
    }

    /**
     * Where two analyses of the same text differ in what the body shows: segments in a language {@code shown} accepts
     * (the others are not marked), quotations, issues. Each differing item gives its range.
     */
    public static List<TextRange> differences(Analysis before, Analysis after, Predicate<String> shown) {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        collect(before, shown, a);
        collect(after, shown, b);
        return symmetricDifference(a, b, AnalysisSplice::rangeOf);
    }

    /** Where two sets of marks differ: the range of each mark found in one and not the other. */
    public static List<TextRange> differences(Marks before, Marks after) {
        List<Object> a = new ArrayList<>(before.languages());
        a.addAll(before.quotes());
        List<Object> b = new ArrayList<>(after.languages());
        b.addAll(after.quotes());
        return symmetricDifference(a, b, AnalysisSplice::rangeOf);
    }

    private static void collect(Analysis a, Predicate<String> shown, List<Object> into) {
        for (LanguageSegment s : a.segments()) {
            if (shown.test(s.language())) {
                into.add(s);
            }
        }
        into.addAll(a.quotations());
        into.addAll(a.issues());
    }

    static <T> List<TextRange> symmetricDifference(Collection<T> a, Collection<T> b, Function<T, TextRange> range) {
        Set<T> inA = new HashSet<>(a);
        Set<T> inB = new HashSet<>(b);
        List<TextRange> out = new ArrayList<>();
        for (T o : inA) {
            if (!inB.contains(o)) {
                out.add(range.apply(o));
            }
        }
        for (T o : inB) {
            if (!inA.contains(o)) {
                out.add(range.apply(o));
            }
        }
        out.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
        return out;
    }

    private static TextRange rangeOf(Object o) {
        if (o instanceof LanguageSegment s) {
            return new TextRange(s.start(), s.end());
        }
        if (o instanceof Quotation q) {
            return new TextRange(q.start(), q.end());
        }
        if (o instanceof LanguageMark l) {
            return new TextRange(l.start(), l.end());
        }
        if (o instanceof QuoteMark q) {
            return new TextRange(q.start(), q.end());
        }
        CopyIssue i = (CopyIssue) o;
        return new TextRange(i.start(), i.end());
    }
}
