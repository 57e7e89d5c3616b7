package org.copydesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.Author;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.SyncReport;
import org.copydesk.sync.Version;
import org.copydesk.ui.CopydeskApp;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sync in the real window: the first Sync asks for the shared desk (an empty folder becomes one) and the author, sends
 * the desk; another desk's edit comes back merged into the open article; an unreachable remote is said in words.
 */
class SyncUiTest extends DeskWindowTestBase {
    static final Author BEN = new Author("Ben Subeditor", "ben@desk.example");

    void showWindow() throws Exception {
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf("The harbour reopens today.\nShips wait outside.\nThe mayor is pleased.")));
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> window.editor().articleProperty().get() != null);
    }

    String result() {
        return robot.lookup("#syncResult").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    void firstSync(String remote) throws Exception {
        clickWhenShown("#bodyArea");
        robot.press(KeyCode.F9).release(KeyCode.F9);
        waitUntil(() -> robot.lookup("#syncRemote").tryQuery().map(Node::isVisible).orElse(false));
        typeInto("#syncRemote", remote);
        typeInto("#syncName", "Anna Reporter");
        typeInto("#syncEmail", "anna@desk.example");
        clickWhenShown("#syncStart");
    }

    @Test
    void theFirstSyncCreatesTheSharedDeskAndAnEditFromAnotherDeskComesBackMerged() throws Exception {
        showWindow();
        Path shared = tempDir.resolve("shared-desk");
        firstSync(shared.toString());
        waitUntil(() -> result().contains(ctx.text("sync.result.sent", shared.toUri().toString())));
        assertThat(shared.resolve("HEAD")).isRegularFile(); // the empty folder became the shared desk
        String url = shared.toUri().toString();

        // Ben's desk receives the article, edits the last paragraph, and syncs
        Workspace ben = Workspace.open(tempDir.resolve("ben"));
        try (DeskRepository b = DeskRepository.open(ben)) {
            assertThat(b.sync(url, BEN).received()).containsExactly("harbour");
            Article a = ben.get("harbour");
            List<Paragraph> body = new ArrayList<>(a.body());
            body.set(2, Paragraph.of("The mayor is delighted."));
            ben.save(a.withBody(body));
            b.sync(null, BEN);
        }

        // here: an edit of the first paragraph, then Sync; both edits are in the article
        onFx(() -> {
            window.desk().dialog().close();
            return null;
        });
        clickWhenShown("#bodyArea");
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL).write("UPDATE: ");
        robot.press(KeyCode.F9).release(KeyCode.F9);
        waitUntil(() -> result().contains(ctx.text("sync.result.merged", "harbour")));
        StyleClassedTextArea area = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> area.getText().equals("UPDATE: The harbour reopens today.\nShips wait outside.\nThe mayor is delighted."));
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(area.getText());
        assertThat(window.desk().syncingProperty().get()).isFalse();

        // Ben gets the merge; the history says who wrote what
        try (DeskRepository b = DeskRepository.open(ben)) {
            SyncReport r = b.sync(null, BEN);
            assertThat(r.received()).containsExactly("harbour");
            assertThat(ben.get("harbour").bodyText()).startsWith("UPDATE: ");
            assertThat(b.history("harbour")).extracting(Version::author).contains("Anna Reporter", "Ben Subeditor");
        }
    }

    @Test
    void anUnreachableRemoteIsSaidInWordsAndTheDeskIsUntouched() throws Exception {
        showWindow();
        String url = "http://127.0.0.1:9/desk.git";
        firstSync(url);
        String expected = ctx.text("sync.error.UNREACHABLE", url, "§").split("§")[0];
        waitUntil(() -> result().startsWith(expected.substring(0, expected.lastIndexOf('('))));
        assertThat(workspace.get("harbour").bodyText()).startsWith("The harbour reopens today.");
        assertThat(robot.lookup("#syncChangeRemote").tryQuery()).isPresent();
        assertThat(window.desk().syncingProperty().get()).isFalse();
    }

    @Test
    void anAddressThatIsNotOneIsRefusedInWords() throws Exception {
        showWindow();
        Path full = tempDir.resolve("not-a-desk");
        Files.createDirectories(full);
        Files.writeString(full.resolve("notes.txt"), "my notes");
        firstSync(full.toString());
        waitUntil(() -> result().contains("no desk repository"));
        assertThat(full.resolve("notes.txt")).hasContent("my notes");
        assertThat(window.desk().remoteProperty().get()).isNull();
    }
}
