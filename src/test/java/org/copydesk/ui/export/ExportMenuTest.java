package org.copydesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.analysis.Analyzer;
import org.copydesk.export.ExportSession;
import org.copydesk.export.PreflightFinding;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.common.UiContext;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Export… in the real main window, and "Go to" a finding landing in the editor. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    @TempDir
    static Path dir;
    MainWindow window;
    UiContext ctx;
    ExecutorService background;

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(Files.createTempDirectory(dir, "ws"));
        Instant t = Instant.parse("2026-11-26T10:00:00Z");
        ws.save(Article.draft("first", "First story", "en", t).withStatus(ArticleStatus.READY)
                .withBody(List.of(Paragraph.of("One two three."), Paragraph.of("Four five six seven."), Paragraph.of("Share this:"))));
        ws.save(Article.draft("second", "Second story", "en", t).withByline("By Kim")
                .withBody(List.of(Paragraph.of("Eight nine."))));
        background = CopydeskApp.newBackgroundExecutor();
        ctx = new UiContext(ws, new Analyzer(), background, UiContext.loadMessages());
        window = CopydeskApp.show(stage, ctx);
    }

    @AfterEach
    void stop() {
        ctx.desk().close();
        background.shutdownNow();
    }

    private MenuItem exportItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> "menu.file.export".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void fileExportOpensTheDialogWithTheSelectedArticleTicked(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> window.list().selectedProperty().get() != null);
        robot.interact(() -> window.list().select("second"));
        MenuItem item = exportItem(robot);
        assertThat(item.getText()).isEqualTo("_Export…");
        robot.interact(item::fire);
        waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && "Export".equals(s.getTitle())));
        Window w = robot.listWindows().stream().filter(x -> x instanceof Stage s && "Export".equals(s.getTitle())).findFirst().orElseThrow();
        var list = robot.from(w.getScene().getRoot()).lookup("#exportArticles").queryListView();
        waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        ExportSession.Item first = (ExportSession.Item) list.getItems().get(0);
        assertThat(first.id()).isEqualTo("second");
        assertThat(first.included()).isTrue();
        robot.interact(() -> ((Stage) w).close());
    }

    @Test
    void editingAfterExportKeepsTheExportedStatusAndRecord(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> window.list().selectedProperty().get() != null);
        robot.interact(() -> window.list().select("second"));
        robot.interact(exportItem(robot)::fire);
        waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && "Export".equals(s.getTitle())));
        Stage w = (Stage) robot.listWindows().stream().filter(x -> x instanceof Stage s && "Export".equals(s.getTitle())).findFirst().orElseThrow();
        Path out = Files.createTempDirectory(dir, "out");
        var dialogRoot = w.getScene().getRoot();
        var list = robot.from(dialogRoot).lookup("#exportArticles").queryListView();
        waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty() && ((ExportSession.Item) list.getItems().get(0)).checked() != null);
        robot.interact(() -> robot.from(dialogRoot).lookup("#exportDestination").queryAs(TextField.class).setText(out.toString()));
        FxTestBase.clickWhenShown(robot, () -> dialogRoot.lookup("#exportRun"));
        waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out.resolve("second.html")));
        waitFor(10, TimeUnit.SECONDS, () -> !robot.from(dialogRoot).lookup("#exportClose").queryButton().isDisabled());
        robot.interact(w::close);

        robot.interact(() -> robot.lookup("#headlineField").queryAs(TextField.class).setText("Second story, updated"));
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        Article stored = ctx.workspace().get("second");
        assertThat(stored.headline()).isEqualTo("Second story, updated");
        assertThat(stored.status()).isEqualTo(ArticleStatus.EXPORTED);
        assertThat(stored.exports()).hasSize(1);
    }

    /**
     * "Fix all quotation marks" on the article open in the editor is made in the editor: its text changes as one step,
     * saved, with no changed-on-disk banner, and Ctrl+Z in the text takes the fix back.
     */
    @Test
    void fixAllQuotationMarksOfTheOpenArticleIsOneUndoableStepOfTheEditor(FxRobot robot) throws Exception {
        String guillemets = "The mayor said «we will build» and «we will pay» at the meeting.";
        String curly = "The mayor said \u201Cwe will build\u201D and \u201Cwe will pay\u201D at the meeting.";
        ctx.workspace().save(Article.draft("quotes", "Guillemets in English", "en", Instant.parse("2026-11-26T10:00:00Z"))
                .withByline("By Kim").withBody(List.of(Paragraph.of(guillemets))));
        waitFor(10, TimeUnit.SECONDS, () -> window.list().selectedProperty().get() != null);
        robot.interact(() -> window.list().select("quotes"));
        StyleClassedTextArea body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        waitFor(10, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> body.getText().equals(guillemets)));
        long revision = ctx.workspace().get("quotes").revision();
        Stage dialog = exportDialogShowingFindingsOf(robot, "quotes");
        Parent root = dialog.getScene().getRoot();
        FxTestBase.clickWhenShown(robot, () -> root.lookup("#exportFixQuotes"));
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> body.getText().equals(curly)
                && !window.editor().dirtyProperty().get()
                && ((Label) root.lookup("#exportStatus")).getText().contains("which is open")));
        assertThat(ctx.workspace().get("quotes").bodyText()).isEqualTo(curly);
        assertThat(ctx.workspace().get("quotes").revision()).isEqualTo(revision + 1);
        // the dialog's own undo is not offered: the editor's is the one
        assertThat(FxTestBase.onFx(() -> root.lookup("#exportUndoFix").isVisible())).isFalse();
        robot.interact(dialog::close);

        FxTestBase.clickWhenShown(robot, () -> robot.lookup("#bodyArea").tryQuery().orElse(null));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> body.getText().equals(guillemets)));
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        assertThat(ctx.workspace().get("quotes").bodyText()).isEqualTo(guillemets);
        assertThat(robot.lookup("#diskBanner").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
    }

    /** Opens File ▸ Export… with {@code id} selected and waits for its preflight findings to be listed. */
    private Stage exportDialogShowingFindingsOf(FxRobot robot, String id) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> window.list().selectedProperty().get() != null);
        robot.interact(() -> window.list().select(id));
        robot.interact(exportItem(robot)::fire);
        waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && "Export".equals(s.getTitle())));
        Stage w = (Stage) robot.listWindows().stream().filter(x -> x instanceof Stage s && "Export".equals(s.getTitle())).findFirst().orElseThrow();
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> w.getScene().lookup("#exportFindings") instanceof TreeView<?> t
                && !t.getRoot().getChildren().isEmpty()));
        return w;
    }

    /** Clicks the finding of {@code check} in the dialog's list of findings, then its "Go to" button, as a user does. */
    private void goTo(FxRobot robot, Stage dialog, PreflightFinding.Check check) throws Exception {
        Parent root = dialog.getScene().getRoot();
        FxTestBase.clickWhenShown(robot, () -> root.lookup("#exportFindings").lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof ExportDialog.Row row
                        && row.finding().check() == check)
                .findFirst().orElse(null));
        waitFor(5, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> ((TreeView<?>) root.lookup("#exportFindings"))
                .getSelectionModel().getSelectedItem() != null));
        FxTestBase.clickWhenShown(robot, () -> root.lookup("#exportGoTo"));
    }

    @Test
    void goToABodyFindingClosesTheDialogAndSelectsItsSpanInTheEditor(FxRobot robot) throws Exception {
        Stage dialog = exportDialogShowingFindingsOf(robot, "first");
        goTo(robot, dialog, PreflightFinding.Check.BOILERPLATE);
        waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing()
                && "Share this:".equals(robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class).getSelectedText()));
        assertThat(window.editor().articleProperty().get().id()).isEqualTo("first");
    }

    @Test
    void goToAMissingBylineClosesTheDialogAndFocusesTheBylineField(FxRobot robot) throws Exception {
        Stage dialog = exportDialogShowingFindingsOf(robot, "first");
        goTo(robot, dialog, PreflightFinding.Check.MISSING_BYLINE);
        waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing() && robot.targetWindow(window.view().getScene().getWindow()).lookup(".text-field")
                .queryAll().stream().anyMatch(n -> n.isFocused() && "Byline".equals(((TextField) n).getPromptText())));
    }
}
