package org.copydesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.copydesk.export.ExportFormat;
import org.copydesk.export.ExportSession;
import org.copydesk.export.PreflightFinding;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The export dialog driven headless through its controls: several articles, preflight per article, grouped findings
 * and their fix, export anyway, the default button, progress, go to, opening what was exported.
 */
class ExportDialogTest extends ExportDialogTestBase {
    Path out;
    final List<String> wentTo = new CopyOnWriteArrayList<>();
    final List<String> opened = new CopyOnWriteArrayList<>();
    FxRobot robot;

    private static Article story(String id, String headline, String byline) {
        return Article.draft(id, headline, "en", T).withByline(byline).withStatus(ArticleStatus.READY)
                .withBody(List.of(Paragraph.of("The first paragraph of " + id + ".")));
    }

    @Start
    void start(Stage stage) throws Exception {
        context(java.util.Locale.ENGLISH, opened::add);
        out = Files.createTempDirectory(dir, "out");
        ws.save(story("clean", "A clean story", "By Lea Park"));
        ws.save(story("no-byline", "A story without byline", ""));
        ws.save(story("no-headline", "", "By Lea Park"));
        ws.save(story("not-chosen", "Not chosen", "By Lea Park"));
        ws.save(Article.draft("quotes", "Guillemets in English", "en", T).withByline("By Kim").withStatus(ArticleStatus.READY)
                .withBody(List.of(Paragraph.of("The mayor said «we will build» and «we will pay» at the meeting."),
                        Paragraph.of("Residents answered «not here», «not now» and «not us» before leaving."))));
    }

    private void open(FxRobot r, String... chosen) throws Exception {
        robot = r;
        dialog = FxTestBase.onFx(() -> {
            ExportDialog d = new ExportDialog(ctx, null, List.of(chosen), (id, f) -> wentTo.add(id + ":" + f.check() + "@" + f.start()));
            d.stage().show();
            return d;
        });
        waitFor(30, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> dialog.items().size() == 5
                && dialog.items().stream().filter(ExportSession.Item::included).allMatch(i -> i.checked() != null)));
    }

    private Node node(String id) {
        return dialog.stage().getScene().lookup(id);
    }

    private void click(String id) throws Exception {
        FxTestBase.clickWhenShown(robot, () -> node(id));
    }

    private String status() throws Exception {
        return FxTestBase.onFx(() -> ((Label) node("#exportStatus")).getText());
    }

    private ExportSession.Item item(String id) {
        return dialog.session().item(id).orElseThrow();
    }

    private List<String> files() throws Exception {
        try (var s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void selectArticle(String id) throws Exception {
        FxTestBase.onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<ExportSession.Item> list = (ListView<ExportSession.Item>) node("#exportArticles");
            list.getSelectionModel().select(item(id));
            return null;
        });
    }

    /** The text of the findings' rows as shown (top level, and opened groups' places). */
    @SuppressWarnings("unchecked")
    private TreeView<ExportDialog.Row> findings() {
        return (TreeView<ExportDialog.Row>) node("#exportFindings");
    }

    /** Clicks the finding row whose text starts with {@code start}. */
    private void clickFinding(String start) throws Exception {
        FxTestBase.clickWhenShown(robot, () -> findings().lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getText() != null && c.getText().startsWith(start))
                .findFirst().orElse(null));
    }

    @Test
    void exportsTheCleanArticleHoldsBackWarningsUntilAcceptedAndNeverExportsBlockers(FxRobot r) throws Exception {
        open(r, "clean", "no-byline", "no-headline");
        ListView<?> list = (ListView<?>) node("#exportArticles");
        assertThat(list.getItems()).extracting(i -> ((ExportSession.Item) i).id()).startsWith("clean", "no-byline", "no-headline");
        assertThat(item("not-chosen").included()).isFalse();
        robot.interact(() -> {
            ((ChoiceBox<?>) node("#exportFormat")).getSelectionModel().select(ExportFormat.MARKDOWN.ordinal());
            ((TextField) node("#exportDestination")).setText(out.toString());
        });
        assertThat(status()).isEqualTo("1 article(s) ready to export, 2 held back by preflight.");
        assertThat(((Button) node("#exportRun")).isDefaultButton()).isTrue();

        click("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> item("clean").exported() != null && !dialog.session().running()));
        assertThat(files()).containsExactly("clean.md");
        assertThat(((ProgressBar) node("#exportProgress")).getProgress()).isEqualTo(1.0);
        assertThat(status()).isEqualTo("1 exported, 0 failed, 2 held back by preflight.");
        assertThat(ws.get("clean").status()).isEqualTo(ArticleStatus.EXPORTED);
        // nothing ready any more: Export is not the default, Close is
        assertThat(((Button) node("#exportRun")).isDisabled()).isTrue();
        assertThat(((Button) node("#exportRun")).isDefaultButton()).isFalse();
        assertThat(((Button) node("#exportClose")).isDefaultButton()).isTrue();

        // the article with a warning: its finding is shown, and "Export anyway" lets it through
        selectArticle("no-byline");
        assertThat(FxTestBase.onFx(() -> findings().getRoot().getChildren().stream()
                .map(t -> t.getValue().finding().check()).toList())).containsExactly(PreflightFinding.Check.MISSING_BYLINE);
        click("#exportAnyway");
        waitFor(5, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> item("no-byline").exportAnyway()));
        assertThat(((Button) node("#exportRun")).isDefaultButton()).isTrue();

        // the blocked one cannot be exported anyway
        selectArticle("no-headline");
        assertThat(node("#exportAnyway").isDisabled()).isTrue();

        click("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> item("no-byline").exported() != null && !dialog.session().running()));
        assertThat(files()).containsExactly("clean.md", "no-byline.md");
        assertThat(ws.get("no-headline").status()).isEqualTo(ArticleStatus.READY);

        // opened through the application's host services, off the FX thread
        selectArticle("no-byline");
        click("#exportOpen");
        waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 1);
        assertThat(opened).containsExactly(out.resolve("no-byline.md").toAbsolutePath().toUri().toString());
        click("#exportOpenFolder");
        waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 2);
        assertThat(opened.get(1)).isEqualTo(out.toAbsolutePath().toUri().toString());
    }

    @Test
    void withNothingReadyExportIsDisabledWithItsReasonAndEnterCloses(FxRobot r) throws Exception {
        open(r, "no-headline");
        robot.interact(() -> ((TextField) node("#exportDestination")).setText(out.toString()));
        Button export = (Button) node("#exportRun");
        assertThat(export.isDisabled()).isTrue();
        assertThat(export.isDefaultButton()).isFalse();
        assertThat(((Button) node("#exportClose")).isDefaultButton()).isTrue();
        assertThat(status()).startsWith("Nothing to export: 1 article(s) held back by preflight.");
        assertThat(export.getTooltip().getText()).isEqualTo(status());

        FxTestBase.clickWhenShown(robot, () -> node("#exportDestination"));
        robot.type(KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> !dialog.stage().isShowing());
        assertThat(files()).isEmpty();
    }

    @Test
    void anExistingFileIsReportedNotReplaced(FxRobot r) throws Exception {
        open(r, "clean", "no-byline", "no-headline");
        Files.writeString(out.resolve("clean.txt"), "keep");
        robot.interact(() -> {
            ((ChoiceBox<?>) node("#exportFormat")).getSelectionModel().select(ExportFormat.TEXT.ordinal());
            ((TextField) node("#exportDestination")).setText(out.toString());
        });
        click("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> item("clean").problem() != null && !dialog.session().running()));
        assertThat(item("clean").problem().detail()).isEqualTo("clean.txt");
        assertThat(FxTestBase.onFx(() -> ((ListView<?>) node("#exportArticles")).lookupAll(".item-state").stream()
                .map(n -> ((Label) n).getText()).toList()))
                .contains("not exported: clean.txt already exists (tick “Replace files that already exist”)");
        assertThat(Files.readString(out.resolve("clean.txt"))).isEqualTo("keep");
        assertThat(ws.get("clean").status()).isEqualTo(ArticleStatus.READY);

        click("#exportOverwrite");
        click("#exportRun");
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> item("clean").exported() != null));
        assertThat(Files.readString(out.resolve("clean.txt"))).startsWith("A clean story");
    }

    @Test
    void goToClosesTheDialogAndHandsTheFindingToTheMainWindow(FxRobot r) throws Exception {
        open(r, "clean", "no-byline", "no-headline");
        selectArticle("no-headline");
        clickFinding("Blocker:");
        click("#exportGoTo");
        assertThat(wentTo).containsExactly("no-headline:MISSING_HEADLINE@0");
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    @Test
    void tenQuotationMarksAreOneGroupOpenedToItsPlacesFixedInOneUndoableStep(FxRobot r) throws Exception {
        open(r, "quotes");
        Article before = ws.get("quotes");
        TreeView<ExportDialog.Row> tree = findings();
        waitFor(10, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> tree.getRoot().getChildren().size() == 1));
        String groupText = "Warning: « » in English copy: use “ ” (10 places)";
        // the cells show the new row a pulse after the tree has it: look them up inside the wait
        Callable<List<String>> shown = () -> FxTestBase.onFx(() -> tree.lookupAll(".tree-cell").stream()
                .map(n -> ((TreeCell<?>) n).getText()).filter(t -> t != null).toList());
        waitFor(10, TimeUnit.SECONDS, () -> !shown.call().isEmpty());
        assertThat(shown.call()).containsExactly(groupText);
        assertThat(node("#exportFixQuotes").isVisible()).isTrue();
        assertThat(node("#exportFixQuotes").isDisabled()).as("a fix of the whole article: no row needs choosing").isFalse();

        // opened, its places are listed; Go to on one of them goes to that place
        clickFinding("Warning:");
        robot.type(KeyCode.RIGHT);
        waitFor(5, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> tree.getRoot().getChildren().get(0).isExpanded()));
        List<String> places = FxTestBase.onFx(() -> tree.getRoot().getChildren().get(0).getChildren().stream()
                .map(TreeItem::getValue).map(row -> row.place().paragraph() + "|" + row.place().context()).toList());
        assertThat(places).hasSize(10);
        assertThat(places.get(0)).startsWith("1|The mayor said «we will build» and").endsWith("…");
        assertThat(places.get(9)).startsWith("2|");
        clickFinding("Paragraph 2: ");
        PreflightFinding third = FxTestBase.onFx(() -> tree.getSelectionModel().getSelectedItem().getValue().finding());
        assertThat(third.start()).isGreaterThan(before.body().get(0).text().length());

        // one fix for the group
        clickFinding("Warning:");
        click("#exportFixQuotes");
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> dialog.session().lastFix() != null
                && item("quotes").checked() != null));
        assertThat(ws.get("quotes").bodyText()).isEqualTo("The mayor said “we will build” and “we will pay” at the meeting.\n"
                + "Residents answered “not here”, “not now” and “not us” before leaving.");
        assertThat(ws.get("quotes").revision()).isEqualTo(before.revision() + 1);
        assertThat(status()).isEqualTo("10 quotation mark(s) fixed in “Guillemets in English”, as one change of the article"
                + " (Undo the fix takes it back).");
        assertThat(FxTestBase.onFx(() -> tree.getRoot().getChildren().isEmpty())).as("checked again: nothing left").isTrue();
        assertThat(node("#exportFixQuotes").isVisible()).isFalse();
        assertThat(((Button) node("#exportRun")).isDefaultButton()).as("ready now").isTrue();

        click("#exportUndoFix");
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> dialog.session().lastFix() == null
                && item("quotes").checked() != null && !item("quotes").groups().isEmpty()));
        assertThat(ws.get("quotes").body()).isEqualTo(before.body());
        assertThat(status()).isEqualTo("The quotation marks of “Guillemets in English” are back as they were.");

        // Go to on the place chosen earlier still goes there
        clickFinding("Warning:");
        robot.type(KeyCode.RIGHT);
        clickFinding("Paragraph 2: ");
        click("#exportGoTo");
        assertThat(wentTo).hasSize(1);
        assertThat(wentTo.get(0)).startsWith("quotes:COPY_ISSUE@");
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    @Test
    void tickingAnotherArticleChecksIt(FxRobot r) throws Exception {
        open(r, "clean", "no-byline", "no-headline");
        FxTestBase.clickWhenShown(robot, () -> dialog.stage().getScene().getRoot().lookupAll(".list-cell").stream()
                .filter(c -> c.lookup(".item-headline") instanceof Label l && "Not chosen".equals(l.getText()))
                .map(c -> c.lookup(".check-box")).findFirst().orElse(null));
        waitFor(20, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> item("not-chosen").checked() != null));
        assertThat(item("not-chosen").included()).isTrue();
        assertThat(item("not-chosen").checked().findings()).isEmpty();
        assertThat(status()).isEqualTo("2 article(s) ready to export, 2 held back by preflight.");
    }

    @Test
    void thePreflightChecksSpellingWithTheDesksDictionaries(FxRobot r) throws Exception {
        // the dictionary folder chosen in the settings: the small test dictionary, which knows "the" and "of" only
        Path dicts = Path.of(ExportDialogTest.class.getResource("/org/copydesk/spelling/dicts/en_US.aff").toURI()).getParent();
        assertThat(ctx.desk().setDictionaryFolder(dicts.toString())).isTrue();
        open(r, "clean");
        List<PreflightFinding> findings = FxTestBase.onFx(() -> item("clean").checked().findings());
        assertThat(findings).filteredOn(f -> f.check() == PreflightFinding.Check.SPELLING).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("paragraph"));
    }
}
