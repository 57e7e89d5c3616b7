package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Related tab's "See also" finding ("… in the text names …", Make link) is shown whole: its box is as tall as its
 * wrapped lines (a fixed 80 px showed four of five lines under a scroll bar).
 */
class RelatedFindingsTest extends FxTestBase {
    private static final String DOCKERS = "dockers-strike-halts-marseille-port";

    /** What the findings box shows: its rows, how many lie whole inside it, whether it scrolls. */
    record Shown(int rows, int whole, boolean scrolls) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theFindingIsShownWholeInItsBox(String language) throws Exception {
        workspace.seedSamples();
        UiContext ui = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages(language));
        MainWindow window = showMainWindow(ui, 1280, 800);
        waitUntil(() -> window.list().table().getItems().size() == 6);
        onFx(() -> window.list().select(DOCKERS));
        onFx(() -> {
            window.showPanel("related");
            return null;
        });
        waitUntil(() -> stage.getScene().lookup("#relatedFindings .finding-convert") instanceof Button b && !b.isDisabled());
        // the box takes its rows' height over a pulse or two, and its scroll bar follows a pulse later: waited for,
        // and if it never comes, what it showed last is named
        Shown expected = new Shown(1, 1, false);
        Shown[] last = new Shown[1];
        try {
            waitUntil(() -> {
                last[0] = shown();
                return expected.equals(last[0]) && laidOut(stage.getScene().lookup("#relatedFindings"));
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion names what it showed
        }
        assertThat(last[0]).isEqualTo(expected);
    }

    /** What the findings box shows now (on the FX thread). */
    private static Shown shown() {
        Node list = stage.getScene().lookup("#relatedFindings");
        if (list == null || !list.isVisible()) {
            return null;
        }
        Bounds box = list.localToScene(list.getLayoutBounds());
        int rows = 0;
        int whole = 0;
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null && c.getHeight() > 0) {
                rows++;
                Bounds b = c.localToScene(c.getLayoutBounds());
                if (b.getMinY() >= box.getMinY() - 0.5 && b.getMaxY() <= box.getMaxY() + 0.5) {
                    whole++;
                }
            }
        }
        boolean scrolls = list.lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s.isVisible());
        return new Shown(rows, whole, scrolls);
    }
}
