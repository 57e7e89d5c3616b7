package org.copydesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.ui.FxTestBase.clickWhenShown;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
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
        clickWhenShown(robot, () -> robot.lookup("#importClose").tryQuery().orElse(null));

        // the review: every finding with its text and a Keep box
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cleanupDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#cleanupText-0").queryAs(Label.class).getText())
                .isEqualTo("Read more: Harbour strike ends after a night of talks in Marseille");
        assertThat(robot.lookup(".cleanup-text").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Read more: Harbour strike ends after a night of talks in Marseille", "Share this:",
                        "Like this:", "Leave a Reply");
        assertThat(robot.lookup("#importLanguage").queryAs(ComboBox.class).getValue()).isEqualTo("en");
        // the last box is below the fold: scrolled to, as a user would
        robot.interact(() -> robot.lookup("#cleanupScroll").queryAs(ScrollPane.class).setVvalue(1));
        clickWhenShown(robot, () -> robot.lookup("#cleanupKeep-3").tryQuery().orElse(null));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cleanupKeep-3").queryAs(CheckBox.class).isSelected());
        clickWhenShown(robot, () -> robot.lookup("#cleanupApply").tryQuery().orElse(null));

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

    static final String SCRAPED = """
            Les vendanges commencent tôt en Champagne

            Lyon ferme ses quais du Rhône aux voitures

            La métropole de Lyon a voté mardi la fermeture des quais du Rhône aux voitures à partir du printemps prochain, après un an d'essais.

            Les bus, les vélos et les livraisons pourront toujours emprunter les quais, où la circulation a baissé d'un tiers pendant l'essai.

            Les commerçants des quais demandent à la métropole davantage d'aires de livraison avant la fermeture.
            """;

    @Test
    void aScrapedPageIsHeadedByItsOwnHeadlineInTheLanguageTheUserPicks(FxRobot robot) throws Exception {
        table(robot, 1);
        Path page = write("page.txt", SCRAPED);
        robot.interact(() -> FileDrops.drop(window.list().view(), List.of(page)));
        Button close = robot.lookup("#importClose").queryButton();
        waitFor(180, TimeUnit.SECONDS, () -> !close.isDisabled());
        assertThat(robot.lookup("#importResults").queryListView().getItems()).extracting(
                f -> ((ImportedFile) f).statusProperty().get()).singleElement().asString()
                .startsWith("imported as “Lyon ferme ses quais du Rhône aux voitures”")
                .contains("first line “Les vendanges commencent tôt en Champagne” is offered for removal", "language fr-FR");
        clickWhenShown(robot, () -> robot.lookup("#importClose").tryQuery().orElse(null));

        // the review: the chosen headline first, the page's first line among the other lines, the language proposed
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cleanupDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#headlineChoice-0").queryAs(RadioButton.class).getText())
                .isEqualTo("Lyon ferme ses quais du Rhône aux voitures (as imported)");
        assertThat(robot.lookup("#headlineChoice-1").queryAs(RadioButton.class).getText())
                .isEqualTo("Les vendanges commencent tôt en Champagne");
        assertThat(robot.lookup("#cleanupText-0").queryAs(Label.class).getText())
                .isEqualTo("Les vendanges commencent tôt en Champagne");
        ComboBox<?> language = robot.lookup("#importLanguage").queryAs(ComboBox.class);
        assertThat(language.getValue()).isEqualTo("fr-FR");
        // picking the first line as the headline keeps it (its removal cannot apply), and the Swiss region is chosen
        clickWhenShown(robot, () -> robot.lookup("#headlineChoice-1").tryQuery().orElse(null));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cleanupKeep-0").queryAs(CheckBox.class).isDisabled());
        clickWhenShown(robot, () -> robot.lookup("#headlineChoice-0").tryQuery().orElse(null));
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#cleanupKeep-0").queryAs(CheckBox.class).isDisabled());
        robot.interact(() -> ((ComboBox<String>) robot.lookup("#importLanguage").queryAs(ComboBox.class)).setValue("fr-CH"));
        clickWhenShown(robot, () -> robot.lookup("#cleanupApply").tryQuery().orElse(null));

        String id = "lyon-ferme-ses-quais-du-rhone-aux-voitures";
        waitFor(10, TimeUnit.SECONDS, () -> workspace.exists(id) && workspace.get(id).revision() > 1);
        Article a = workspace.get(id);
        assertThat(a.headline()).isEqualTo("Lyon ferme ses quais du Rhône aux voitures");
        assertThat(a.language()).isEqualTo("fr-CH");
        assertThat(a.body()).extracting(Paragraph::text).hasSize(3)
                .doesNotContain("Les vendanges commencent tôt en Champagne");
        TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
        waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals("Lyon ferme ses quais du Rhône aux voitures"));
    }

    @Test
    void theFileMenuHasImport(FxRobot robot) throws Exception {
        table(robot, 1);
        clickWhenShown(robot, () -> robot.lookup("File").tryQuery().orElse(null));
        Node item = robot.lookup("Import…").query();
        assertThat(item).isNotNull();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
