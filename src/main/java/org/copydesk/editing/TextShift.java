package org.copydesk.editing;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.QuoteMark;

/**
 * Moves ranges {@code [start, end)} of a text through one edit (at {@code pos}, {@code removed} characters replaced by
 * {@code inserted} ones).
 *
 * <ul>
 *   <li>Text typed strictly inside a range extends it; text typed at its start or end does not.</li>
 *   <li>Text typed over a selection joins every range that covered all of the selection (typing over marked words
 *       keeps them marked, at either end of the mark alike); a range that covered only part of it keeps the rest.</li>
 *   <li>A range whose text is deleted entirely disappears.</li>
 * </ul>
 * Order is kept: ranges that were disjoint stay disjoint, ranges nested in each other stay nested, and no range ever
 * reaches past the new end of the text.
 */
public record TextShift(int pos, int removed, int inserted) {

    public TextShift {
        if (pos < 0 || removed < 0 || inserted < 0) {
            throw new IllegalArgumentException("bad edit at " + pos + ": -" + removed + " +" + inserted);
        }
    }

    public int delta() {
        return inserted - removed;
    }

    /** The new start and end, or null when nothing of the range is left. */
    public int[] map(int start, int end) {
        if (removed > 0 && start <= pos && end >= pos + removed) {
            // the range covered all of the replaced text: what replaces it belongs to the range
            return end + delta() > start ? new int[] {start, end + delta()} : null;
        }
        int s;
        if (start >= pos + removed) {
            s = start + delta();
        } else if (start < pos) {
            s = start;
        } else {
            s = pos + inserted;
        }
        int e;
        if (end <= pos) {
            e = end;
        } else if (end >= pos + removed) {
            e = end + delta();
        } else {
            e = pos;
        }
        return e > s ? new int[] {s, e} : null;
    }

    public List<LanguageMark> languageMarks(List<LanguageMark> marks) {
        List<LanguageMark> out = new ArrayList<>(marks.size());
        for (LanguageMark m : marks) {
            int[] r = map(m.start(), m.end());
            if (r != null) {
                out.add(r[0] == m.start() && r[1] == m.end() ? m : new LanguageMark(r[0], r[1], m.language(), m.origin()));
            }
        }
        return out;
    }

    public List<QuoteMark> quoteMarks(List<QuoteMark> marks) {
        List<QuoteMark> out = new ArrayList<>(marks.size());
        for (QuoteMark m : marks) {
            int[] r = map(m.start(), m.end());
            if (r != null) {
                out.add(r[0] == m.start() && r[1] == m.end() ? m : new QuoteMark(r[0], r[1], m.speaker(), m.origin()));
            }
        }
        return out;
    }

    /** The analysis with every range moved through this edit (so it stays aligned with the text until the next one). */
    public Analysis analysis(Analysis a) {
        List<LanguageSegment> segs = new ArrayList<>(a.segments().size());
        for (LanguageSegment s : a.segments()) {
            int[] r = mapGrowing(s.start(), s.end());
            if (r != null) {
                segs.add(r[0] == s.start() && r[1] == s.end() ? s : new LanguageSegment(r[0], r[1], s.language()));
            }
        }
        List<Quotation> quotes = new ArrayList<>(a.quotations().size());
        for (Quotation q : a.quotations()) {
            int[] r = map(q.start(), q.end());
            if (r != null) {
                quotes.add(r[0] == q.start() && r[1] == q.end() ? q
                        : new Quotation(r[0], r[1], q.open(), q.close(), q.depth(), q.speaker()));
            }
        }
        List<CopyIssue> issues = new ArrayList<>(a.issues().size());
        for (CopyIssue i : a.issues()) {
            int[] r = map(i.start(), i.end());
            if (r != null) {
                issues.add(r[0] == i.start() && r[1] == i.end() ? i
                        : i.at(r[0], r[1]));
            }
        }
        return new Analysis(a.language(), segs, quotes, issues);
    }

    /** Like {@link #map} but text typed at the end of a language segment joins it (typing continues a word). */
    private int[] mapGrowing(int start, int end) {
        if (removed == 0 && end == pos && end > start) {
            return new int[] {start, end + inserted};
        }
        return map(start, end);
    }
}
