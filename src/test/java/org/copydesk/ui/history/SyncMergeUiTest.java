package org.copydesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.Conflict;
import org.copydesk.sync.ConflictRecords;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.Version;
import org.copydesk.ui.CopydeskApp;
import org.eclipse.jgit.api.Git;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two desks cloned from one bare repository (file://): this desk types in the open article, Ben's desk changes the
 * same article and sends it, and this desk syncs. The other desk's paragraph merges into the editor with the typing
 * kept; the same paragraph on both sides shows the conflict bar with the editor's text as "mine".
 */
class SyncMergeUiTest extends DeskWindowTestBase {
    static final String BASE = "The harbour reopens today.\nShips wait outside.\nThe mayor is pleased.\nCranes are back.";
    Workspace ben;

    /** This desk and Ben's both hold the article, synced through a bare repository; the window shows it. */
    void twoDesksAndTheWindow() throws Exception {
        Path remote = tempDir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(DeskRepository.BRANCH).call().close();
        String url = remote.toUri().toString();
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(BASE)));
        ben = Workspace.open(tempDir.resolve("ben"));
        try (DeskRepository a = DeskRepository.open(workspace); DeskRepository b = DeskRepository.open(ben)) {
            a.sync(url, ConflictBarTest.ANNA);
            assertThat(b.sync(url, ConflictBarTest.BEN).received()).containsExactly("harbour");
        }
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> window.editor().articleProperty().get() != null && window.desk().remoteProperty().get() != null);
    }

    /** Ben's desk sets paragraph {@code n} and sends it. */
    void benSends(int n, String text) throws Exception {
        try (DeskRepository b = DeskRepository.open(ben)) {
            ConflictBarTest.setParagraph(ben, n, text);
            b.sync(null, ConflictBarTest.BEN);
        }
    }

    /** Waits (reading the file off the FX thread) until the article's file holds {@code text} as its body. */
    void waitForFile(String text) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workspace.get("harbour").bodyText().equals(text));
    }

    StyleClassedTextArea body() {
        return robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
    }

    boolean shown(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    void typeAtTheStart(String text) throws Exception {
        clickWhenShown("#bodyArea");
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL).write(text);
        waitUntil(() -> body().getText().startsWith(text + "The harbour") && window.editor().dirtyProperty().get());
    }

    @Test
    void typingHereAndAParagraphFromTheOtherDeskBothStayAfterSyncAndOneUndoTakesTheMergeBack() throws Exception {
        twoDesksAndTheWindow();
        typeAtTheStart("UPDATE: ");
        benSends(2, "The mayor is delighted.");

        robot.press(KeyCode.F9).release(KeyCode.F9);
        String merged = "UPDATE: The harbour reopens today.\nShips wait outside.\nThe mayor is delighted.\nCranes are back.";
        waitUntil(() -> body().getText().equals(merged) && !window.desk().syncingProperty().get());
        assertThat(onFx(() -> body().getCaretPosition())).as("the caret stays after the words typed")
                .isEqualTo("UPDATE: ".length());
        assertThat(shown("#conflictBar")).isFalse();
        assertThat(shown("#keepMine")).as("no changed-on-disk choice").isFalse();
        waitForFile(merged);

        onFx(() -> {
            window.desk().dialog().close();
            body().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> body().getText().equals("UPDATE: " + BASE));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> body().getText().equals(merged) && !window.editor().dirtyProperty().get());
    }

    @Test
    void theSameParagraphOnBothDesksShowsTheConflictBarWithTheTextTypedHereAsMine() throws Exception {
        twoDesksAndTheWindow();
        benSends(0, "The harbour reopened this morning.");
        typeAtTheStart("UPDATE: ");

        // the background round, at once: it does not wait for the edit to be saved (if autosave still comes first, the
        // sync itself finds the conflict, and the bar shows the same)
        onFx(() -> {
            window.desk().sync(false);
            return null;
        });
        waitUntil(() -> shown("#conflictBar") && !window.desk().syncingProperty().get());
        assertThat(robot.lookup("#conflictMineText").queryAs(Label.class).getText()).contains("UPDATE: The harbour reopens today.");
        assertThat(robot.lookup("#conflictTheirsText").queryAs(Label.class).getText()).contains("The harbour reopened this morning.");
        String both = "UPDATE: The harbour reopens today.\nThe harbour reopened this morning.\nShips wait outside.\n"
                + "The mayor is pleased.\nCranes are back.";
        assertThat(body().getText()).isEqualTo(both);
        assertThat(shown("#keepMine")).as("no changed-on-disk choice").isFalse();
        waitForFile(both);
        assertThat(ConflictRecords.of(workspace, "harbour")).containsExactly(new Conflict(Conflict.BODY,
                List.of("UPDATE: The harbour reopens today."), List.of("The harbour reopened this morning.")));

        // both versions are in the desk's history
        window.desk().commits().flushAll().get(60, TimeUnit.SECONDS);
        List<String> versions = window.desk().queue().submit(r -> {
            List<String> out = new ArrayList<>();
            for (Version v : r.history("harbour")) {
                out.add(r.articleAt("harbour", v.commit()).bodyText());
            }
            return out;
        }).get(60, TimeUnit.SECONDS);
        assertThat(versions).contains(both);

        clickWhenShown("#conflictMine");
        String mine = "UPDATE: " + BASE;
        waitUntil(() -> body().getText().equals(mine) && !shown("#conflictBar") && !window.editor().dirtyProperty().get());
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(mine);
        assertThat(ConflictRecords.of(workspace, "harbour")).isEmpty();
    }
}
