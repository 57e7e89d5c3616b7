package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Limits;
import org.copydesk.storage.SaveRefusedException;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save refused because the story is beyond the limits says why in the interface's language, its figures written
 * that language's way: a headline pasted 120,000 characters long in the French editor is refused in French; the
 * English line the command line and the log print stays as it was.
 */
class SaveRefusedInFrenchTest extends EditorTestBase {
    private static final String ENGLISH = " was not saved: the headline is 120,000 characters long; at most 100,000 fit";

    @Test
    void aHeadlineTooLongIsRefusedInFrenchWithFrenchFigures() throws Exception {
        ctx = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages(Locale.FRENCH), ctx.desk());
        String id = pasteTooLongHeadlineAndSave();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(onFx(pane::getHeaderText)).isEqualTo("L’article n’a pas pu être enregistré");
        assertThat(onFx(pane::getContentText).replaceAll("[\u00a0\u202f]", " "))
                .isEqualTo("Vos modifications sont toujours dans l’éditeur, rien n’est perdu. L’article " + id
                        + " n’a pas été enregistré : le titre compte 120 000 caractères ; 100 000 au plus");
    }

    @Test
    void inEnglishTheWindowSaysWhatTheCommandLineSays() throws Exception {
        ctx = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages(Locale.ENGLISH), ctx.desk());
        String id = pasteTooLongHeadlineAndSave();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(onFx(pane::getContentText)).endsWith(" " + id + ENGLISH);
        Article tooLong = Article.draft(id, "x".repeat(120_000), "en", Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(new SaveRefusedException(id, SaveRefusedException.Action.SAVE, Limits.problemOf(tooLong)).getMessage())
                .isEqualTo(id + ENGLISH);
    }

    @Test
    void aFileTooLargeIsWordedInFrenchWithItsSizes() {
        UiContext fr = new UiContext(null, null, null, UiContext.loadMessages(Locale.FRENCH), null, null);
        SaveRefusedException e = new SaveRefusedException("a1", SaveRefusedException.Action.KEEP,
                new Limits.Problem("file", 140L * 1024 * 1024 + 1024 * 1024 / 2, Limits.MAX_FILE_BYTES));
        assertThat(e.getMessage()).isEqualTo("a1 was not kept: its file would be 140.5 MB, larger than the 128.0 MB"
                + " an article file can be");
        assertThat(org.copydesk.ui.common.Desk.message(fr, e)).isEqualTo("L’article a1 n’a pas été mis de côté : son"
                + " fichier ferait 140,5 Mo, plus que les 128,0 Mo que peut faire un fichier d’article");
    }

    /** Opens a story, pastes a 120,000-character headline, saves with the menu's command; returns the story's id. */
    private String pasteTooLongHeadlineAndSave() throws Exception {
        openEditor(Article.draft("x", "Court", "fr", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(List.of(Paragraph.of("Le texte."))), null);
        String id = onFx(() -> editor.articleProperty().get().id());
        String before = Files.readString(workspace.fileOf(id));
        onFx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("x".repeat(120_000 - "Court".length()));
            Clipboard.getSystemClipboard().setContent(c);
            TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
            headline.requestFocus();
            headline.end();
            return null;
        });
        waitUntil(() -> robot.lookup("#headlineField").queryAs(TextField.class).isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.V);
        waitUntil(() -> robot.lookup("#headlineField").queryAs(TextField.class).getLength() == 120_000);
        var result = WaitForAsyncUtils.asyncFx(() -> editor.save());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(result.get().get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(Files.readString(workspace.fileOf(id))).as("nothing written").isEqualTo(before);
        return id;
    }
}
