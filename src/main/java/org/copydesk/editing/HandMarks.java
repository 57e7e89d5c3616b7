package org.copydesk.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;

/**
 * The rules for marks a person sets by hand. Every result obeys {@link org.copydesk.model.MarkRules}: hand language
 * marks never overlap each other (the newest wins where they would), hand quotation marks nest or stay apart.
 * Marks found by analysis are never touched here.
 */
public final class HandMarks {
    private static final Comparator<LanguageMark> BY_START = Comparator.comparingInt(LanguageMark::start)
            .thenComparingInt(LanguageMark::end);
    private static final Comparator<QuoteMark> QUOTES_BY_START = Comparator.comparingInt(QuoteMark::start)
            .thenComparing(Comparator.comparingInt(QuoteMark::end).reversed());

    private HandMarks() {
    }

    /** {@code [from, to)} marked as written in {@code language}; hand language marks there give way. */
    public static Marks markLanguage(Marks marks, int from, int to, String language) {
        requireRange(from, to);
        List<LanguageMark> langs = languagesCutAround(marks, from, to);
        langs.add(new LanguageMark(from, to, language, MarkOrigin.MANUAL));
        langs.sort(BY_START);
        return new Marks(langs, marks.quotes());
    }

    /** The language marks with the hand ones cut back to leave {@code [from, to)} free. */
    private static List<LanguageMark> languagesCutAround(Marks marks, int from, int to) {
        List<LanguageMark> langs = new ArrayList<>();
        for (LanguageMark m : marks.languages()) {
            if (m.origin() == MarkOrigin.MANUAL) {
                langs.addAll(cut(m, from, to));
            } else {
                langs.add(m);
            }
        }
        return langs;
    }

    /**
     * {@code [from, to)} marked as a quotation. Hand quotations inside it, or crossing its edges, give way (quotations
     * nest or stay apart); one around it stays.
     */
    public static Marks markQuotation(Marks marks, int from, int to) {
        requireRange(from, to);
        List<QuoteMark> quotes = new ArrayList<>();
        for (QuoteMark q : marks.quotes()) {
            boolean around = q.start() <= from && to <= q.end() && !(q.start() == from && q.end() == to);
            boolean apart = q.end() <= from || to <= q.start();
            if (q.origin() != MarkOrigin.MANUAL || around || apart) {
                quotes.add(q);
            }
        }
        quotes.add(new QuoteMark(from, to, null, MarkOrigin.MANUAL));
        quotes.sort(QUOTES_BY_START);
        return new Marks(marks.languages(), quotes);
    }

    /**
     * Hand marks taken off the selected text {@code [from, to)}: a language mark reaching beyond it keeps the rest, a
     * quotation touching it goes.
     */
    public static Marks removeFromSelection(Marks marks, int from, int to) {
        requireRange(from, to);
        List<LanguageMark> langs = languagesCutAround(marks, from, to);
        List<QuoteMark> quotes = new ArrayList<>();
        for (QuoteMark q : marks.quotes()) {
            if (q.origin() != MarkOrigin.MANUAL || !(q.start() < to && from < q.end())) {
                quotes.add(q);
            }
        }
        return new Marks(langs, quotes);
    }

    /** The hand marks at the caret taken off (a caret at a mark's start or end counts as in it). */
    public static Marks removeAt(Marks marks, int caret) {
        List<LanguageMark> langs = marks.languages().stream()
                .filter(m -> m.origin() != MarkOrigin.MANUAL || !(m.start() <= caret && caret <= m.end())).toList();
        List<QuoteMark> quotes = marks.quotes().stream()
                .filter(q -> q.origin() != MarkOrigin.MANUAL || !(q.start() <= caret && caret <= q.end())).toList();
        return new Marks(langs, quotes);
    }

    private static List<LanguageMark> cut(LanguageMark m, int from, int to) {
        if (m.end() <= from || m.start() >= to) {
            return List.of(m);
        }
        List<LanguageMark> out = new ArrayList<>(2);
        if (m.start() < from) {
            out.add(new LanguageMark(m.start(), from, m.language(), m.origin()));
        }
        if (m.end() > to) {
            out.add(new LanguageMark(to, m.end(), m.language(), m.origin()));
        }
        return out;
    }

    private static void requireRange(int from, int to) {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("no text selected: [" + from + ", " + to + ")");
        }
    }
}
