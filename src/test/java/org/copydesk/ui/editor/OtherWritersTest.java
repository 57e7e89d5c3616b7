package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The app sees other writers: the open article's file is changed on disk behind the editor (by the command line, a
 * text editor, a git pull). Without unsaved edits the editor reloads and keeps the caret at the same text; with
 * unsaved edits a banner offers keep mine / take theirs / save mine as a copy, and whichever the user picks, the other
 * version is kept somewhere.
 */
class OtherWritersTest extends EditorTestBase {
    private static final FakeAnalysis NONE = new FakeAnalysis(Map.of());

    private static Article article(String... paragraphs) {
        return Article.draft("x", "Council budget", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    private String openId() throws Exception {
        return onFx(() -> editor.articleProperty().get().id());
    }

    /** A text editor's save: the JSON rewritten in place, revision untouched, not atomically. */
    private void editFileByHand(String id, String from, String to) throws Exception {
        Path f = workspace.fileOf(id);
        String json = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        Files.writeString(f, json.replace(from, to), StandardCharsets.UTF_8);
    }

    private String bannerText() throws Exception {
        return onFx(() -> robot.lookup("#diskBannerMessage").queryAs(Label.class).getText());
    }

    private boolean bannerShows(String buttonId) {
        return robot.lookup("#" + buttonId).tryQuery().filter(n -> n.isVisible()).isPresent();
    }

    private List<Path> trash(String suffix) throws Exception {
        Path t = workspace.root().resolve(Workspace.TRASH);
        if (!Files.isDirectory(t)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(t)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void withoutUnsavedEditsAChangeOnDiskIsReloadedAndTheCaretStaysAtTheSameText() throws Exception {
        openEditor(article("The council met on Monday.", "It voted the budget at noon."), NONE);
        String id = openId();
        String before = bodyText();
        caretTo(before.indexOf("noon"));
        // the command line (another process would do the same) saves a new version: a paragraph above the caret grows
        workspace.update(id, a -> a.withBody(List.of(Paragraph.of("The city council met late on Monday evening."),
                Paragraph.of("It voted the budget at noon."))));
        waitUntil(() -> area().getText().startsWith("The city council"));
        String after = bodyText();
        assertThat(onFx(() -> area().getCaretPosition())).as("caret still before 'noon'").isEqualTo(after.indexOf("noon"));
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
        waitUntil(() -> bannerShows("diskDismiss"));
        assertThat(bannerText()).contains("Reloaded").contains("1 paragraph differs");

        // a text editor changes the file without touching its revision: noticed and reloaded too
        editFileByHand(id, "at noon", "at midnight");
        waitUntil(() -> area().getText().endsWith("at midnight."));
        assertThat(onFx(() -> editor.articleProperty().get().bodyText())).endsWith("at midnight.");
    }

    @Test
    void keepMineSavesMyVersionAndPutsTheirsInTheTrash() throws Exception {
        openEditor(article("Shared text."), NONE);
        String id = openId();
        caretTo(0);
        robot.write("Mine. ");
        waitUntil(() -> editor.dirtyProperty().get());
        editFileByHand(id, "Shared text.", "Theirs text.");
        waitUntil(() -> bannerShows("keepMine"));
        assertThat(bannerText()).contains("Changed on disk").contains("1 paragraph differs");
        assertThat(bodyText()).as("my edits are still here").isEqualTo("Mine. Shared text.");

        // while the choice waits, a save never goes over their version (the check before every save)
        assertThat(await(() -> editor.save())).isFalse();
        assertThat(workspace.get(id).bodyText()).isEqualTo("Theirs text.");
        assertThat(bannerShows("takeTheirs")).isTrue();

        clickWhenShown("#keepMine");
        waitUntil(() -> !editor.dirtyProperty().get() && bannerShows("diskDismiss"));
        assertThat(workspace.get(id).bodyText()).isEqualTo("Mine. Shared text.");
        List<Path> kept = trash(".theirs.json");
        assertThat(kept).hasSize(1);
        assertThat(Files.readString(kept.get(0))).contains("Theirs text.");
        assertThat(bannerText()).contains(kept.get(0).getFileName().toString());
    }

    @Test
    void takeTheirsShowsTheVersionOnDiskAndKeepsMineInTheTrash() throws Exception {
        openEditor(article("Shared text.", "Second paragraph."), NONE);
        String id = openId();
        caretTo(0);
        robot.write("Mine. ");
        waitUntil(() -> editor.dirtyProperty().get());
        workspace.update(id, a -> a.withHeadline("Council budget (corrected)").withBody(List.of(Paragraph.of("Theirs text."),
                Paragraph.of("Second paragraph."))));
        waitUntil(() -> bannerShows("takeTheirs"));
        assertThat(bannerText()).contains("headline changed");

        clickWhenShown("#takeTheirs");
        waitUntil(() -> area().getText().startsWith("Theirs text."));
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
        assertThat(onFx(() -> robot.lookup("#headlineField").queryAs(TextField.class).getText()))
                .isEqualTo("Council budget (corrected)");
        assertThat(workspace.get(id).bodyText()).isEqualTo("Theirs text.\nSecond paragraph.");
        List<Path> kept = trash(".mine.json");
        assertThat(kept).hasSize(1);
        assertThat(Files.readString(kept.get(0))).contains("Mine. Shared text.");
        assertThat(bannerText()).contains(kept.get(0).getFileName().toString());
    }

    @Test
    void saveMineAsACopyMakesANewArticleAndShowsTheirsHere() throws Exception {
        openEditor(article("Shared text."), NONE);
        List<String> opened = new ArrayList<>();
        onFx(() -> {
            editor.setArticleOpener(opened::add);
            return null;
        });
        String id = openId();
        caretTo(0);
        robot.write("Mine. ");
        waitUntil(() -> editor.dirtyProperty().get());
        editFileByHand(id, "Shared text.", "Theirs text.");
        waitUntil(() -> bannerShows("saveMineAsCopy"));

        clickWhenShown("#saveMineAsCopy");
        waitUntil(() -> !opened.isEmpty());
        String copyId = opened.get(0);
        assertThat(copyId).isNotEqualTo(id);
        Article copy = workspace.get(copyId);
        assertThat(copy.headline()).isEqualTo("Council budget (my version)");
        assertThat(copy.bodyText()).isEqualTo("Mine. Shared text.");
        assertThat(workspace.get(id).bodyText()).isEqualTo("Theirs text.");
        waitUntil(() -> area().getText().equals("Theirs text."));
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
        assertThat(bannerText()).contains("Council budget (my version)");
    }

    /** Opens "Shared text.", types "Mine. " before it, moves the file away and waits for the banner's Keep mine. */
    private String typeThenRemoveTheFile() throws Exception {
        openEditor(article("Shared text."), NONE);
        String id = openId();
        caretTo(0);
        robot.write("Mine. ");
        waitUntil(() -> editor.dirtyProperty().get());
        Files.move(workspace.fileOf(id), tempDir.resolve("moved-away.json"));
        waitUntil(() -> bannerShows("keepMine"));
        return id;
    }

    @Test
    void aFileRemovedWhileEditingCanBeSavedAgain() throws Exception {
        String id = typeThenRemoveTheFile();
        assertThat(bannerShows("takeTheirs")).as("there is no other version to take").isFalse();
        assertThat(bannerText()).contains("removed from the workspace");
        clickWhenShown("#keepMine");
        try {
            waitUntil(() -> Files.exists(workspace.fileOf(id)) && !editor.dirtyProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            // this wait timed out about 3 times in 25 on a busy machine, cause unknown: say what state it was left in
            String banner = bannerText();
            throw new AssertionError(onFx(() -> "after Keep mine: file there " + Files.exists(workspace.fileOf(id))
                    + ", unsaved " + editor.dirtyProperty().get() + ", Keep mine still shown " + bannerShows("keepMine")
                    + ", banner " + banner), e);
        }
        assertThat(workspace.get(id).bodyText()).isEqualTo("Mine. Shared text.");
    }

    /**
     * The removal is noticed twice (the watcher reports the article again, or a sync re-reads it) while the banner is
     * up: the Keep mine the user is pointing at stays the same button, laid out where it was, so a click made as the
     * second notice arrives is not lost (it was: the banner's buttons were rebuilt, and a click that came before the
     * next layout hit nothing and left the edits unsaved).
     */
    @Test
    void aSecondNoticeOfTheSameRemovalKeepsTheButtonUnderThePointer() throws Exception {
        String id = typeThenRemoveTheFile();
        // laid out first: a button just shown has no place yet
        waitUntil(() -> laidOut(robot.lookup("#keepMine").query()));
        javafx.scene.Node button = onFx(() -> robot.lookup("#keepMine").query());
        javafx.geometry.Bounds at = onFx(() -> button.localToScreen(button.getBoundsInLocal()));
        onFx(() -> {
            editor.checkDisk();
            return null;
        });
        ctx.desk().drained().get(60, java.util.concurrent.TimeUnit.SECONDS);
        // the second notice is answered on the FX thread before this look (answers are queued in order)
        onFx(() -> {
            assertThat((Object) robot.lookup("#keepMine").query()).as("the same Keep mine button").isSameAs(button);
            assertThat(button.localToScreen(button.getBoundsInLocal())).isEqualTo(at);
            return null;
        });
        clickWhenShown("#keepMine");
        waitUntil(() -> Files.exists(workspace.fileOf(id)) && !editor.dirtyProperty().get());
        assertThat(workspace.get(id).bodyText()).isEqualTo("Mine. Shared text.");
    }
}
