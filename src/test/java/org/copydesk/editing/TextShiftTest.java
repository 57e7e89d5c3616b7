package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/** How marks move when the text around or inside them is edited. */
class TextShiftTest {
    private static final LanguageMark DE = new LanguageMark(10, 20, "de", MarkOrigin.MANUAL);

    private static List<LanguageMark> after(int pos, int removed, int inserted) {
        return new TextShift(pos, removed, inserted).languageMarks(List.of(DE));
    }

    @Test
    void typingBeforeAMarkMovesIt() {
        assertThat(after(3, 0, 4)).containsExactly(new LanguageMark(14, 24, "de", MarkOrigin.MANUAL));
        assertThat(after(10, 0, 4)).as("typed at its start: not part of it").containsExactly(new LanguageMark(14, 24, "de", MarkOrigin.MANUAL));
    }

    @Test
    void typingAfterAMarkLeavesIt() {
        assertThat(after(20, 0, 4)).as("typed at its end: not part of it").containsExactly(DE);
        assertThat(after(25, 3, 0)).containsExactly(DE);
    }

    @Test
    void typingInsideAMarkGrowsIt() {
        assertThat(after(15, 0, 3)).containsExactly(new LanguageMark(10, 23, "de", MarkOrigin.MANUAL));
        assertThat(after(12, 2, 5)).containsExactly(new LanguageMark(10, 23, "de", MarkOrigin.MANUAL));
    }

    @Test
    void deletingAcrossAnEdgeClipsIt() {
        assertThat(after(5, 10, 0)).containsExactly(new LanguageMark(5, 10, "de", MarkOrigin.MANUAL));
        assertThat(after(15, 10, 0)).containsExactly(new LanguageMark(10, 15, "de", MarkOrigin.MANUAL));
    }

    @Test
    void deletingAllOfItRemovesIt() {
        assertThat(after(10, 10, 0)).isEmpty();
        assertThat(after(5, 20, 2)).isEmpty();
    }

    @Test
    void quotationsAndAnalysisMoveTheSameWay() {
        TextShift s = new TextShift(0, 0, 2);
        assertThat(s.quoteMarks(List.of(new QuoteMark(4, 9, "Anna", MarkOrigin.MANUAL))))
                .containsExactly(new QuoteMark(6, 11, "Anna", MarkOrigin.MANUAL));
        Analysis a = new Analysis("en", List.of(new LanguageSegment(0, 5, "en"), new LanguageSegment(5, 9, "fr")), List.of(),
                List.of(new CopyIssue(IssueType.TYPOGRAPHY, 7, 8, IssueCode.QUOTE_MARKS,
                        List.of("'", "'", "fr", "", "«", "»"), "’", null)));
        Analysis moved = new TextShift(9, 0, 3).analysis(a);
        assertThat(moved.segments()).as("typing on at the end of a word continues its language")
                .containsExactly(new LanguageSegment(0, 5, "en"), new LanguageSegment(5, 12, "fr"));
        assertThat(moved.issues().get(0).start()).isEqualTo(7);
        Analysis shifted = new TextShift(0, 0, 2).analysis(a);
        assertThat(shifted.issues()).as("a moved issue says what it said").containsExactly(a.issues().get(0).at(9, 10));
        assertThat(shifted.issues().get(0).english()).isEqualTo("' ' in French copy: use « »");
    }

    @Test
    void typingOverMarkedTextKeepsItMarkedAtEitherEnd() {
        assertThat(after(10, 2, 3)).as("over its first characters").containsExactly(new LanguageMark(10, 21, "de", MarkOrigin.MANUAL));
        assertThat(after(18, 2, 3)).as("over its last characters").containsExactly(new LanguageMark(10, 21, "de", MarkOrigin.MANUAL));
        assertThat(after(10, 10, 4)).as("over all of it").containsExactly(new LanguageMark(10, 14, "de", MarkOrigin.MANUAL));
        assertThat(after(8, 4, 3)).as("over it and text before it: the rest stays, the new text is not marked")
                .containsExactly(new LanguageMark(11, 19, "de", MarkOrigin.MANUAL));
    }

    @Test
    void fixingTheOpeningQuotationMarkKeepsTheQuotationWhole() {
        // «Bonjour» as a hand quotation; the fix turns « into « + narrow no-break space, » into narrow no-break space + »
        QuoteMark q = new QuoteMark(4, 13, null, MarkOrigin.MANUAL);
        List<QuoteMark> m = new TextShift(12, 1, 2).quoteMarks(List.of(q));
        m = new TextShift(4, 1, 2).quoteMarks(m);
        assertThat(m).containsExactly(new QuoteMark(4, 15, null, MarkOrigin.MANUAL));
    }

    @Property(tries = 1000)
    void aMarkNeverLeavesTheText(Gen gen) {
        int length = 40;
        int p = gen.between(0, length);
        int r = gen.between(0, length - p);
        int inserted = gen.between(0, 40);
        for (LanguageMark m : new TextShift(p, r, inserted).languageMarks(List.of(DE))) {
            assertThat(m.start()).isGreaterThanOrEqualTo(0);
            assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(length - r + inserted);
        }
    }

    /**
     * Against a reference that knows nothing of offsets: every character carries whether it is marked; typed text is
     * marked when the characters on both sides of it were (a pure insertion) or all the characters it replaces were.
     */
    @Property(tries = 2000)
    void rangesMoveLikeTheCharactersTheyCover(Gen gen) {
        int length = gen.between(0, 30);
        int start = gen.between(0, length);
        int end = gen.between(start, length);
        int pos = gen.between(0, length);
        int removed = gen.between(0, length - pos);
        int inserted = gen.between(0, 3);
        String edit = "[" + start + ", " + end + ") in " + length + " through edit at " + pos + " -" + removed + " +" + inserted;
        List<Boolean> marked = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            marked.add(i >= start && i < end);
        }
        boolean joins;
        if (removed > 0) {
            joins = marked.subList(pos, pos + removed).stream().allMatch(b -> b);
        } else {
            joins = pos > 0 && pos < length && marked.get(pos - 1) && marked.get(pos);
        }
        for (int i = 0; i < removed; i++) {
            marked.remove(pos);
        }
        for (int i = 0; i < inserted; i++) {
            marked.add(pos, joins);
        }
        int first = marked.indexOf(true);
        int last = marked.lastIndexOf(true);
        int[] got = new TextShift(pos, removed, inserted).map(start, end);
        if (first < 0) {
            assertThat(got).as(edit).isNull();
        } else {
            assertThat(got).as(edit).containsExactly(first, last + 1);
            assertThat(marked.subList(first, last + 1)).as(edit + ": still one run").doesNotContain(false);
        }
    }
}
