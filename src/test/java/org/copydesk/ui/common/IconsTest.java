package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.Test;

/**
 * The icons the code names are there, each a whole glyph inside its square, and a name with no icon stops the build's
 * tests (and the window) with a message saying what to do, instead of showing an empty button.
 */
class IconsTest extends FxTestBase {
    @Test
    void everyIconTheCodeNamesHasAnOutlineInsideItsSquare() throws Exception {
        var named = FeatherIconExtractor.namesInSources(FeatherIconExtractor.SOURCES);
        assertThat(named).as("icons named in src/main/java").contains("fth-save", "fth-search", "fth-moon");
        assertThat(Icons.names()).as("outlines in icons/feather.properties (re-run FeatherIconExtractor)")
                .containsAll(named);
        onFx(() -> {
            for (String name : named) {
                Region icon = Icons.of(name);
                Bounds glyph = icon.getShape().getLayoutBounds();
                assertThat(glyph.getMinX()).as(name).isGreaterThanOrEqualTo(0);
                assertThat(glyph.getMinY()).as(name).isGreaterThanOrEqualTo(0);
                assertThat(glyph.getMaxX()).as(name).isLessThanOrEqualTo(Icons.SIZE);
                assertThat(glyph.getMaxY()).as(name).isLessThanOrEqualTo(Icons.SIZE);
                assertThat(Math.max(glyph.getWidth(), glyph.getHeight())).as(name + " fills most of its square")
                        .isGreaterThan(Icons.SIZE / 2);
                assertThat(icon.getStyleClass()).contains("icon");
            }
            return null;
        });
    }

    @Test
    void anIconNameWithNoOutlineFailsLoudly() {
        assertThatThrownBy(() -> Icons.of("fth-no-such-icon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fth-no-such-icon").hasMessageContaining("FeatherIconExtractor");
    }
}
