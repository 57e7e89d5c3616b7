package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.copydesk.analysis.Analyzer;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.articles.ArticleRow;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real main window headless: the list, selecting, editing, saving. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    Workspace workspace;
    MainWindow window;
    ExecutorService background;

    @Start
    void start(Stage stage) throws Exception {
        Path ws = Files.createTempDirectory(dir, "ws");
        workspace = Workspace.open(ws);
        workspace.seedSamples();
        Files.writeString(ws.resolve("articles/broken-file.json"), "{\"formatVersion\": 1, \"id\": ");
        background = CopydeskApp.newBackgroundExecutor();
        window = CopydeskApp.show(stage, new UiContext(workspace, new Analyzer(), background, UiContext.loadMessages()));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private TableView<ArticleRow> table(FxRobot robot) throws Exception {
        TableView<ArticleRow> table = robot.lookup("#articleTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        return table;
    }

    @Test
    void listsEveryArticleIncludingTheUnreadableOne(FxRobot robot) throws Exception {
        TableView<ArticleRow> table = table(robot);
        assertThat(table.getItems()).extracting(ArticleRow::headline)
                .contains("Lyon adopte un plan vélo de 200 millions d’euros", "broken-file.json");
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).contains("1 cannot be read");
    }

    @Test
    void filterNarrowsTheList(FxRobot robot) throws Exception {
        TableView<ArticleRow> table = table(robot);
        robot.clickOn("#articleFilter").write("madrid");
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo("madrid-aprueba-presupuesto-cultural");
    }

    @Test
    void selectEditSaveAndFindTheChangeOnDisk(FxRobot robot) throws Exception {
        TableView<ArticleRow> table = table(robot);
        robot.interact(() -> window.list().select("rail-freight-operators-plan-weekend-of-reduced-service"));
        TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
        waitFor(5, TimeUnit.SECONDS, () -> headline.getText().startsWith("Rail freight"));
        robot.clickOn("#headlineField").press(KeyCode.END).release(KeyCode.END).write(" (updated)");
        robot.clickOn("#bodyArea").press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL).write("UPDATE: ");
        assertThat(((Stage) headline.getScene().getWindow()).getTitle()).startsWith("• ");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Path file = workspace.fileOf("rail-freight-operators-plan-weekend-of-reduced-service");
        waitFor(5, TimeUnit.SECONDS, () -> Files.readString(file).contains("(updated)"));
        String json = Files.readString(file);
        assertThat(json).contains("\"headline\": \"Rail freight operators plan a weekend of reduced service (updated)\"")
                .contains("\"text\": \"UPDATE: Freight trains between Lyon");
        // the window hears of the save when the desk answers
        waitFor(5, TimeUnit.SECONDS, () -> !((Stage) headline.getScene().getWindow()).getTitle().startsWith("• "));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().stream().map(ArticleRow::headline)
                .anyMatch("Rail freight operators plan a weekend of reduced service (updated)"::equals));
    }

    @Test
    void switchingArticlesSavesTheEdits(FxRobot robot) throws Exception {
        table(robot);
        robot.interact(() -> window.list().select("madrid-aprueba-presupuesto-cultural"));
        TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
        waitFor(5, TimeUnit.SECONDS, () -> headline.getText().startsWith("Madrid"));
        robot.clickOn("#headlineField").press(KeyCode.END).release(KeyCode.END).write(" 2027");
        robot.interact(() -> window.list().select("lyon-adopte-son-plan-velo"));
        waitFor(5, TimeUnit.SECONDS, () -> headline.getText().startsWith("Lyon"));
        assertThat(workspace.get("madrid-aprueba-presupuesto-cultural").headline()).endsWith("récord 2027");
    }

    @Test
    void anUnreadableFileOpensReadOnlyAndIsNeverWritten(FxRobot robot) throws Exception {
        table(robot);
        Path file = workspace.articlesDir().resolve("broken-file.json");
        String before = Files.readString(file);
        robot.interact(() -> window.list().select("broken-file"));
        TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
        waitFor(5, TimeUnit.SECONDS, () -> !headline.isEditable());
        String shownHeadline = headline.getText();
        // try to edit it as a user would: if the editor let the keys through, the save below would write the file
        robot.clickOn("#headlineField").press(KeyCode.END).release(KeyCode.END).write("x");
        robot.clickOn("#bodyArea").write("typed");
        assertThat(headline.getText()).as("the headline of a read-only article does not take typing").isEqualTo(shownHeadline);
        assertThat(window.editor().dirtyProperty().get()).as("nothing to save").isFalse();
        String status = robot.lookup("#statusMessage").queryLabeled().getText();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // saving runs on the FX thread: once the key events are handled the save is over
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).as("no \"saved\" message").isEqualTo(status);
    }
}
