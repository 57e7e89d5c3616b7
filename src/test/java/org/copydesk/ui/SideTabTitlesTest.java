package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.copydesk.storage.Settings;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The side panel's tab titles show whole at every zoom step: at 1280×800 zoomed one step (110 %, where "History" was
 * cut to "His" behind the overflow arrow) and at the largest zoom, in English and in French. Each title's text fits
 * its label, and each label lies within the panel, left of the overflow arrow when there is one.
 */
class SideTabTitlesTest extends FxTestBase {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void everyTabTitleShowsWholeAtEveryZoomStepAt1280(String lang) throws Exception {
        workspace.seedSamples();
        UiContext c = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages(lang));
        ctx = c;
        MainWindow window = showMainWindow(c, 1280, 800);
        waitUntil(() -> window.list().table().getItems().size() == 6);
        int steps = (int) Math.round((Settings.MAX_ZOOM - 1.0) * 10);
        for (int step = 1; step <= steps; step++) {
            double before = onFx(() -> fontPx(window));
            WindowFitTest.fire(window, "menu.view.zoomIn");
            double zoom = 1.0 + step / 10.0;
            List<String> cut = new ArrayList<>();
            try {
                waitUntil(() -> {
                    cut.clear();
                    cut.addAll(cutTitles(window));
                    return fontPx(window) > before + 0.1 && cut.isEmpty();
                });
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("tab titles cut at " + Math.round(zoom * 100) + " %: " + cut, e);
            }
        }
    }

    /** The window's own font size (px): the zoom has been applied once it is the zoomed one. */
    private static double fontPx(MainWindow window) {
        Node status = window.view().lookup("#statusMessage");
        return ((Label) status).getFont().getSize();
    }

    /** The titles not shown whole: wider than their label, or reaching past the panel or under the overflow arrow. */
    private static List<String> cutTitles(MainWindow window) {
        List<String> cut = new ArrayList<>();
        Node panels = window.sidePanels();
        Bounds panel = panels.localToScene(panels.getLayoutBounds());
        Node buttons = panels.lookup(".tab-header-area .control-buttons-tab");
        double right = panel.getMaxX();
        if (buttons != null && buttons.isVisible()) {
            Node arrow = buttons.lookup(".tab-down-button");
            if (arrow != null && arrow.isVisible()) {
                right = Math.min(right, buttons.localToScene(buttons.getLayoutBounds()).getMinX());
            }
        }
        for (Node n : panels.lookupAll(".tab-header-area .tab-label")) {
            Label l = (Label) n;
            Text t = new Text(l.getText());
            t.setFont(l.getFont());
            double text = t.getLayoutBounds().getWidth();
            Bounds b = l.localToScene(l.getLayoutBounds());
            double inner = l.getWidth() - l.getInsets().getLeft() - l.getInsets().getRight();
            String shown = l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).map(c -> ((Text) c).getText())
                    .findFirst().orElse("");
            // the text's width as measured here and as the label measures it may differ by a rounding: a pixel
            if (!shown.equals(l.getText()) || text > inner + 1 || b.getMaxX() > right + 0.5 || b.getWidth() <= 0) {
                cut.add(String.format("%s shows “%s” (text %.1f px in %.1f px, right edge %.1f of %.1f)", l.getText(), shown,
                        text, inner, b.getMaxX(), right));
            }
        }
        return cut;
    }
}
