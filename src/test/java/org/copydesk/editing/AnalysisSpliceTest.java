package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;
import org.junit.jupiter.api.Test;

class AnalysisSpliceTest {
    //                 0         1         2         3
    //                 0123456789012345678901234567890123456
    private static final String TEXT = "He said bonjour.\nShe said merci bien.";
    private static final int P2 = 17;

    /** An issue of type {@code t}; what it says goes with it wherever the splice puts it (record equality). */
    private static CopyIssue issue(IssueType t, int s, int e) {
        return switch (t) {
            case UNBALANCED_QUOTE -> new CopyIssue(t, s, e, IssueCode.UNPAIRED_MARK, List.of("«"), null, null);
            case SPELLING -> new CopyIssue(t, s, e, IssueCode.NOT_IN_DICTIONARY, List.of("fr", "merci"), null, null);
            default -> new CopyIssue(t, s, e, IssueCode.QUOTE_SPACING, List.of("«", "»", "fr", "CH"), "«", null);
        };
    }

    @Test
    void aParagraphsOwnAnalysisReplacesWhatWasShownThereAndTheRestStays() {
        Analysis whole = new Analysis("en", List.of(new LanguageSegment(0, 8, "en"), new LanguageSegment(8, 15, "fr"),
                new LanguageSegment(15, 26, "en"), new LanguageSegment(26, 36, "fr")),
                List.of(new Quotation(3, 15, "«", "»", 0, null)),
                List.of(issue(IssueType.TYPOGRAPHY, 20, 21), issue(IssueType.TYPOGRAPHY, 2, 3)));
        // the second paragraph analysed on its own: "merci bien" is now Italian, and a new issue
        Analysis local = new Analysis("en", List.of(new LanguageSegment(0, 9, "en"), new LanguageSegment(9, 19, "it")),
                List.of(), List.of(issue(IssueType.UNBALANCED_QUOTE, 0, 1)));
        Analysis spliced = AnalysisSplice.splice(whole, P2, TEXT.length(), local);

        assertThat(spliced.segments()).containsExactly(new LanguageSegment(0, 8, "en"), new LanguageSegment(8, 15, "fr"),
                // the segment crossing the paragraph's start keeps its part before it
                new LanguageSegment(15, P2, "en"),
                new LanguageSegment(P2, P2 + 9, "en"), new LanguageSegment(P2 + 9, P2 + 19, "it"));
        assertThat(spliced.quotations()).containsExactly(new Quotation(3, 15, "«", "»", 0, null));
        assertThat(spliced.issues()).containsExactly(issue(IssueType.TYPOGRAPHY, 2, 3), issue(IssueType.UNBALANCED_QUOTE, P2, P2 + 1));
    }

    @Test
    void spellingMarksOfTheParagraphStayUntilTheWholeTextIsCheckedAgain() {
        Analysis whole = new Analysis("en", List.of(), List.of(),
                List.of(issue(IssueType.SPELLING, 21, 25), issue(IssueType.TYPOGRAPHY, 30, 31)));
        Analysis local = new Analysis("en", List.of(), List.of(), List.of(issue(IssueType.SPELLING, 0, 3)));
        Analysis spliced = AnalysisSplice.splice(whole, P2, TEXT.length(), local);
        assertThat(spliced.issues()).containsExactly(issue(IssueType.SPELLING, 21, 25));
    }

    @Test
    void differencesAreTheRangesOfWhatIsShownInOneAndNotTheOther() {
        Analysis before = new Analysis("en", List.of(new LanguageSegment(0, 8, "en"), new LanguageSegment(8, 15, "fr")),
                List.of(), List.of(issue(IssueType.SPELLING, 20, 24)));
        Analysis after = new Analysis("en", List.of(new LanguageSegment(0, 3, "en"), new LanguageSegment(8, 15, "fr")),
                List.of(new Quotation(3, 15, "«", "»", 0, null)), List.of());
        // the English segments changed, but English (the primary language) is not shown: no restyle for them
        assertThat(AnalysisSplice.differences(before, after, lang -> !lang.equals("en")))
                .containsExactly(new TextRange(3, 15), new TextRange(20, 24));
        assertThat(AnalysisSplice.differences(after, after, lang -> true)).isEmpty();
    }

    @Test
    void marksDifferInTheMarksAddedOrRemoved() {
        LanguageMark fr = new LanguageMark(8, 15, "fr", MarkOrigin.MANUAL);
        QuoteMark q = new QuoteMark(0, 16, null, MarkOrigin.MANUAL);
        Marks before = new Marks(List.of(fr), List.of());
        Marks after = new Marks(List.of(fr), List.of(q));
        assertThat(AnalysisSplice.differences(before, after)).containsExactly(new TextRange(0, 16));
        assertThat(AnalysisSplice.differences(after, new Marks(List.of(), List.of(q)))).containsExactly(new TextRange(8, 15));
        assertThat(AnalysisSplice.differences(after, after)).isEmpty();
    }
}
