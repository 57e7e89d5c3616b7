package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
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
                List.of(new CopyIssue(IssueType.TYPOGRAPHY, 7, 8, "straight quote", "’", null)));
        Analysis moved = new TextShift(9, 0, 3).analysis(a);
        assertThat(moved.segments()).as("typing on at the end of a word continues its language")
                .containsExactly(new LanguageSegment(0, 5, "en"), new LanguageSegment(5, 12, "fr"));
        assertThat(moved.issues().get(0).start()).isEqualTo(7);
    }

    @Property(tries = 1000)
    void aMarkNeverLeavesTheText(Gen gen) {
        int pos = gen.between(0, 40);
        int removed = gen.between(0, 40);
        int inserted = gen.between(0, 40);
        int length = 40;
        int p = Math.min(pos, length);
        int r = Math.min(removed, length - p);
        for (LanguageMark m : new TextShift(p, r, inserted).languageMarks(List.of(DE))) {
            assertThat(m.start()).isGreaterThanOrEqualTo(0);
            assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(length - r + inserted);
        }
    }
}
