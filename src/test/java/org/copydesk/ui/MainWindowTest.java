package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.copydesk.ui.articles.ArticleRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real main window headless: the list, selecting, editing, saving. Every look-up and every read of a node
 * runs on the FX thread, inside the wait that needs it; the window closes with its writers after each test.
 */
class MainWindowTest extends FxTestBase {
    MainWindow window;

    @BeforeEach
    void start() throws Exception {
        workspace.seedSamples();
        Files.writeString(workspace.articlesDir().resolve("broken-file.json"), "{\"formatVersion\": 1, \"id\": ");
        // the first window of a run loads fonts and skins: on a loaded machine it takes a while (a bound, not a timing)
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> table().getItems().size() == 7);
    }

    /** On the FX thread only. */
    private TableView<ArticleRow> table() {
        return window.list().table();
    }

    /** On the FX thread only. */
    private static Node find(String selector) {
        return stage.getScene() == null ? null : stage.getScene().lookup(selector);
    }

    private static String text(String selector) throws Exception {
        return onFx(() -> find(selector) instanceof TextField f ? f.getText() : ((Label) find(selector)).getText());
    }

    private String title() throws Exception {
        return onFx(stage::getTitle);
    }

    private void open(String id, String headlineStart) throws Exception {
        onFx(() -> window.list().select(id));
        waitUntil(() -> find("#headlineField") instanceof TextField f && f.getText().startsWith(headlineStart));
    }

    /** On the FX thread only: the size of the status bar's message, as drawn. */
    private static double statusFontSize() {
        return find("#statusMessage") instanceof Label l ? l.getFont().getSize() : -1;
    }

    @Test
    void zoomKeysAsKeyboardsSendThemGrowAndShrinkTheTextAndResetBringsItBack() throws Exception {
        waitUntil(() -> statusFontSize() == org.copydesk.ui.common.Look.BASE_FONT_PX);
        clickWhenShown("#articleFilter");
        // Ctrl++ as a US or French keyboard sends it: Ctrl+Shift+= (the key's code is EQUALS, not PLUS)
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> Math.abs(statusFontSize() - 14.3) < 0.01);
        // the keypad's + and -
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        waitUntil(() -> Math.abs(statusFontSize() - 15.6) < 0.01);
        robot.press(KeyCode.CONTROL, KeyCode.SUBTRACT).release(KeyCode.SUBTRACT, KeyCode.CONTROL);
        waitUntil(() -> Math.abs(statusFontSize() - 14.3) < 0.01);
        // the menu's own Ctrl++ (a keyboard with a + key), then Ctrl+0
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        waitUntil(() -> Math.abs(statusFontSize() - 15.6) < 0.01);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> statusFontSize() == org.copydesk.ui.common.Look.BASE_FONT_PX);
    }

    @Test
    void listsEveryArticleIncludingTheUnreadableOne() throws Exception {
        assertThat(onFx(() -> table().getItems().stream().map(ArticleRow::headline).toList()))
                .contains("Lyon adopte un plan vélo de 200 millions d’euros", "broken-file.json");
        assertThat(text("#statusMessage")).contains("1 cannot be read");
    }

    @Test
    void filterNarrowsTheList() throws Exception {
        typeInto("#articleFilter", "madrid");
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(onFx(() -> table().getItems().get(0).id())).isEqualTo("madrid-aprueba-presupuesto-cultural");
    }

    @Test
    void selectEditSaveAndFindTheChangeOnDisk() throws Exception {
        open("rail-freight-operators-plan-weekend-of-reduced-service", "Rail freight");
        clickWhenShown("#headlineField");
        robot.press(KeyCode.END).release(KeyCode.END).write(" (updated)");
        clickWhenShown("#bodyArea");
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL).write("UPDATE: ");
        waitUntil(() -> window.editor().edited().map(a -> a.bodyText().startsWith("UPDATE: ")).orElse(false));
        assertThat(title()).startsWith("• ");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Path file = workspace.fileOf("rail-freight-operators-plan-weekend-of-reduced-service");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.readString(file).contains("(updated)"));
        String json = Files.readString(file);
        assertThat(json).contains("\"headline\": \"Rail freight operators plan a weekend of reduced service (updated)\"")
                .contains("\"text\": \"UPDATE: Freight trains between Lyon");
        // the window hears of the save when the desk answers
        waitUntil(() -> !stage.getTitle().startsWith("• "));
        waitUntil(() -> table().getItems().stream().map(ArticleRow::headline)
                .anyMatch("Rail freight operators plan a weekend of reduced service (updated)"::equals));
    }

    @Test
    void switchingArticlesSavesTheEdits() throws Exception {
        open("madrid-aprueba-presupuesto-cultural", "Madrid");
        clickWhenShown("#headlineField");
        robot.press(KeyCode.END).release(KeyCode.END).write(" 2027");
        waitUntil(() -> ((TextField) find("#headlineField")).getText().endsWith(" 2027"));
        open("lyon-adopte-son-plan-velo", "Lyon");
        assertThat(workspace.get("madrid-aprueba-presupuesto-cultural").headline()).endsWith("récord 2027");
    }

    @Test
    void anUnreadableFileOpensReadOnlyAndIsNeverWritten() throws Exception {
        Path file = workspace.articlesDir().resolve("broken-file.json");
        String before = Files.readString(file);
        onFx(() -> window.list().select("broken-file"));
        // opened: no article to edit, and the status bar says why (not editable alone: a switch holds the editor too)
        waitUntil(() -> find("#headlineField") instanceof TextField f && !f.isEditable()
                && window.editor().articleProperty().get() == null
                && ((Label) find("#statusMessage")).getText().startsWith("broken-file.json opened read-only"));
        String shownHeadline = text("#headlineField");
        // try to edit it as a user would: if the editor let the keys through, the save below would write the file
        clickWhenShown("#headlineField");
        robot.press(KeyCode.END).release(KeyCode.END).write("x");
        clickWhenShown("#bodyArea");
        robot.write("typed");
        assertThat(text("#headlineField")).as("the headline of a read-only article does not take typing").isEqualTo(shownHeadline);
        assertThat(onFx(() -> window.editor().dirtyProperty().get())).as("nothing to save").isFalse();
        String status = text("#statusMessage");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // a save asked for now would be answered after the desk's jobs so far: once they are done, nothing was written
        onFx(() -> ctx.desk().drained()).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(text("#statusMessage")).as("no \"saved\" message").isEqualTo(status);
    }
}
