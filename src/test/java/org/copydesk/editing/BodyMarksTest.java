package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/** Which style classes the body's text gets from analysis, hand marks and the user's emphasis. */
class BodyMarksTest {
    //                                  0         1         2         3
    //                                  0123456789012345678901234567890123456
    private static final String TEXT = "He said « merci » and left. Danke.";
    private static final Analysis ANALYSIS = new Analysis("en",
            List.of(new LanguageSegment(0, 8, "en"), new LanguageSegment(8, 17, "fr"), new LanguageSegment(17, 28, "en"),
                    new LanguageSegment(28, 34, "de")),
            List.of(new Quotation(8, 17, "«", "»", 0, "Marie")),
            List.of(new CopyIssue(IssueType.TYPOGRAPHY, 9, 10, IssueCode.QUOTE_SPACING,
                    List.of("«", "»", "fr", ""), "\u202F", null)));

    private static List<List<String>> styles(List<StyleRun> runs) {
        List<List<String>> out = new ArrayList<>();
        for (StyleRun r : runs) {
            for (int i = 0; i < r.length(); i++) {
                out.add(r.classes());
            }
        }
        return out;
    }

    @Test
    void foreignTextQuotationsAndIssuesGetTheirClassesThePrimaryLanguageNone() {
        BodyMarks m = new BodyMarks("en", ANALYSIS, List.of(), List.of());
        List<List<String>> s = styles(m.paragraphRuns(0, TEXT.length(), null));
        assertThat(s.get(0)).isEmpty();
        assertThat(s.get(8)).containsExactly("foreign", "lang-fr", "quote");
        assertThat(s.get(9)).containsExactly("foreign", "lang-fr", "quote", "issue", "issue-typography");
        assertThat(s.get(20)).isEmpty();
        assertThat(s.get(30)).containsExactly("foreign", "lang-de");
        assertThat(m.quotationAt(12).speaker()).isEqualTo("Marie");
        assertThat(m.foreignSegments(TEXT.length())).extracting(LanguageSegment::language).containsExactly("fr", "de");
    }

    @Test
    void handMarksWinOverAnalysisAndShowAsHandMarks() {
        BodyMarks m = new BodyMarks("en", ANALYSIS,
                List.of(new LanguageMark(28, 34, "nl", MarkOrigin.MANUAL), new LanguageMark(0, 2, "de", MarkOrigin.AUTO)),
                List.of(new QuoteMark(18, 21, null, MarkOrigin.MANUAL)));
        List<List<String>> s = styles(m.paragraphRuns(0, TEXT.length(), null));
        assertThat(s.get(30)).containsExactly("foreign", "lang-nl", "hand-mark");
        assertThat(s.get(0)).as("marks found by analysis earlier are not hand marks").isEmpty();
        assertThat(s.get(19)).containsExactly("hand-mark", "quote");
        assertThat(m.languageAt(30)).isEqualTo("nl");
    }

    @Test
    void theUsersEmphasisIsKeptAndTheParagraphOffsetRespected() {
        List<StyleRun> existing = List.of(new StyleRun(List.of("bold", "lang-fr"), 4), new StyleRun(List.of("foreign"), 2));
        BodyMarks m = new BodyMarks("en", ANALYSIS, List.of(), List.of());
        List<List<String>> s = styles(m.paragraphRuns(28, 6, existing));
        assertThat(s.get(0)).containsExactly("bold", "foreign", "lang-de");
        assertThat(s.get(5)).containsExactly("foreign", "lang-de");
        assertThat(m.paragraphRuns(5, 0, null)).isNull();
    }

    @Test
    void unknownLanguagesShareOneStyle() {
        assertThat(LanguageStyle.of("fr-CA")).isEqualTo(LanguageStyle.FR);
        assertThat(LanguageStyle.of("sv")).isEqualTo(LanguageStyle.OTHER);
        assertThat(LanguageStyle.of(null)).isEqualTo(LanguageStyle.OTHER);
    }
}
