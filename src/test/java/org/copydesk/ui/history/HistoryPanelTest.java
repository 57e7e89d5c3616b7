package org.copydesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.copydesk.model.Article;
import org.copydesk.sync.Author;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.Version;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.editor.ArticleEditor;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The History panel in the real window: versions listed, two compared word by word, one restored and undone. */
class HistoryPanelTest extends DeskWindowTestBase {
    static final String FIRST = "The harbour reopens today.";
    static final String SECOND = "The harbour reopens on Monday after repairs.";

    /** An article with two versions: Anna wrote the first, Ben the second. */
    void twoVersions() throws Exception {
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(FIRST)));
        try (DeskRepository repo = DeskRepository.open(workspace)) {
            repo.commitAll(new Author("Anna Reporter", "anna@desk.example"), "First");
            Article a = workspace.get("harbour");
            workspace.save(a.withBody(Article.paragraphsOf(SECOND)));
            repo.commitArticles(List.of("harbour"), new Author("Ben Subeditor", "ben@desk.example"), "Second");
        }
    }

    /** The main window on the shared stage (the first in a run builds a lot: a generous limit, not a timing). */
    MainWindow showWindow() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
    }

    ListView<Version> versions() {
        return robot.lookup("#historyList").queryAs(ListView.class);
    }

    StyleClassedTextArea body() {
        return robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
    }

    void openHistory() throws Exception {
        window = showWindow();
        waitUntil(() -> window.editor().articleProperty().get() != null);
        clickWhenShown("#bodyArea");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#historyList").tryQuery().map(Node::isVisible).orElse(false)
                && versions().getItems().size() == 2);
    }

    @Test
    void listsTheVersionsWithAuthorAndWordsThenComparesTwoWordByWord() throws Exception {
        twoVersions();
        openHistory();
        assertThat(onFx(() -> robot.lookup("#historyHeading").queryAs(Labeled.class).getText()))
                .startsWith("2 versions of “Harbour reopens”. Select one");
        Version newest = versions().getItems().get(0);
        assertThat(newest.author()).isEqualTo("Ben Subeditor");
        assertThat(versions().getItems().get(1).author()).isEqualTo("Anna Reporter");
        waitUntil(() -> robot.lookup("#historyList .list-cell").queryAll().stream()
                .anyMatch(c -> c instanceof Labeled l && l.getText() != null
                        && l.getText().contains("Ben Subeditor") && l.getText().contains("+4 / −1")));

        robot.interact(() -> versions().getSelectionModel().selectAll());
        clickWhenShown("#historyCompare");
        waitUntil(() -> !styled("diff-added").isEmpty());
        assertThat(styled("diff-added")).contains("on Monday after repairs");
        assertThat(styled("diff-removed")).contains("today");
        assertThat(((TextFlow) robot.lookup("#historyComparison").query()).getChildren().stream()
                .map(n -> ((Text) n).getText()).reduce("", String::concat)).contains("The harbour reopens");
    }

    /** The text of the comparison's parts with one style, joined. */
    String styled(String style) {
        TextFlow flow = robot.lookup("#historyComparison").queryAs(TextFlow.class);
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n.getStyleClass().contains(style)) {
                sb.append(((Text) n).getText());
            }
        }
        return sb.toString();
    }

    @Test
    void restoringAVersionSavesItAsANewVersionAndCtrlZBringsTheTextBack() throws Exception {
        twoVersions();
        openHistory();
        robot.interact(() -> versions().getSelectionModel().clearAndSelect(1)); // Anna's first version
        clickWhenShown("#historyRestore");
        waitUntil(() -> body().getText().equals(FIRST) && !window.editor().dirtyProperty().get());
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(FIRST);
        // the restore is committed at once, as a new version on top: nothing is lost
        waitUntil(() -> versions().getItems().size() == 3);
        assertThat(versions().getItems().get(0).wordsRemoved()).isEqualTo(4);

        clickWhenShown("#bodyArea");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> body().getText().equals(SECOND));
        ArticleEditor editor = window.editor();
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void aDeskWithoutHistoryOffersToStartOne() throws Exception {
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(FIRST)));
        window = showWindow();
        waitUntil(() -> window.editor().articleProperty().get() != null);
        onFx(() -> {
            window.showPanel("history");
            return null;
        });
        waitUntil(() -> robot.lookup("#historyStart").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(tempDir.resolve("workspace/.git")).doesNotExist();
        clickWhenShown("#historyStart");
        waitUntil(() -> versions().getItems().size() == 1);
        assertThat(tempDir.resolve("workspace/.git")).isDirectory();
        // one version, counted as one, of the story named by its headline (not its file name)
        assertThat(onFx(() -> robot.lookup("#historyHeading").queryAs(Labeled.class).getText()))
                .startsWith("1 version of “Harbour reopens”. Select one");
    }
}
