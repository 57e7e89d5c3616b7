package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Related tab's add-a-link completion, after "Make link" and as the typing narrows and widens the list: the popup is
 * as tall as the headlines it offers (each row whole, no scroll bar for three), and showing it logs no CSS warning
 * (ControlsFX's own stylesheet looked up Modena colour names the theme does not define: a ClassCastException each time).
 */
class CompletionPopupTest extends FxTestBase {
    private static final String DOCKERS = "dockers-strike-halts-marseille-port";
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new ArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(String.valueOf(r.getMessage()) + (r.getThrown() == null ? "" : " " + r.getThrown()));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void stopCatching() {
        css.removeHandler(catcher);
    }

    /** What the popup shows: how many suggestions it has, how many rows lie whole inside it, whether it scrolls. */
    record Shown(int items, int wholeRows, boolean scrolls) {
    }

    @Test
    void afterMakeLinkThePopupFitsTheHeadlinesItOffersAndShowsWithoutACssWarning() throws Exception {
        workspace.seedSamples();
        css.addHandler(catcher);
        MainWindow window = showMainWindow(ctx, 1280, 800);
        waitUntil(() -> window.list().table().getItems().size() == 6);
        onFx(() -> window.list().select(DOCKERS));
        waitUntil(() -> window.editor() != null && window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().id().equals(DOCKERS));
        onFx(() -> {
            window.showPanel("related");
            return null;
        });
        // the story's "See also" paragraph made a link: the finding goes, the field moves up
        waitUntil(() -> stage.getScene().lookup("#relatedFindings .finding-convert") instanceof Button b && !b.isDisabled());
        // the findings box takes the height of its row over a pulse or two: clicked once it has
        waitUntil(() -> stage.getScene().lookup("#relatedFindings") instanceof javafx.scene.layout.Region r && laidOut(r)
                && Math.abs(r.getHeight() - r.prefHeight(r.getWidth())) < 0.5);
        // clicked again if the link is not made (twice the box still showed 60 s after one click, in a run of the UI
        // tests in reverse order under load; not seen with the classes before it alone)
        clickUntil(() -> clickWhenShown(() -> stage.getScene().lookup("#relatedFindings .finding-convert")),
                () -> !stage.getScene().lookup("#relatedFindings").isVisible(),
                () -> "the finding still shows; links " + workspace.get(DOCKERS).links() + "; " + focusNow());

        // the field moves up while the findings box folds, over some pulses: typed into once it has the focus
        typeInto("#addLinkField", "l");
        // Lyon, Flood warnings, Bahnstreik: three headlines
        settled(new Shown(3, 3, false));
        synchronized (warnings) {
            assertThat(warnings).as("CSS warnings logged while the popup showed").isEmpty();
        }
        assertThat(settled(new Shown(3, 3, false))).isEqualTo(new Shown(3, 3, false));
        robot.write("yo");
        assertThat(settled(new Shown(1, 1, false))).isEqualTo(new Shown(1, 1, false));
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        // the list grows back while the popup shows: so does the popup
        assertThat(settled(new Shown(3, 3, false))).isEqualTo(new Shown(3, 3, false));
        // the first headline offered is chosen beforehand: Enter links it
        String first = onFx(() -> popupList().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isSelected() && c.getItem() != null)
                .map(n -> ((ListCell<?>) n).getText()).findFirst().orElse(null));
        assertThat(first).as("the suggestion Enter takes").isNotNull();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> workspace.get(DOCKERS).links().size() == 2);
        List<String> linked = new ArrayList<>();
        for (var l : workspace.get(DOCKERS).links()) {
            linked.add(workspace.get(l.targetId()).headline());
        }
        assertThat(linked).contains(first);

        synchronized (warnings) {
            assertThat(warnings).as("CSS warnings logged while the popup showed").isEmpty();
        }
    }

    /**
     * Waits until the popup shows {@code expected} and gives what it shows then, or at the end of the wait what it
     * showed last (the list's own scroll bar can lag a pulse behind the popup's window taking its new height, so a
     * single look once laid out is not enough).
     */
    private static Shown settled(Shown expected) throws Exception {
        Shown[] last = new Shown[1];
        try {
            waitUntil(() -> {
                last[0] = shown();
                return expected.equals(last[0]) && laidOut(popupList());
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // fall through: the assertion names what it showed instead
        }
        return last[0];
    }

    /** The completion popup's list while it shows, else null (on the FX thread). */
    private static ListView<?> popupList() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".auto-complete-popup .list-view"))
                .filter(n -> n instanceof ListView<?>).map(n -> (ListView<?>) n).findFirst().orElse(null);
    }

    /** What the popup shows now, or null while it does not (on the FX thread). */
    private static Shown shown() {
        ListView<?> list = popupList();
        if (list == null || list.getHeight() == 0) {
            return null;
        }
        Bounds inside = list.localToScreen(list.getLayoutBounds());
        int whole = 0;
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null && c.getHeight() > 0) {
                Bounds b = c.localToScreen(c.getLayoutBounds());
                if (b.getMinY() >= inside.getMinY() - 0.5 && b.getMaxY() <= inside.getMaxY() + 0.5) {
                    whole++;
                }
            }
        }
        boolean scrolls = list.lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s.isVisible());
        return new Shown(list.getItems().size(), whole, scrolls);
    }
}
