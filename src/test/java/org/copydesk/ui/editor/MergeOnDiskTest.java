package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.StoryDetails;
import org.copydesk.sync.Conflict;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;

/**
 * The open article changes on disk (another program, a sync) while the editor has unsaved edits: the change merges
 * with the editor's state, paragraph by paragraph, as one undoable step, and what was unsaved stays unsaved.
 */
class MergeOnDiskTest extends EditorTestBase {
    private static final FakeAnalysis NONE = new FakeAnalysis(Map.of());

    private static Article article(String... paragraphs) {
        return Article.draft("x", "Council budget", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    private String openId() throws Exception {
        return onFx(() -> editor.articleProperty().get().id());
    }

    /** Another writer sets paragraph {@code n} (a save of its own: the revision moves on). */
    private void otherWriterSets(String id, int n, String text) throws Exception {
        workspace.update(id, a -> {
            List<Paragraph> body = new ArrayList<>(a.body());
            body.set(n, Paragraph.of(text));
            return a.withBody(body);
        });
    }

    private boolean shows(String id) {
        return robot.lookup("#" + id).tryQuery().filter(n -> n.isVisible()).isPresent();
    }

    private int caretParagraph() throws Exception {
        return onFx(() -> area().offsetToPosition(area().getCaretPosition(), TwoDimensional.Bias.Forward).getMajor());
    }

    private void noAutosave() throws Exception {
        onFx(() -> {
            editor.setAutosaveDelay(Duration.hours(1));
            return null;
        });
    }

    @Test
    void unsavedTextMarksAndFactsMergeWithAChangeOnDiskAndOneUndoTakesTheMergeBack() throws Exception {
        openEditor(article("The council met on Monday.", "It voted the budget.", "The mayor spoke."), NONE);
        noAutosave();
        String id = openId();
        long revision = workspace.get(id).revision();
        // unsaved here: words typed in the first paragraph, a hand mark in the second, a story fact
        caretTo("The council met".length());
        robot.write(" late");
        waitUntil(() -> area().getText().startsWith("The council met late on Monday."));
        int caret = onFx(() -> area().getCaretPosition());
        String typed = "The council met late on Monday.\nIt voted the budget.\nThe mayor spoke.";
        int budget = typed.indexOf("budget");
        onFx(() -> {
            area().selectRange(budget, budget + "budget".length());
            editor.body().markLanguage("fr");
            area().moveTo(caret);
            editor.factsProperty().set(editor.factsProperty().get().withDetails(StoryDetails.NONE.withSection("City")));
            return null;
        });
        waitUntil(() -> editor.dirtyProperty().get());

        otherWriterSets(id, 2, "The mayor spoke at length.");

        String merged = "The council met late on Monday.\nIt voted the budget.\nThe mayor spoke at length.";
        waitUntil(() -> area().getText().equals(merged));
        assertThat(onFx(() -> area().getCaretPosition())).as("the caret stays after the word typed").isEqualTo(caret);
        assertThat(caretParagraph()).isZero();
        assertThat(onFx(() -> editor.dirtyProperty().get())).as("my edits are still unsaved").isTrue();
        assertThat(onFx(() -> editor.edited().orElseThrow().languageMarks()))
                .containsExactly(new LanguageMark(budget, budget + "budget".length(), "fr", MarkOrigin.MANUAL));
        assertThat(onFx(() -> editor.factsProperty().get().details().section())).isEqualTo("City");
        assertThat(onFx(() -> editor.articleProperty().get().revision())).as("standing on the file's revision")
                .isEqualTo(revision + 1);
        waitUntil(() -> shows("diskDismiss"));
        assertThat(shows("keepMine")).as("no choice to make").isFalse();
        assertThat(onFx(() -> robot.lookup("#diskBannerMessage").queryAs(Label.class).getText())).contains("Merged");
        assertThat(workspace.get(id).bodyText()).as("nothing written yet").isEqualTo(
                "The council met on Monday.\nIt voted the budget.\nThe mayor spoke at length.");

        // one undo takes the merge back, my typing and mark stay; redo brings it again
        onFx(() -> {
            area().requestFocus();
            return null;
        });
        key(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> area().getText().equals(typed));
        assertThat(onFx(() -> editor.edited().orElseThrow().languageMarks())).hasSize(1);
        // the note about the merge goes with it, and comes back with the redo
        waitUntil(() -> !shows("diskBanner"));
        key(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> area().getText().equals(merged));
        waitUntil(() -> shows("diskDismiss"));
        assertThat(onFx(() -> robot.lookup("#diskBannerMessage").queryAs(Label.class).getText())).contains("Merged");
        // dismissed, it stays away through undo and redo
        clickWhenShown("#diskDismiss");
        waitUntil(() -> !shows("diskBanner"));
        onFx(() -> {
            area().requestFocus();
            return null;
        });
        key(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> area().getText().equals(typed));
        key(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> area().getText().equals(merged));
        assertThat(shows("diskBanner")).as("a dismissed note is not brought back").isFalse();

        assertThat(await(() -> editor.save())).isTrue();
        Article saved = workspace.get(id);
        assertThat(saved.bodyText()).isEqualTo(merged);
        assertThat(saved.details().section()).isEqualTo("City");
        assertThat(saved.languageMarks()).containsExactly(new LanguageMark(budget, budget + 6, "fr", MarkOrigin.MANUAL));
        assertThat(saved.revision()).isEqualTo(revision + 2);
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void undoAndRedoOfAMergeFromDiskPutTheCaretAtTheChangeNotAtTheEndOfTheBody() throws Exception {
        openEditor(article("The council met on Monday.", "It voted the budget.", "The mayor spoke.",
                "The meeting ended at ten."), NONE);
        noAutosave();
        String id = openId();
        caretTo("The council met".length());
        robot.write(" late");
        String typed = "The council met late on Monday.\nIt voted the budget.\nThe mayor spoke.\nThe meeting ended at ten.";
        waitUntil(() -> area().getText().equals(typed));

        otherWriterSets(id, 1, "It voted the budget on Tuesday.");

        String merged = typed.replace("budget.", "budget on Tuesday.");
        waitUntil(() -> area().getText().equals(merged));
        onFx(() -> {
            area().requestFocus();
            return null;
        });
        key(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> area().getText().equals(typed));
        assertThat(onFx(() -> area().getCaretPosition())).as("where the merge's words were taken out, in paragraph 2")
                .isEqualTo(typed.indexOf("budget") + "budget".length());
        key(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> area().getText().equals(merged));
        assertThat(onFx(() -> area().getCaretPosition())).as("after the merge's words, put back")
                .isEqualTo(merged.indexOf("Tuesday") + "Tuesday".length());
        assertThat(caretParagraph()).isEqualTo(1);
    }

    @Test
    void withNothingUnsavedTheChangeIsShownSavedAndUndoTakesItBack() throws Exception {
        openEditor(article("One paragraph.", "Two paragraphs.", "Three paragraphs."), NONE);
        noAutosave();
        String id = openId();
        caretTo("One paragraph.\nTwo".length());
        otherWriterSets(id, 0, "One paragraph, edited elsewhere.");
        waitUntil(() -> area().getText().startsWith("One paragraph, edited elsewhere."));
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
        assertThat(caretParagraph()).isEqualTo(1);
        onFx(() -> {
            area().requestFocus();
            return null;
        });
        key(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> area().getText().startsWith("One paragraph.\n"));
        assertThat(onFx(() -> editor.dirtyProperty().get())).as("the body differs from the file now").isTrue();
        key(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> area().getText().startsWith("One paragraph, edited elsewhere."));
        assertThat(onFx(() -> editor.dirtyProperty().get())).as("back as the file holds it").isFalse();
    }

    @Test
    void theSameParagraphChangedOnBothSidesKeepsBothVersionsSavedForTheConflictBar() throws Exception {
        openEditor(article("Shared text.", "Second paragraph."), NONE);
        noAutosave();
        List<Object[]> told = new CopyOnWriteArrayList<>();
        onFx(() -> {
            editor.setConflictKeeper((id, conflicts) -> told.add(new Object[] {id, conflicts}));
            return null;
        });
        String id = openId();
        caretTo(0);
        robot.write("Mine. ");
        waitUntil(() -> area().getText().startsWith("Mine. Shared text."));
        otherWriterSets(id, 0, "Theirs text.");

        waitUntil(() -> !told.isEmpty());
        String both = "Mine. Shared text.\nTheirs text.\nSecond paragraph.";
        assertThat(bodyText()).isEqualTo(both);
        assertThat(told.get(0)[0]).isEqualTo(id);
        assertThat(told.get(0)[1]).isEqualTo(List.of(new Conflict(Conflict.BODY, List.of("Mine. Shared text."),
                List.of("Theirs text."))));
        assertThat(workspace.get(id).bodyText()).as("both versions saved").isEqualTo(both);
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
        assertThat(shows("keepMine")).as("the conflict bar decides, not the changed-on-disk banner").isFalse();
        assertThat(caretParagraph()).isZero();

        onFx(() -> {
            area().requestFocus();
            return null;
        });
        key(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> area().getText().equals("Mine. Shared text.\nSecond paragraph."));
    }
}
