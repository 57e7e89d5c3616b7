package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.Test;

/** A tip is made when the pointer first comes over its control, and then shows like any tooltip. */
class TipsTest extends FxTestBase {
    @Test
    void theTipIsMadeOnHoverAndShows() throws Exception {
        Button b = onFx(() -> {
            Button button = new Button("Save");
            button.setId("tipped");
            Tips.set(button, "Save (Ctrl+S)");
            return button;
        });
        show(new StackPane(b), 300, 200);
        assertThat(onFx(b::getTooltip)).as("no tooltip window before the pointer comes").isNull();
        assertThat(onFx(() -> Tips.text(b))).isEqualTo("Save (Ctrl+S)");
        assertThat(onFx(b::getAccessibleHelp)).isEqualTo("Save (Ctrl+S)");

        robot.moveTo(b);
        waitUntil(() -> b.getTooltip() != null);
        robot.moveBy(2, 1);
        waitUntil(() -> b.getTooltip().isShowing());
        assertThat(onFx(() -> b.getTooltip().getText())).isEqualTo("Save (Ctrl+S)");

        // a new text reaches the tooltip already made; none takes it away
        onFx(() -> {
            Tips.set(b, "Save now");
            return null;
        });
        assertThat(onFx(() -> b.getTooltip().getText())).isEqualTo("Save now");
        Tooltip shown = onFx(b::getTooltip);
        onFx(() -> {
            Tips.set(b, null);
            return null;
        });
        assertThat(onFx(b::getTooltip)).isNull();
        waitUntil(() -> !shown.isShowing() || Window.getWindows().stream().noneMatch(w -> w == shown));
        assertThat(onFx(() -> Tips.text(b))).isNull();
    }
}
