package org.copydesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.copydesk.analysis.Analyzer;
import org.copydesk.export.ExportFormat;
import org.copydesk.export.PreflightFinding;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export dialog driven headless: several articles, preflight per article, export anyway, progress, go to. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    static Path dir;
    Workspace ws;
    Path out;
    ExecutorService background;
    ExportDialog dialog;
    final List<String> wentTo = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();

    private static Article story(String id, String headline, String byline) {
        return Article.draft(id, headline, "en", T).withByline(byline).withStatus(ArticleStatus.READY)
                .withBody(List.of(Paragraph.of("The first paragraph of " + id + ".")));
    }

    @Start
    void start(Stage stage) throws Exception {
        ws = Workspace.open(Files.createTempDirectory(dir, "ws"));
        out = Files.createTempDirectory(dir, "out");
        ws.save(story("clean", "A clean story", "By Lea Park"));
        ws.save(story("no-byline", "A story without byline", ""));
        ws.save(story("no-headline", "", "By Lea Park"));
        ws.save(story("not-chosen", "Not chosen", "By Lea Park"));
        background = CopydeskApp.newBackgroundExecutor();
        UiContext ctx = new UiContext(ws, new Analyzer(), background, UiContext.loadMessages());
        dialog = new ExportDialog(ctx, null, List.of("clean", "no-byline", "no-headline"),
                (id, f) -> wentTo.add(id + ":" + f.check()));
        dialog.setOpener(opened::add);
        dialog.stage().show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void waitUntilChecked() throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> dialog.items().size() == 4
                && dialog.items().stream().filter(i -> i.includedProperty().get()).allMatch(i -> i.checked() != null));
    }

    private ExportDialog.Item item(String id) {
        return dialog.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> files() throws Exception {
        try (var s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportsTheCleanArticleHoldsBackWarningsUntilAcceptedAndNeverExportsBlockers(FxRobot robot) throws Exception {
        waitUntilChecked();
        ListView<ExportDialog.Item> list = robot.lookup("#exportArticles").queryListView();
        assertThat(list.getItems()).extracting(ExportDialog.Item::id).startsWith("clean", "no-byline", "no-headline");
        assertThat(item("not-chosen").includedProperty().get()).isFalse();
        robot.interact(() -> {
            robot.lookup("#exportFormat").queryAs(ChoiceBox.class).setValue(ExportFormat.MARKDOWN);
            robot.lookup("#exportDestination").queryAs(TextField.class).setText(out.toString());
        });
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText())
                .isEqualTo("1 article(s) ready to export, 2 held back by preflight.");

        robot.clickOn("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> item("clean").exported() != null);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#exportStatus").queryAs(Label.class).getText().contains("exported"));
        assertThat(files()).containsExactly("clean.md");
        assertThat(robot.lookup("#exportProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText())
                .isEqualTo("1 exported, 0 failed, 2 held back by preflight.");
        assertThat(ws.get("clean").status()).isEqualTo(ArticleStatus.EXPORTED);

        // the article with a warning: its findings are shown, and "Export anyway" lets it through
        robot.interact(() -> list.getSelectionModel().select(item("no-byline")));
        ListView<PreflightFinding> findings = robot.lookup("#exportFindings").queryListView();
        assertThat(findings.getItems()).extracting(PreflightFinding::check).containsExactly(PreflightFinding.Check.MISSING_BYLINE);
        CheckBox anyway = robot.lookup("#exportAnyway").queryAs(CheckBox.class);
        assertThat(anyway.isDisabled()).isFalse();
        robot.clickOn("#exportAnyway");
        assertThat(item("no-byline").exportAnywayProperty().get()).isTrue();

        // the blocked one cannot be exported anyway
        robot.interact(() -> list.getSelectionModel().select(item("no-headline")));
        assertThat(anyway.isDisabled()).isTrue();

        robot.clickOn("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> item("no-byline").exported() != null);
        assertThat(files()).containsExactly("clean.md", "no-byline.md");
        assertThat(ws.get("no-headline").status()).isEqualTo(ArticleStatus.READY);

        robot.interact(() -> list.getSelectionModel().select(item("no-byline")));
        robot.clickOn("#exportOpen");
        assertThat(opened).containsExactly(out.resolve("no-byline.md").toAbsolutePath());
    }

    @Test
    void anExistingFileIsReportedNotReplaced(FxRobot robot) throws Exception {
        waitUntilChecked();
        Files.writeString(out.resolve("clean.txt"), "keep");
        robot.interact(() -> {
            robot.lookup("#exportFormat").queryAs(ChoiceBox.class).setValue(ExportFormat.TEXT);
            robot.lookup("#exportDestination").queryAs(TextField.class).setText(out.toString());
        });
        robot.clickOn("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> item("clean").problem() != null);
        assertThat(item("clean").problem()).contains("clean.txt already exists");
        assertThat(Files.readString(out.resolve("clean.txt"))).isEqualTo("keep");
        assertThat(ws.get("clean").status()).isEqualTo(ArticleStatus.READY);

        robot.clickOn("#exportOverwrite");
        robot.clickOn("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> item("clean").exported() != null);
        assertThat(Files.readString(out.resolve("clean.txt"))).startsWith("A clean story");
    }

    @Test
    void goToClosesTheDialogAndHandsTheFindingToTheMainWindow(FxRobot robot) throws Exception {
        waitUntilChecked();
        ListView<ExportDialog.Item> list = robot.lookup("#exportArticles").queryListView();
        robot.interact(() -> list.getSelectionModel().select(item("no-headline")));
        ListView<PreflightFinding> findings = robot.lookup("#exportFindings").queryListView();
        robot.interact(() -> findings.getSelectionModel().select(0));
        robot.clickOn("#exportGoTo");
        assertThat(wentTo).containsExactly("no-headline:MISSING_HEADLINE");
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    @Test
    void tickingAnotherArticleChecksIt(FxRobot robot) throws Exception {
        waitUntilChecked();
        ListView<ExportDialog.Item> list = robot.lookup("#exportArticles").queryListView();
        robot.interact(() -> item("not-chosen").includedProperty().set(true));
        waitFor(20, TimeUnit.SECONDS, () -> item("not-chosen").checked() != null);
        assertThat(item("not-chosen").checked().findings()).isEmpty();
        assertThat(list.getItems()).hasSize(4);
    }
}
