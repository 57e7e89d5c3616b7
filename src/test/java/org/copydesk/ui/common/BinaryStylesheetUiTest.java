package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.Test;

/**
 * What the binary stylesheets change in the window: JavaFX reads {@code name.bss} in place of {@code name.css} (so a
 * binary must match its text, which {@code StylesheetCompilerTest} checks), and the light and dark themes loaded that
 * way give the Primer colours.
 */
class BinaryStylesheetUiTest extends FxTestBase {
    @Test
    void javaFxStylesANodeFromTheBinaryNextToTheCssItIsGiven() throws Exception {
        String red = ".probe { -fx-background-color: #ff0000; }";
        Path alone = Files.writeString(tempDir.resolve("alone.css"), red);
        assertThat(backgroundOfAProbeStyledBy(alone)).as("only the .css there").isEqualTo(Color.web("#ff0000"));
        // (another name: JavaFX keeps a stylesheet it has loaded while a scene uses it)
        Path paired = Files.writeString(tempDir.resolve("paired.css"), red);
        Path blue = Files.writeString(tempDir.resolve("blue.css"), ".probe { -fx-background-color: #0000ff; }");
        Stylesheet.convertToBinary(blue.toFile(), new File(tempDir.toFile(), "paired.bss"));
        assertThat(backgroundOfAProbeStyledBy(paired)).as("a .bss beside it").isEqualTo(Color.web("#0000ff"));
    }

    @Test
    void theLightAndDarkThemesGiveThePrimerColours() throws Exception {
        Label label = new Label("Headline");
        StackPane root = new StackPane(label);
        show(root, 300, 200);
        try {
            onFx(() -> {
                Look.applyTheme(true, root);
                return null;
            });
            waitUntil(() -> Color.web("#0d1117").equals(fill(root.getBackground())));
            assertThat(onFx(label::getTextFill)).isEqualTo(Color.web("#c9d1d9"));
            assertThat(root.getStyleClass()).contains("dark");
            onFx(() -> {
                Look.applyTheme(false, root);
                return null;
            });
            waitUntil(() -> Color.web("#ffffff").equals(fill(root.getBackground())));
            assertThat(onFx(label::getTextFill)).isEqualTo(Color.web("#24292f"));
            assertThat(root.getStyleClass()).doesNotContain("dark");
        } finally {
            // the theme is the whole application's: leave it light, as every other test expects
            onFx(() -> {
                Look.applyTheme(false, null);
                return null;
            });
        }
    }

    private Paint backgroundOfAProbeStyledBy(Path css) throws Exception {
        Region probe = new Region();
        probe.getStyleClass().add("probe");
        StackPane root = new StackPane(probe);
        root.getStylesheets().add(css.toUri().toString());
        show(root, 200, 100);
        return onFx(() -> {
            root.applyCss();
            return fill(probe.getBackground());
        });
    }

    private static Paint fill(Background b) {
        return b == null || b.getFills().isEmpty() ? null : b.getFills().get(0).getFill();
    }
}
