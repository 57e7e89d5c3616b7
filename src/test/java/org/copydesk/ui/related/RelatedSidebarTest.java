package org.copydesk.ui.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.copydesk.analysis.Analyzer;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.search.IndexedArticle;
import org.copydesk.search.Suggestion;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.articles.ArticleRow;
import org.copydesk.ui.common.UiContext;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The related-stories sidebar in the real main window, headless. */
@ExtendWith(ApplicationExtension.class)
class RelatedSidebarTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    static Path dir;
    Workspace workspace;
    MainWindow window;
    ExecutorService background;
    Article storm;
    Article villages;
    Article orchestra;
    Article roundup;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(Files.createTempDirectory(dir, "ws"));
        storm = workspace.create(Article.draft("x", "Storm floods coastal villages", "en", T).withBody(Article.paragraphsOf(
                "The storm flooded coastal villages overnight.\nRescue teams evacuated villages along the coast as the storm surge rose.")));
        villages = workspace.create(Article.draft("x", "Coastal villages count storm damage", "en", T).withBody(Article.paragraphsOf(
                "Villages on the coast counted the damage after the storm surge.\nRescue teams stayed in the flooded villages.")));
        orchestra = workspace.create(Article.draft("x", "Orchestra opens its season", "en", T)
                .withBody(Article.paragraphsOf("The orchestra played a new symphony."))
                .withLinks(List.of(new RelatedLink("a-story-that-was-deleted", Relation.BACKGROUND, "withdrawn"))));
        roundup = workspace.create(Article.draft("x", "Week in review", "en", T).withBody(Article.paragraphsOf(
                "A busy week on the coast and in the concert halls.\nSee also: Coastal villages count storm damage\nThe council meets again on Monday.")));
        background = CopydeskApp.newBackgroundExecutor();
        window = CopydeskApp.show(stage, new UiContext(workspace, new Analyzer(), background, UiContext.loadMessages()));
        window.showPanel("related");
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    void open(FxRobot robot, Article a) throws Exception {
        TableView<ArticleRow> table = robot.lookup("#articleTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        robot.interact(() -> window.list().select(a.id()));
        TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
        waitFor(5, TimeUnit.SECONDS, () -> headline.getText().equals(a.headline()));
    }

    @SuppressWarnings("unchecked")
    <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    @Test
    void addALinkByAutocompletionFollowItAndSeeTheBacklink(FxRobot robot) throws Exception {
        open(robot, storm);
        robot.clickOn("#addLinkField").write("coastal vill");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .match((Labeled l) -> "Coastal villages count storm damage".equals(l.getText())).tryQuery().isPresent());
        FxTestBase.clickWhenShown(robot, () -> robot.lookup(".auto-complete-popup .list-cell")
                .match((Labeled l) -> "Coastal villages count storm damage".equals(l.getText())).tryQuery().orElse(null));

        // saved with the article, shown in the sidebar
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(storm.id()).links().size() == 1);
        assertThat(workspace.get(storm.id()).links()).containsExactly(new RelatedLink(villages.id(), Relation.SEE_ALSO, null));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#relatedLinks .hyperlink")
                .match((Hyperlink h) -> h.getText().equals(villages.headline())).tryQuery().isPresent());

        // follow it
        FxTestBase.clickWhenShown(robot, () -> robot.lookup("#relatedLinks .hyperlink")
                .match((Hyperlink h) -> h.getText().equals(villages.headline())).tryQuery().orElse(null));
        TextField headline = robot.lookup("#headlineField").queryAs(TextField.class);
        waitFor(10, TimeUnit.SECONDS, () -> headline.getText().equals(villages.headline()));

        // the other article is "linked from" the first
        ListView<IndexedArticle> backlinks = list(robot, "#backlinks");
        waitFor(10, TimeUnit.SECONDS, () -> backlinks.getItems().stream().anyMatch(b -> b.id().equals(storm.id())));
        assertThat(robot.lookup("#backlinks .hyperlink").queryAs(Hyperlink.class).getText()).isEqualTo(storm.headline());
    }

    @Test
    void brokenLinksAreShownAsBrokenAndSurviveOtherLinkChanges(FxRobot robot) throws Exception {
        open(robot, orchestra);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#relatedLinks .broken-link").tryQuery().isPresent());
        assertThat(robot.lookup("#relatedLinks .broken-link").queryLabeled().getText()).contains("a-story-that-was-deleted");

        robot.interact(() -> window.sidebar().addLink(storm.id(), Relation.FOLLOW_UP));
        assertThat(workspace.get(orchestra.id()).links()).containsExactly(
                new RelatedLink("a-story-that-was-deleted", Relation.BACKGROUND, "withdrawn"),
                new RelatedLink(storm.id(), Relation.FOLLOW_UP, null));

        // Ctrl+Z in the sidebar undoes the link change, on disk too
        robot.clickOn("#addLinkField").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(orchestra.id()).links().size() == 1);
        assertThat(workspace.get(orchestra.id()).links())
                .containsExactly(new RelatedLink("a-story-that-was-deleted", Relation.BACKGROUND, "withdrawn"));
    }

    @Test
    void aSuggestionIsAddedWithOneClick(FxRobot robot) throws Exception {
        open(robot, storm);
        ListView<Suggestion> suggestions = list(robot, "#suggestions");
        waitFor(10, TimeUnit.SECONDS, () -> suggestions.getItems().stream().anyMatch(s -> s.id().equals(villages.id())));
        Node cell = robot.lookup("#suggestions .list-cell")
                .match((ListCell<Suggestion> c) -> c.getItem() != null && c.getItem().id().equals(villages.id()))
                .query();
        robot.clickOn(robot.from(cell).lookup(".suggestion-add").queryButton());
        waitFor(10, TimeUnit.SECONDS, () -> !workspace.get(storm.id()).links().isEmpty());
        assertThat(workspace.get(storm.id()).links()).extracting(RelatedLink::targetId).containsExactly(villages.id());
        waitFor(10, TimeUnit.SECONDS, () -> suggestions.getItems().stream().noneMatch(s -> s.id().equals(villages.id())));
    }

    @Test
    void searchingTheListFindsInflectedFormsAndHighlightsThem(FxRobot robot) throws Exception {
        open(robot, storm);
        TableView<ArticleRow> table = robot.lookup("#articleTable").queryAs(TableView.class);
        robot.clickOn("#articleFilter").write("orchestras");
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo(orchestra.id());
        // read the highlight in the same look-up that finds it: cells are re-rendered as later results arrive
        AtomicReference<String> highlighted = new AtomicReference<>();
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#articleTable .search-match").tryQuery()
                .map(n -> {
                    highlighted.set(((Text) n).getText());
                    return true;
                }).orElse(false));
        assertThat(highlighted.get()).isEqualTo("Orchestra");
    }

    @Test
    void aSeeAlsoParagraphFoundByTheAnalyserBecomesALinkInOneStep(FxRobot robot) throws Exception {
        open(robot, roundup);
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#relatedFindings .finding-convert").tryQuery()
                .map(n -> !((Button) n).isDisabled()).orElse(false));
        FxTestBase.clickWhenShown(robot, () -> robot.lookup("#relatedFindings .finding-convert").tryQuery().orElse(null));
        waitFor(10, TimeUnit.SECONDS, () -> !workspace.get(roundup.id()).links().isEmpty());
        Article saved = workspace.get(roundup.id());
        assertThat(saved.links()).containsExactly(new RelatedLink(villages.id(), Relation.SEE_ALSO, null));
        assertThat(saved.bodyText()).isEqualTo("A busy week on the coast and in the concert halls.\nThe council meets again on Monday.");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#relatedLinks .hyperlink")
                .match((Hyperlink h) -> h.getText().equals(villages.headline())).tryQuery().isPresent());
    }

    @Test
    void undoingALinkChangeNeverRevertsTextTypedAfterIt(FxRobot robot) throws Exception {
        open(robot, storm);
        robot.interact(() -> window.sidebar().addLink(villages.id(), Relation.SEE_ALSO));
        assertThat(workspace.get(storm.id()).links()).extracting(RelatedLink::targetId).containsExactly(villages.id());

        // type a paragraph after the link change, and let it be saved
        StyleClassedTextArea body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> {
            body.requestFocus();
            body.moveTo(body.getLength());
        });
        robot.write("\nA paragraph typed after the link.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(storm.id()).bodyText().endsWith("typed after the link."));

        FxTestBase.clickWhenShown(robot, () -> robot.lookup("#undoLinkChange").tryQuery().orElse(null));
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(storm.id()).links().isEmpty());
        assertThat(workspace.get(storm.id()).bodyText()).endsWith("\nA paragraph typed after the link.");
        assertThat(robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class).getText())
                .endsWith("\nA paragraph typed after the link.");
        // the text's own history is still there: Ctrl+Z takes back the typing, word by word
        assertThat(body.isUndoAvailable()).isTrue();
        robot.interact(body::undo);
        assertThat(body.getText()).endsWith("typed after the ");
    }

    @Test
    void makingALinkOfASeeAlsoParagraphKeepsTheHandMarksOnTheirTextAndCanBeUndoneInTheText(FxRobot robot) throws Exception {
        String text = roundup.bodyText();
        int monday = text.indexOf("Monday");
        int busy = text.indexOf("busy week");
        workspace.save(roundup.withLanguageMarks(List.of(
                new LanguageMark(busy, busy + "busy week".length(), "fr", MarkOrigin.MANUAL),
                new LanguageMark(monday, monday + "Monday".length(), "de", MarkOrigin.MANUAL))));
        open(robot, roundup);
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#relatedFindings .finding-convert").tryQuery()
                .map(n -> !((Button) n).isDisabled()).orElse(false));
        FxTestBase.clickWhenShown(robot, () -> robot.lookup("#relatedFindings .finding-convert").tryQuery().orElse(null));
        waitFor(10, TimeUnit.SECONDS, () -> !workspace.get(roundup.id()).links().isEmpty());
        Article saved = workspace.get(roundup.id());
        String after = saved.bodyText();
        assertThat(after).isEqualTo("A busy week on the coast and in the concert halls.\nThe council meets again on Monday.");
        assertThat(saved.languageMarks()).extracting(m -> after.substring(m.start(), m.end()) + ":" + m.language())
                .containsExactly("busy week:fr", "Monday:de");
        StyleClassedTextArea body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        assertThat(body.getStyleOfChar(after.indexOf("Monday"))).contains("hand-mark", "lang-de");
        assertThat(body.getStyleOfChar(after.indexOf("busy"))).contains("hand-mark", "lang-fr");

        // the paragraph's removal is an edit of the text like any other: Ctrl+Z brings it back, marks and all
        robot.interact(body::undo);
        assertThat(body.getText()).isEqualTo(text);
        assertThat(body.getStyleOfChar(monday)).contains("hand-mark", "lang-de");
    }
}
