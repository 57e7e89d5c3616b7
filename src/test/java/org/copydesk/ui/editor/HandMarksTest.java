package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Hand marks: set on a selection, moved by typing around them, undone and redone like text, saved and reopened. */
class HandMarksTest extends EditorTestBase {

    private static Article article(String... paragraphs) {
        return Article.draft("x", "Hand marks", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    @Test
    void aGermanMarkSurvivesTypingUndoRedoSaveAndReopen() throws Exception {
        openEditor(article("The mayor said Guten Tag to everyone."), null);
        int start = "The mayor said ".length();
        int end = start + "Guten Tag".length();
        select(start, end);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT, KeyCode.CONTROL);
        assertThat(onFx(() -> editor.body().marks().languages()))
                .containsExactly(new LanguageMark(start, end, "de", MarkOrigin.MANUAL));
        assertThat(classesAt(start)).contains("hand-mark", "foreign", "lang-de");
        assertThat(classesAt(start - 1)).doesNotContain("hand-mark");

        caretTo(0);
        robot.write("Today ");
        caretTo(onFx(() -> area().getLength()) - 1);
        robot.write(" and left");
        assertThat(bodyText()).isEqualTo("Today The mayor said Guten Tag to everyone and left.");
        int shifted = start + "Today ".length();
        assertThat(onFx(() -> editor.body().marks().languages()))
                .containsExactly(new LanguageMark(shifted, shifted + 9, "de", MarkOrigin.MANUAL));
        assertThat(classesAt(shifted)).contains("hand-mark", "lang-de");

        // typing undoes a word at a time: "left", "and ", " ", then "Today ", then the mark itself
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(bodyText()).isEqualTo("Today The mayor said Guten Tag to everyone.");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(bodyText()).isEqualTo("The mayor said Guten Tag to everyone.");
        assertThat(onFx(() -> editor.body().marks().languages()))
                .containsExactly(new LanguageMark(start, end, "de", MarkOrigin.MANUAL));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(onFx(() -> editor.body().marks().languages())).isEmpty();
        // the hand mark is gone; the analyser may still find the German on its own, so only the hand style is checked
        assertThat(classesAt(start)).doesNotContain("hand-mark");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();

        // redo everything
        for (int i = 0; i < 5; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        }
        assertThat(bodyText()).isEqualTo("Today The mayor said Guten Tag to everyone and left.");
        assertThat(onFx(() -> editor.body().marks().languages()))
                .containsExactly(new LanguageMark(shifted, shifted + 9, "de", MarkOrigin.MANUAL));
        assertThat(onFx(() -> editor.dirtyProperty().get())).isTrue();

        assertThat(await(() -> editor.save())).isTrue();
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
        String id = onFx(() -> editor.articleProperty().get().id());
        assertThat(Files.readString(workspace.fileOf(id))).contains("\"de\"");
        assertThat(workspace.get(id).languageMarks())
                .containsExactly(new LanguageMark(shifted, shifted + 9, "de", MarkOrigin.MANUAL));

        reopen();
        assertThat(onFx(() -> editor.body().marks().languages()))
                .containsExactly(new LanguageMark(shifted, shifted + 9, "de", MarkOrigin.MANUAL));
        assertThat(classesAt(shifted)).contains("hand-mark", "lang-de");
        assertThat(onFx(() -> area().isUndoAvailable())).isFalse();
    }
}
