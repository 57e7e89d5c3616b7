package org.copydesk.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.SharedAnalyzer;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.StoryDetails;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Story tab on the real window: facts a user sets are saved with the story; Mark ready runs the preflight. */
@ExtendWith(ApplicationExtension.class)
class StoryInspectorTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    static final String FRENCH = "La ville de Lyon a adopté mardi soir un plan de deux cents millions d’euros pour développer "
            + "les pistes cyclables dans tous les arrondissements. Les associations saluent une décision attendue depuis "
            + "des années, mais les commerçants du centre restent inquiets pour les livraisons.";

    @TempDir
    static Path dir;
    Workspace workspace;
    MainWindow window;
    ExecutorService background;
    UiContext ctx;
    Article french;
    Article empty;

    static Analyzer analyzer;

    @BeforeAll
    static void models() {
        // off the FX thread: the window's start then does not wait for the language models
        analyzer = SharedAnalyzer.get();
        analyzer.awaitModels();
    }

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws"));
        french = workspace.create(Article.draft("x", "Lyon adopte son plan vélo", "en", T)
                .withBody(Article.paragraphsOf(FRENCH)).withByline("Rédaction").withTags(List.of("transport")));
        empty = workspace.create(Article.draft("x", "A story without text", "en", T).withTags(List.of("transports publics")));
        background = CopydeskApp.newBackgroundExecutor();
        ctx = new UiContext(workspace, analyzer, background, UiContext.loadMessages());
        window = CopydeskApp.show(stage, ctx);
        window.showPanel("story");
    }

    /** Clicks what a CSS query finds, once it is shown and settled (looked up on the FX thread, inside the wait). */
    static void click(FxRobot robot, String query) throws Exception {
        FxTestBase.clickWhenShown(robot, () -> robot.lookup(query).tryQuery().orElse(null));
        targetWindowOf(robot, query);
    }

    /**
     * Types go to the window of what was clicked: a click on a point (unlike TestFX's click on a node) does not tell
     * the robot which window that is, and the typing of a dialog's field went to the main window.
     */
    static void targetWindowOf(FxRobot robot, String query) throws Exception {
        Window w = FxTestBase.onFx(() -> robot.lookup(query).query().getScene().getWindow());
        robot.targetWindow(w);
    }

    /** Clicks the button of a dialog with that text, once it is shown and settled. */
    static void clickButton(FxRobot robot, String query, Predicate<Button> which) throws Exception {
        FxTestBase.clickWhenShown(robot, () -> robot.lookup(query).match(which).tryQuery().orElse(null));
    }

    void open(FxRobot robot, Article a) throws Exception {
        TableView<?> table = robot.lookup("#articleTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> window.list().select(a.id()));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#headlineField").queryAs(TextField.class).getText().equals(a.headline()));
        waitFor(10, TimeUnit.SECONDS, () -> window.editor().factsProperty().get() != null);
    }

    @Test
    void theAnalysisProposesFrenchAndTheUserDecides(FxRobot robot) throws Exception {
        open(robot, french);
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#useProposedLanguage").queryButton().isVisible());
        assertThat(robot.lookup("#useProposedLanguage").queryButton().getText()).isEqualTo("Use fr");
        click(robot, "#useProposedLanguage");
        waitFor(5, TimeUnit.SECONDS, () -> "fr".equals(robot.lookup("#inspectorLanguage").queryAs(ComboBox.class).getValue()));
        // the user refines it to Swiss French by typing a tag
        ComboBox<?> lang = robot.lookup("#inspectorLanguage").queryAs(ComboBox.class);
        robot.interact(() -> {
            lang.getEditor().setText("fr_ch");
            lang.getEditor().fireEvent(new ActionEvent());
            lang.getOnAction().handle(new ActionEvent());
        });
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(french.id()).language().equals("fr-CH"));
        assertThat(robot.lookup("#languageProposal").query().isVisible()).isFalse();
    }

    @Test
    void tagsSectionEmbargoAndTargetAreSavedWithTheStory(FxRobot robot) throws Exception {
        open(robot, french);
        FxTestBase.typeInto(robot, "#tagField", "Lyon");
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tagChips .tag-chip").queryAll().size() == 2);
        FxTestBase.typeInto(robot, "#sectionField", "Régions");
        FxTestBase.typeInto(robot, "#slugField", "plan-velo");
        robot.interact(() -> robot.lookup("#embargoDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 1)));
        TextField time = robot.lookup("#embargoTime").queryAs(TextField.class);
        robot.interact(() -> time.setText("07:30"));
        FxTestBase.typeInto(robot, "#targetWords", "40");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#lengthGauge").queryAs(Label.class).getStyleClass().contains("over"));
        assertThat(robot.lookup("#lengthGauge").queryAs(Label.class).getText()).matches("\\d+ / 40 words");
        assertThat(robot.lookup("#tagChips .tag-chip").queryAll()).hasSize(2);
        assertThat(window.editor().dirtyProperty().get()).isTrue();
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        Article saved = workspace.get(french.id());
        assertThat(saved.tags()).containsExactly("transport", "Lyon");
        assertThat(saved.details().section()).isEqualTo("Régions");
        assertThat(saved.details().slug()).isEqualTo("plan-velo");
        assertThat(saved.details().targetWords()).isEqualTo(40);
        // the embargo is saved with the date and the time typed beside it
        assertThat(saved.details().embargo().atZone(ZoneId.systemDefault()).toLocalDateTime())
                .isEqualTo(LocalDate.of(2026, 12, 1).atTime(7, 30));
        // a tag chip removes its tag
        clickButton(robot, "#tagChips .tag-chip", b -> b.getText().startsWith("Lyon"));
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        assertThat(workspace.get(french.id()).tags()).containsExactly("transport");

        // a time that is not one is reported and changes nothing
        // (set in one step: clearing the field first would itself mean midnight)
        robot.interact(() -> robot.lookup("#embargoTime").queryAs(TextField.class).setText("7h30x"));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".inspector-error").match(Label::isVisible).tryQuery().isPresent());
        assertThat(robot.lookup(".inspector-error").match(Label::isVisible).queryAs(Label.class).getText()).contains("7h30x");
        assertThat(window.editor().factsProperty().get().details().embargo()).isEqualTo(saved.details().embargo());

        // headline characters against the limit
        assertThat(robot.lookup("#headlineGauge").queryAs(Label.class).getText()).isEqualTo("25 / 70 characters");
        robot.interact(() -> robot.lookup("#headlineField").queryAs(TextField.class).setText("x".repeat(71)));
        assertThat(robot.lookup("#headlineGauge").queryAs(Label.class).getText()).isEqualTo("71 / 70 characters");
        assertThat(robot.lookup("#headlineGauge").queryAs(Label.class).getStyleClass()).contains("over");
    }

    /**
     * The Story tab undoes as a user expects: what was typed in a field is one step (the field's own undo does not run),
     * a tag is another; Ctrl+Z and Ctrl+Shift+Z, and Edit ▸ Undo while the tab has the focus; undone changes are saved.
     */
    @Test
    void theStoryTabUndoesAndRedoesItsChanges(FxRobot robot) throws Exception {
        open(robot, french);
        FxTestBase.typeInto(robot, "#sectionField", "Régions");
        FxTestBase.typeInto(robot, "#tagField", "Lyon");
        robot.type(KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> window.editor().factsProperty().get().tags().contains("Lyon"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> !window.editor().factsProperty().get().tags().contains("Lyon"));
        assertThat(robot.lookup("#sectionField").queryAs(TextField.class).getText()).isEqualTo("Régions");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("Undone").contains("tags");

        // Edit ▸ Undo (here its toolbar button) acts on the Story tab while it has the focus: the typing is one step
        FxTestBase.clickWhenShown(robot, () -> robot.lookup(".tool-button")
                .match(n -> "tool-menu.edit.undo".equals(n.getId()) && !n.isDisabled()).tryQuery().orElse(null));
        waitFor(5, TimeUnit.SECONDS, () -> window.editor().factsProperty().get().details().section().isEmpty());
        assertThat(robot.lookup("#sectionField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        assertThat(workspace.get(french.id()).details().section()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> window.editor().factsProperty().get().details().section().equals("Régions"));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> window.editor().factsProperty().get().tags().contains("Lyon"));
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        assertThat(workspace.get(french.id()).details().section()).isEqualTo("Régions");
        assertThat(workspace.get(french.id()).tags()).containsExactly("transport", "Lyon");
        // the body's text was never touched
        assertThat(workspace.get(french.id()).bodyText()).isEqualTo(french.bodyText());
    }

    @Test
    void markReadyRunsThePreflightFirst(FxRobot robot) throws Exception {
        open(robot, empty);
        click(robot, "#markReady");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText()).contains("Not marked ready");
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("no text");
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(window.editor().factsProperty().get().status()).isEqualTo(ArticleStatus.DRAFT);

        // a story with text passes (after the user accepts its warnings)
        open(robot, french);
        click(robot, "#markReady");
        waitFor(30, TimeUnit.SECONDS, () -> window.editor().factsProperty().get().status() == ArticleStatus.READY
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        if (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
            // warnings (the story is French but set to English): the user confirms
            clickButton(robot, ".dialog-pane .button", b -> b.getText().equals("Mark ready"));
        }
        waitFor(10, TimeUnit.SECONDS, () -> window.editor().factsProperty().get().status() == ArticleStatus.READY);
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        assertThat(workspace.get(french.id()).status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void newArticleAsksForTheLanguageAndPutsTheCaretInTheBody(FxRobot robot) throws Exception {
        open(robot, french);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        // the dialog is placed over the window once laid out, then puts the caret in the headline: click after that
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newHeadline").tryQuery().map(Node::isFocused).orElse(false));
        click(robot, "#newHeadline");
        robot.write("Grève des dockers");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newHeadline").queryAs(TextField.class).getText().equals("Grève des dockers"));
        ComboBox<?> lang = robot.lookup("#newLanguage").queryAs(ComboBox.class);
        robot.interact(() -> lang.getEditor().setText("fr-FR"));
        clickButton(robot, "#newArticleDialog .button", Button::isDefaultButton);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#headlineField").queryAs(TextField.class).getText().equals("Grève des dockers"));
        // the status bar names the new story by its headline, not by its file name ("greve-des-dockers")
        assertThat(robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Created “Grève des dockers”");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bodyArea").query().isFocused());
        robot.write("Les dockers");
        waitFor(10, TimeUnit.SECONDS, () -> window.editor().dirtyProperty().get());
        assertThat(FxTestBase.await(() -> window.editor().save())).isTrue();
        Article created = workspace.list().stream().map(e -> e.article())
                .filter(a -> a != null && a.headline().equals("Grève des dockers")).findFirst().orElseThrow();
        assertThat(created.language()).isEqualTo("fr-FR");
        assertThat(created.bodyText()).isEqualTo("Les dockers");
    }

    @Test
    void tagsAndSectionsOfTheWholeWorkspaceAreOfferedAsTheUserTypes(FxRobot robot) throws Exception {
        open(robot, french);
        // a tag only another story has
        FxTestBase.typeInto(robot, "#tagField", "transports p");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .match((Labeled l) -> "transports publics".equals(l.getText())).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theVocabularyIsReadOnTheDeskInTurnWithTheSavesNotOnTheBackgroundExecutor(FxRobot robot) throws Exception {
        open(robot, french);
        workspace.saveOverwriting(Article.draft("culture", "Opera season opens", "en", T)
                .withDetails(StoryDetails.NONE.withSection("Culture")));
        // the desk is busy (a long save, say): the vocabulary waits its turn
        CountDownLatch busy = new CountDownLatch(1);
        FxTestBase.onFx(() -> ctx.desk().run(ws -> busy.await(60, TimeUnit.SECONDS)));
        AtomicInteger backgroundThreads = new AtomicInteger();
        ExecutorService watched = Executors.newSingleThreadExecutor(r -> {
            backgroundThreads.incrementAndGet();
            return new Thread(r);
        });
        try {
            UiContext watchedCtx = new UiContext(workspace, analyzer, watched, ctx.messages(), ctx.desk());
            StoryInspector second = FxTestBase.onFx(() -> new StoryInspector(watchedCtx, window.editor(), 70, 200));
            assertThat(FxTestBase.onFx(() -> second.tagCompletions("publ"))).isEmpty();
            busy.countDown();
            waitFor(10, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> second.tagCompletions("publ"))
                    .equals(List.of("transports publics")));
            assertThat(FxTestBase.onFx(() -> second.sectionCompletions("cul"))).containsExactly("Culture");
            assertThat(backgroundThreads.get()).as("tasks given to the background executor").isZero();
        } finally {
            busy.countDown();
            watched.shutdownNow();
        }
    }
}
