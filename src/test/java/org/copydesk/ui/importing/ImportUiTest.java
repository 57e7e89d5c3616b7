package org.copydesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.copydesk.analysis.Analyzer;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.RelatedLink;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.articles.ArticleRow;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drops files on the article list of the real main window, reads the per-file results, walks the clean-up review. */
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {
    static final String STORY = """
            # Ferry service to Corsica resumes after storm

            Ferries between Marseille and Ajaccio sailed again on Sunday after three days of cancellations.

            « La mer est encore forte, mais les navires peuvent partir », said a spokeswoman for the operator.

            Passengers stranded since Thursday were given priority on the first crossings.

            Read more: Harbour strike ends after a night of talks in Marseille

            Share this:

            Like this:

            Leave a Reply
            """;

    @TempDir
    static Path dir;
    Workspace workspace;
    MainWindow window;
    ExecutorService background;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws"));
        workspace.create(Article.draft("x", "Harbour strike ends after a night of talks in Marseille", "en", workspace.now()));
        background = CopydeskApp.newBackgroundExecutor();
        Analyzer analyzer = new Analyzer();
        analyzer.preloadInBackground();
        window = CopydeskApp.show(stage, new UiContext(workspace, analyzer, background, UiContext.loadMessages()));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private TableView<ArticleRow> table(FxRobot robot, int rows) throws Exception {
        TableView<ArticleRow> table = robot.lookup("#articleTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == rows);
        return table;
    }

    private Path write(String name, String text) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void droppedFilesAreImportedWithAResultPerFileAndTheCleanUpIsReviewed(FxRobot robot) throws Exception {
        table(robot, 1);
        Path story = write("ferry.md", STORY);
        Path empty = write("empty.txt", "");
        Path notWord = write("memo.docx", "not a word file");
        boolean[] accepted = new boolean[1];
        robot.interact(() -> accepted[0] = FileDrops.drop(window.list().view(), List.of(empty, story, notWord)));
        assertThat(accepted[0]).isTrue();

        Button close = robot.lookup("#importClose").queryButton();
        // generous: the first analysis loads the language models, on a machine shared with other builds
        waitFor(180, TimeUnit.SECONDS, () -> !close.isDisabled());
        ListView<ImportedFile> results = robot.lookup("#importResults").queryListView();
        assertThat(results.getItems()).extracting(f -> f.statusProperty().get()).satisfiesExactly(
                s -> assertThat(s).isEqualTo("not imported: the file is empty"),
                s -> assertThat(s).startsWith("imported as “Ferry service to Corsica resumes after storm” — 4 clean-up suggestions"),
                s -> assertThat(s).startsWith("not imported: not a Word .docx file"));
        assertThat(robot.lookup("#importHeader").queryAs(Label.class).getText()).isEqualTo("1 imported, 2 not imported");
        assertThat(workspace.ids()).hasSize(2);
        robot.clickOn(close);

        // the review: every finding with its text and a Keep box
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cleanupDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#cleanupText-0").queryAs(Label.class).getText())
                .isEqualTo("Read more: Harbour strike ends after a night of talks in Marseille");
        assertThat(robot.lookup(".cleanup-text").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Read more: Harbour strike ends after a night of talks in Marseille", "Share this:",
                        "Like this:", "Leave a Reply");
        robot.clickOn("#cleanupKeep-3");
        assertThat(robot.lookup("#cleanupKeep-3").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#cleanupApply");

        String id = "ferry-service-to-corsica-resumes-after-storm";
        waitFor(5, TimeUnit.SECONDS, () -> workspace.get(id).revision() > 1);
        Article a = workspace.get(id);
        assertThat(a.body()).extracting(Paragraph::text).containsExactly(
                "Ferries between Marseille and Ajaccio sailed again on Sunday after three days of cancellations.",
                "« La mer est encore forte, mais les navires peuvent partir », said a spokeswoman for the operator.",
                "Passengers stranded since Thursday were given priority on the first crossings.",
                "Leave a Reply");
        assertThat(a.links()).extracting(RelatedLink::targetId)
                .containsExactly("harbour-strike-ends-after-a-night-of-talks-in-marseille");
        // the imported article is opened
        TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
        waitFor(5, TimeUnit.SECONDS, () -> headline.getText().equals("Ferry service to Corsica resumes after storm"));
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).contains("3 removed");
    }

    @Test
    void theFileMenuHasImport(FxRobot robot) throws Exception {
        table(robot, 1);
        robot.clickOn("File");
        Node item = robot.lookup("Import…").query();
        assertThat(item).isNotNull();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
