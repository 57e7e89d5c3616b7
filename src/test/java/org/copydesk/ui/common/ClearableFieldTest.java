package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.Test;

/** The search box's cross shows only while there is text, and clears it; Escape clears it too. */
class ClearableFieldTest extends FxTestBase {
    @Test
    void theCrossAndEscapeClearTheField() throws Exception {
        ClearableField box = onFx(() -> {
            ClearableField f = new ClearableField("Clear the search");
            f.field().setId("searchBox");
            return f;
        });
        show(new VBox(box.view()), 300, 100);
        Node cross = onFx(() -> box.view().lookup(".clear-button"));
        assertThat(onFx(cross::isVisible)).as("no cross on an empty field").isFalse();

        clickWhenShown("#searchBox");
        robot.write("port strike");
        waitUntil(() -> cross.isVisible());
        clickWhenShown(() -> cross);
        waitUntil(() -> box.field().getText().isEmpty());
        assertThat(onFx(cross::isVisible)).isFalse();
        assertThat(onFx(() -> box.field().isFocused())).as("the keyboard stays in the field").isTrue();

        robot.write("dockers");
        waitUntil(() -> "dockers".equals(box.field().getText()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> box.field().getText().isEmpty());
    }
}
