package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.css.StyleManager;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.css.Stylesheet;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The launch reads the theme on its preparing thread while JavaFX starts ({@link Look#preloadTheme}): the window then
 * shows that theme, light or dark, and the FX thread does not read it a second time.
 */
class ThemePreloadTest extends FxTestBase {

    @AfterEach
    void lightAgain() throws Exception {
        onFx(() -> {
            Look.applyTheme(false, null);
            return null;
        });
    }

    @Test
    void theLightThemeReadAheadIsTheOneTheWindowShows() throws Exception {
        themeReadAheadIsShown(false, Color.web("#ffffff"));
    }

    @Test
    void theDarkThemeReadAheadIsTheOneTheWindowShows() throws Exception {
        themeReadAheadIsShown(true, Color.web("#0d1117"));
    }

    private void themeReadAheadIsShown(boolean dark, Color background) throws Exception {
        // the other theme in use before, as when the app starts (nothing of this one read yet)
        onFx(() -> {
            Look.applyTheme(!dark, null);
            return null;
        });
        Stylesheet read = CompletableFuture.supplyAsync(() -> Look.preloadTheme(dark)).get(60, TimeUnit.SECONDS);
        assertThat(read).as("the theme read off the FX thread").isNotNull();
        assertThat(read.getUrl()).endsWith(dark ? "primer-dark.bss" : "primer-light.bss");

        StackPane root = new StackPane();
        onFx(() -> {
            Look.applyTheme(dark, root);
            return null;
        });
        // (the same object: a stylesheet equals any other read from the same place)
        List<Stylesheet> inUse = onFx(ThemePreloadTest::themesInUse);
        assertThat(inUse).hasSize(1);
        assertThat(inUse.get(0)).as("the theme JavaFX uses: the one read ahead, not read again").isSameAs(read);
        show(root, 200, 100);
        waitUntil(() -> root.getBackground() != null && !root.getBackground().getFills().isEmpty());
        assertThat(onFx(() -> fill(root.getBackground()))).as("the window's background").isEqualTo(background);
    }

    private static Object fill(Background b) {
        return b.getFills().get(0).getFill();
    }

    /** JavaFX's theme stylesheets as its style manager holds them (its own list: no API gives it). */
    private static List<Stylesheet> themesInUse() throws ReflectiveOperationException {
        Field containers = StyleManager.class.getDeclaredField("platformUserAgentStylesheetContainers");
        containers.setAccessible(true);
        List<Stylesheet> sheets = new ArrayList<>();
        for (Object c : (List<?>) containers.get(StyleManager.getInstance())) {
            Field sheet = c.getClass().getDeclaredField("stylesheet");
            sheet.setAccessible(true);
            sheets.add((Stylesheet) sheet.get(c));
        }
        return sheets;
    }
}
