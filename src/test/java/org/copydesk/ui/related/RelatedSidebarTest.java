package org.copydesk.ui.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
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
    GatedExecutor background;
    UiContext ctx;
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
        background = new GatedExecutor(CopydeskApp.newBackgroundExecutor());
        ctx = new UiContext(workspace, new Analyzer(), background, UiContext.loadMessages());
        window = CopydeskApp.show(stage, ctx);
        window.showPanel("related");
    }

    @AfterEach
    void letHeldWorkGo() {
        // the window is closed, and its writers waited for, by ClosesWindows
        background.release();
    }

    /** Clicks what a CSS query finds, once it is shown and settled (looked up on the FX thread, inside the wait). */
    static void click(FxRobot robot, String query) throws Exception {
        FxTestBase.clickWhenShown(robot, () -> robot.lookup(query).tryQuery().orElse(null));
    }

    /**
     * Waits until the findings box has the height of its rows (it takes it over a pulse or two): a button clicked before
     * lies below the box's bottom edge, and the click lands on what is under it.
     */
    static void findingsLaidOut(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> robot.lookup("#relatedFindings").tryQuery()
                .map(n -> n instanceof javafx.scene.layout.Region r && !r.getScene().getRoot().isNeedsLayout()
                        && Math.abs(r.getHeight() - r.prefHeight(r.getWidth())) < 0.5).orElse(false)));
    }

    String message(FxRobot robot) {
        return robot.lookup("#relatedMessage").queryLabeled().getText();
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
        click(robot, "#addLinkField");
        robot.write("coastal vill");
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
        List<RelatedLink> both = List.of(new RelatedLink("a-story-that-was-deleted", Relation.BACKGROUND, "withdrawn"),
                new RelatedLink(storm.id(), Relation.FOLLOW_UP, null));
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(orchestra.id()).links().equals(both));

        // Ctrl+Z in the sidebar undoes the link change, on disk too
        click(robot, "#addLinkField");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(orchestra.id()).links().size() == 1);
        assertThat(workspace.get(orchestra.id()).links())
                .containsExactly(new RelatedLink("a-story-that-was-deleted", Relation.BACKGROUND, "withdrawn"));
        waitFor(10, TimeUnit.SECONDS, () -> message(robot).equals("Link change undone and saved."));

        // Ctrl+Y (and Ctrl+Shift+Z) does it again; the Redo button is then disabled
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(orchestra.id()).links().equals(both));
        waitFor(10, TimeUnit.SECONDS, () -> message(robot).equals("Link change redone and saved."));
        assertThat(robot.lookup("#redoLinkChange").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#undoLinkChange").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aSuggestionIsAddedWithOneClick(FxRobot robot) throws Exception {
        open(robot, storm);
        ListView<Suggestion> suggestions = list(robot, "#suggestions");
        waitFor(10, TimeUnit.SECONDS, () -> suggestions.getItems().stream().anyMatch(s -> s.id().equals(villages.id())));
        FxTestBase.clickWhenShown(robot, () -> robot.lookup("#suggestions .list-cell")
                .match((ListCell<Suggestion> c) -> c.getItem() != null && c.getItem().id().equals(villages.id()))
                .tryQuery().<Node>flatMap(cell -> robot.from(cell).lookup(".suggestion-add").tryQuery()).orElse(null));
        waitFor(10, TimeUnit.SECONDS, () -> !workspace.get(storm.id()).links().isEmpty());
        assertThat(workspace.get(storm.id()).links()).extracting(RelatedLink::targetId).containsExactly(villages.id());
        waitFor(10, TimeUnit.SECONDS, () -> suggestions.getItems().stream().noneMatch(s -> s.id().equals(villages.id())));
    }

    @Test
    void searchingTheListFindsInflectedFormsAndHighlightsThem(FxRobot robot) throws Exception {
        open(robot, storm);
        TableView<ArticleRow> table = robot.lookup("#articleTable").queryAs(TableView.class);
        click(robot, "#articleFilter");
        robot.write("orchestras");
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
        findingsLaidOut(robot);
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
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(storm.id()).links().size() == 1);
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
        findingsLaidOut(robot);
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

    @Test
    void linkChangesAreSavedOnTheDeskThreadNeverOnTheFxThread(FxRobot robot) throws Exception {
        open(robot, storm);
        List<String> savers = new CopyOnWriteArrayList<>();
        Workspace.Listener listener = new Workspace.Listener() {
            @Override
            public void saved(Article article) {
                if (article.id().equals(storm.id())) {
                    savers.add(Platform.isFxApplicationThread() ? "the FX thread" : Thread.currentThread().getName());
                }
            }

            @Override
            public void deleted(String id) {
            }
        };
        workspace.addListener(listener);
        try {
            robot.interact(() -> window.sidebar().addLink(villages.id(), Relation.BACKGROUND));
            waitFor(10, TimeUnit.SECONDS, () -> workspace.get(storm.id()).links().size() == 1);
            robot.interact(() -> window.sidebar().undoLast());
            waitFor(10, TimeUnit.SECONDS, () -> workspace.get(storm.id()).links().isEmpty());
            waitFor(10, TimeUnit.SECONDS, () -> savers.size() >= 2);
        } finally {
            workspace.removeListener(listener);
        }
        assertThat(savers).containsOnly("copydesk-desk");
    }

    @Test
    void makeLinkLooksForItsParagraphOffTheFxThreadAndKeepsWhatIsTypedMeanwhile(FxRobot robot) throws Exception {
        open(robot, roundup);
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#relatedFindings .finding-convert").tryQuery()
                .map(n -> !((Button) n).isDisabled()).orElse(false));
        findingsLaidOut(robot);
        background.hold();
        click(robot, "#relatedFindings .finding-convert");
        waitFor(10, TimeUnit.SECONDS, () -> window.sidebar().convertingProperty().get() && background.waiting() > 0);

        // while the analysis waits on the background executor, the window answers and shows that it is working;
        // nothing was looked for on the FX thread (the paragraph is still in the text, no link yet)
        Article meanwhile = FxTestBase.onFx(() -> window.editor().edited().orElseThrow());
        assertThat(meanwhile.links()).isEmpty();
        assertThat(meanwhile.bodyText()).contains("See also: Coastal villages");
        assertThat(FxTestBase.onFx(() -> robot.lookup("#relatedWorking").query().isVisible())).isTrue();
        assertThat(FxTestBase.onFx(() -> robot.lookup("#relatedFindings .finding-convert").queryButton().isDisabled())).isTrue();
        assertThat(FxTestBase.onFx(() -> message(robot))).isEqualTo("Looking for the paragraph in the text…");

        // the user types at the top meanwhile: the places the analysis finds are then off by the typing
        StyleClassedTextArea body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> {
            body.requestFocus();
            body.moveTo(0);
        });
        robot.write("Late news. ");
        waitFor(10, TimeUnit.SECONDS, () -> body.getText().startsWith("Late news. A busy"));
        background.release();

        // the paragraph is looked for again in the text as it is now: the typing is kept, the right paragraph goes
        waitFor(60, TimeUnit.SECONDS, () -> !workspace.get(roundup.id()).links().isEmpty());
        waitFor(10, TimeUnit.SECONDS, () -> !window.sidebar().convertingProperty().get());
        Article saved = workspace.get(roundup.id());
        assertThat(saved.links()).containsExactly(new RelatedLink(villages.id(), Relation.SEE_ALSO, null));
        assertThat(saved.bodyText())
                .isEqualTo("Late news. A busy week on the coast and in the concert halls.\nThe council meets again on Monday.");
        assertThat(background.threads()).isNotEmpty().allMatch(name -> name.startsWith("copydesk-background-"));
        waitFor(10, TimeUnit.SECONDS, () -> message(robot).equals(
                "The “See also” paragraph is now a link to “Coastal villages count storm damage”."));
        assertThat(robot.lookup("#relatedWorking").query().isVisible()).isFalse();
    }

    @Test
    void undoLeavesALinkAnotherWriterChangedMeanwhileAndSaysSo(FxRobot robot) throws Exception {
        open(robot, storm);
        robot.interact(() -> window.sidebar().addLink(villages.id(), Relation.SEE_ALSO));
        waitFor(10, TimeUnit.SECONDS, () -> workspace.get(storm.id()).links().size() == 1);
        waitFor(10, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> !window.editor().dirtyProperty().get()));

        // another writer (a text editor, a sync) changes that same link on disk; the editor takes its version
        RelatedLink theirs = new RelatedLink(villages.id(), Relation.BACKGROUND, "checked by the night desk");
        workspace.save(workspace.get(storm.id()).withLinks(List.of(theirs)));
        robot.interact(() -> window.editor().checkDisk());
        waitFor(10, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> window.editor().edited()
                .map(a -> a.links().equals(List.of(theirs))).orElse(false)));

        click(robot, "#undoLinkChange");
        waitFor(10, TimeUnit.SECONDS, () -> message(robot).contains("changed elsewhere"));
        assertThat(message(robot)).contains("now Background, “checked by the night desk”").contains("nothing was undone");
        // theirs is kept, in the editor and on disk
        assertThat(FxTestBase.onFx(() -> window.editor().edited().orElseThrow().links())).containsExactly(theirs);
        assertThat(workspace.get(storm.id()).links()).containsExactly(theirs);
        assertThat(robot.lookup("#undoLinkChange").queryButton().isDisabled()).isTrue();
    }
}
