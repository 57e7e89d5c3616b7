package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The language figures of the status bar and the tags in the body's gutter, with the real analyser, after the words of
 * a language are deleted: the language goes from both.
 */
class LanguageFiguresTest extends EditorTestBase {
    private static final String DUTCH = "De gemeenteraad heeft besloten dat de werkzaamheden morgen beginnen.";

    private static Article article(String... paragraphs) {
        return Article.draft("x", "Council works", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    /** The texts of the gutter's tags shown now (on the FX thread). */
    private List<String> gutterTags() {
        return robot.lookup(".gutter-tag").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isBlank()).toList();
    }

    /** Opens a story in English with a Dutch sentence in its first paragraph, marked Dutch by hand; returns where it starts. */
    private int openWithADutchPassageMarkedByHand() throws Exception {
        openEditor(article("The mayor spoke to reporters this morning. " + DUTCH + " Then everyone went home.",
                "Union leaders met the minister in the afternoon.",
                "The minister said she would answer on Friday."), null);
        waitForAnalysisOfCurrentText();
        int start = bodyText().indexOf(DUTCH);
        select(start, start + DUTCH.length());
        onFx(() -> editor.body().markLanguage("nl"));
        return start;
    }

    private String statusMix() {
        return robot.lookup("#statusMix").queryAs(Label.class).getText();
    }

    @Test
    void theFrenchInterfaceWritesTheSharesTheFrenchWay() throws Exception {
        ctx = new org.copydesk.ui.common.UiContext(workspace, ANALYZER, background,
                org.copydesk.ui.common.UiContext.loadMessages("fr"));
        openWithADutchPassageMarkedByHand();
        waitUntil(() -> editor.body().appliedVersion() == editor.body().version() && statusMix().contains("nl"));
        // "en 89 % · nl 11 %": a (narrow, no-break) space before the sign, as French writes it, never "89%"
        assertThat(onFx(this::statusMix)).matches("en \\d+\u202f% · nl \\d+\u202f%");
    }

    @Test
    void aDutchPassageMarkedByHandWhoseWordsAreDeletedLeavesNoDutchInTheStatusBarOrTheGutter() throws Exception {
        int start = openWithADutchPassageMarkedByHand();
        waitUntil(() -> editor.body().appliedVersion() == editor.body().version()
                && statusMix().contains("nl") && gutterTags().contains("nl"));

        // the words go; the full stop after them (not selected) stays, under what is left of the mark
        select(start, start + DUTCH.length() - 1);
        key(KeyCode.DELETE);
        assertThat(bodyText()).startsWith("The mayor spoke to reporters this morning. . Then");
        waitUntil(() -> editor.body().appliedVersion() == editor.body().version() && statusMix().startsWith("en"));
        assertThat(onFx(this::statusMix)).isEqualTo("en 100%");
        assertThat(onFx(this::gutterTags)).as("no language tag beside a paragraph with no foreign word").isEmpty();
    }

    @Test
    void f8PassesOverAFullStopLeftUnderAHandMarkWhoseWordsWereDeletedAndTheMarkStays() throws Exception {
        int start = openWithADutchPassageMarkedByHand();
        // a second passage marked by hand, further on, that keeps its words
        String friday = "The minister said she would answer on Friday.";
        int fridayAt = bodyText().indexOf(friday);
        select(fridayAt, fridayAt + friday.length());
        onFx(() -> editor.body().markLanguage("nl"));
        waitUntil(() -> editor.body().appliedVersion() == editor.body().version() && statusMix().contains("nl"));

        // the words of the first go; its full stop stays under what is left of the mark
        select(start, start + DUTCH.length() - 1);
        key(KeyCode.DELETE);
        waitUntil(() -> editor.body().appliedVersion() == editor.body().version());
        int fridayNow = bodyText().indexOf(friday);
        caretTo(0);
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).as("F8 from the start goes to the passage with words")
                .isEqualTo(friday);
        key(KeyCode.SHIFT, KeyCode.F8);
        assertThat(onFx(() -> area().getSelection().getStart())).as("Shift+F8 from there finds nothing before it")
                .isEqualTo(fridayNow);
        assertThat(onFx(() -> editor.body().marks().languages().size())).as("both hand marks kept").isEqualTo(2);
    }
}
