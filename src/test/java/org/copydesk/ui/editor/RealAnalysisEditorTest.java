package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;

/** The editor with the real analyser: what an editor fixing mixed-language copy sees and does. */
class RealAnalysisEditorTest extends EditorTestBase {

    private static Article article(String... paragraphs) {
        return Article.draft("x", "Real analysis", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    @Test
    void typedFrenchWordsGetTheFrenchStyleAndEnglishStaysUnmarked() throws Exception {
        openEditor(article(""), null);
        robot.write("The mayor spoke to reporters this morning. Le conseil municipal a décidé que les travaux commenceront demain. Then everyone went home.");
        waitForAnalysisOfCurrentText();
        String text = bodyText();
        assertThat(classesAt(text.indexOf("conseil"))).contains("foreign", "lang-fr");
        assertThat(classesAt(text.indexOf("travaux"))).contains("foreign", "lang-fr");
        assertThat(classesAt(text.indexOf("mayor"))).doesNotContain("foreign").noneMatch(c -> c.startsWith("lang-"));
        assertThat(classesAt(text.indexOf("everyone"))).doesNotContain("foreign");
        assertThat(onFx(() -> robot.lookup("#statusMix").queryAs(Label.class).getText())).contains("en").contains("fr");
        assertThat(onFx(() -> editor.describeAt(text.indexOf("conseil")))).contains("French (fr)");
    }

    @Test
    void f8WalksTheForeignSegmentsTheAnalyserFound() throws Exception {
        openEditor(article(
                "The strike entered its third day on Monday.",
                "Les syndicats ont appelé à une nouvelle grève nationale.",
                "Union leaders met the minister in the afternoon.",
                "Die Gewerkschaft hat einen neuen Streik angekündigt."), null);
        waitForAnalysisOfCurrentText();
        caretTo(0);
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).contains("syndicats").doesNotContain("Union");
        assertThat(classesAt(onFx(() -> area().getSelection().getStart()))).contains("lang-fr");
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).contains("Gewerkschaft");
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).as("wraps round").contains("syndicats");
        key(KeyCode.SHIFT, KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).contains("Gewerkschaft");
    }

    @Test
    void fixQuotationMarksOnAFrenchParagraphGivesGuillemetsWithNarrowNoBreakSpaces() throws Exception {
        String french = "Le maire a déclaré \"nous verrons bien\" devant les journalistes, puis il est reparti à la mairie.";
        openEditor(article("The mayor gave a short statement.", french), null);
        waitForAnalysisOfCurrentText();
        key(KeyCode.CONTROL, KeyCode.ALT, KeyCode.G);
        assertThat(robot.lookup("#quoteFixList").queryListView().getItems()).isNotEmpty();
        clickButton("Apply all");
        assertThat(bodyText()).isEqualTo("The mayor gave a short statement.\n"
                + "Le maire a déclaré «\u202Fnous verrons bien\u202F» devant les journalistes, puis il est reparti à la mairie.");
        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(bodyText()).isEqualTo("The mayor gave a short statement.\n" + french);
    }

    @Test
    void nextIssueSelectsAnIssueAndCtrl1AppliesItsFix() throws Exception {
        String french = "Le maire a déclaré \"nous verrons bien\" devant les journalistes, puis il est reparti à la mairie.";
        openEditor(article(french), null);
        waitForAnalysisOfCurrentText();
        var issue = onFx(() -> editor.body().shown().issues().stream().filter(i -> i.replacement() != null).findFirst().orElseThrow());
        caretTo(0);
        key(KeyCode.F7);
        assertThat(onFx(() -> area().getSelection().getStart())).isEqualTo(issue.start());
        assertThat(classesAt(issue.start())).contains("issue");
        assertThat(onFx(() -> editor.describeAt(issue.start()))).contains(issue.english());
        // the context menu offers the same fix
        onFx(() -> {
            area().moveTo(issue.start());
            var b = area().localToScreen(area().getBoundsInLocal());
            area().getContextMenu().show(area(), b.getMinX() + 40, b.getMinY() + 40);
            return null;
        });
        assertThat(onFx(() -> area().getContextMenu().getItems().get(0).getId())).isEqualTo("contextFix");
        assertThat(onFx(() -> area().getContextMenu().getItems().get(0).getText())).contains(issue.replacement());
        onFx(() -> {
            area().getContextMenu().hide();
            area().selectRange(issue.start(), issue.end());
            return null;
        });
        key(KeyCode.CONTROL, KeyCode.DIGIT1);
        String expected = french.substring(0, issue.start()) + issue.replacement() + french.substring(issue.end());
        assertThat(bodyText()).isEqualTo(expected);
        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(bodyText()).isEqualTo(french);
    }
}
