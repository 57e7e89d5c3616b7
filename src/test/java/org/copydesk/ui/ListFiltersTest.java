package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.copydesk.ui.articles.ArticleRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The list's status, language, tag and date filters fold under a button beside the search box: the window starts
 * without them (they are made the first time they are shown), the button and View ▸ Article filters (Ctrl+Shift+F)
 * show them, and the button counts the filters that narrow the list while they are folded.
 */
class ListFiltersTest extends FxTestBase {
    MainWindow window;

    @BeforeEach
    void start() throws Exception {
        workspace.seedSamples();
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> table().getItems().size() == 6);
    }

    /** On the FX thread only. */
    private TableView<ArticleRow> table() {
        return window.list().table();
    }

    /** On the FX thread only. */
    private static Node find(String selector) {
        return stage.getScene() == null ? null : stage.getScene().lookup(selector);
    }

    private static String toggleText() throws Exception {
        return onFx(() -> ((ToggleButton) find("#filtersToggle")).getText());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String id) {
        return (ComboBox<String>) find(id);
    }

    @Test
    void theSearchBoxSaysWhatItIsForWhileItHasTheKeyboard() throws Exception {
        clickWhenShown("#articleFilter");
        waitUntil(() -> find("#articleFilter").isFocused() && promptShown((TextField) find("#articleFilter")));
        assertThat(onFx(() -> ((TextField) find("#articleFilter")).getPromptText())).isEqualTo("Search articles");
    }

    /** Whether the field's prompt is drawn: its text node there, visible, in a colour that is not transparent. */
    private static boolean promptShown(TextField field) {
        return field.lookupAll(".text").stream().anyMatch(n -> n instanceof Text t && t.getText().equals(field.getPromptText())
                && t.isVisible() && t.getFill() instanceof Color c && c.getOpacity() > 0);
    }

    @Test
    void filtersStartFoldedAndTheButtonShowsThem() throws Exception {
        waitUntil(() -> find("#filtersToggle") != null);
        assertThat(onFx(() -> find("#statusFilter"))).as("the filters are not in the window on start").isNull();
        assertThat(toggleText()).isEqualTo("Filters");

        clickWhenShown("#filtersToggle");
        waitUntil(() -> find("#statusFilter") != null && find("#toFilter") != null && laidOut(find("#statusFilter")));
        // the languages of the listed articles were gathered before the filters were made
        assertThat(onFx(() -> combo("#languageFilter").getItems())).containsExactly("", "de", "en", "es", "fr");

        clickWhenShown("#filtersToggle");
        waitUntil(() -> find("#statusFilter") == null);
    }

    @Test
    void aFoldedFilterStillNarrowsTheListAndTheButtonCountsIt() throws Exception {
        // View ▸ Article filters, by its keys
        clickWhenShown("#articleFilter");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> find("#statusFilter") != null && find("#statusFilter").isFocused());
        onFx(() -> {
            combo("#statusFilter").setValue("ready");
            return null;
        });
        waitUntil(() -> table().getItems().size() == 2);
        assertThat(onFx(() -> table().getItems().stream().map(ArticleRow::headline).toList()))
                .allMatch(h -> h.startsWith("Rail freight") || h.startsWith("Lyon adopte"));
        assertThat(toggleText()).isEqualTo("Filters (1)");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> find("#statusFilter") == null);
        assertThat(onFx(() -> table().getItems().size())).as("folding the row keeps its filters").isEqualTo(2);
        assertThat(toggleText()).isEqualTo("Filters (1)");

        clickWhenShown("#filtersToggle");
        waitUntil(() -> find("#statusFilter") != null);
        assertThat(onFx(() -> combo("#statusFilter").getValue())).isEqualTo("ready");
        onFx(() -> {
            combo("#statusFilter").setValue("");
            return null;
        });
        waitUntil(() -> table().getItems().size() == 6);
        assertThat(toggleText()).isEqualTo("Filters");
    }
}
