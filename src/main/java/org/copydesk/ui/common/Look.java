package org.copydesk.ui.common;

import com.sun.javafx.css.StyleManager;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.css.Stylesheet;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.copydesk.storage.Settings;

/**
 * The app's look: the AtlantaFX light or dark theme for every window, and the zoom (the base font size of the main
 * window, from which the body and the panels scale). The zoom is a generated one-rule stylesheet, not an inline style.
 */
public final class Look {
    /** The base font size at 100 %. */
    public static final double BASE_FONT_PX = 13;
    private static final String ZOOM_PREFIX = "data:text/css;base64,";

    private Look() {
    }

    /** Whether the theme setting ("light", "dark" or "system") means dark, given the desktop's preference. */
    public static boolean dark(String theme, boolean desktopDark) {
        return theme.equals("dark") || (theme.equals("system") && desktopDark);
    }

    /**
     * The theme's stylesheet: AtlantaFX's Primer, kept in our resources (see theme/NOTICE.md), in the binary form the
     * build compiles it to (its source where that is missing).
     */
    static URL themeUrl(boolean dark) {
        String name = dark ? "/org/copydesk/ui/theme/primer-dark" : "/org/copydesk/ui/theme/primer-light";
        URL bss = Look.class.getResource(name + ".bss");
        return bss != null ? bss : Objects.requireNonNull(Look.class.getResource(name + ".css"));
    }

    /**
     * Reads the theme and indexes its selectors ahead, on the calling thread (the launch's preparing thread, while the
     * toolkit starts): {@link #applyTheme} on the FX thread then finds it read, under the same name, and reads nothing.
     * JavaFX's style manager locks for this, and no window exists yet to restyle. Returns the theme as read, or null if
     * it could not be (then {@link #applyTheme} reads it on the FX thread, as without this).
     */
    public static Stylesheet preloadTheme(boolean dark) {
        URL url = themeUrl(dark);
        if (!url.getPath().endsWith(".bss")) {
            return null;
        }
        try {
            Stylesheet sheet = Stylesheet.loadBinary(url);
            if (sheet != null) {
                StyleManager.getInstance().setDefaultUserAgentStylesheet(sheet);
            }
            return sheet;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Applies the light or dark theme to every window of the app (and the "dark" style class for our own CSS). */
    public static void applyTheme(boolean dark, Parent root) {
        Application.setUserAgentStylesheet(themeUrl(dark).toExternalForm());
        if (root != null) {
            root.getStyleClass().remove("dark");
            if (dark) {
                root.getStyleClass().add("dark");
            }
        }
    }

    /**
     * Sets the zoom of a window's root (replacing any zoom set before). At 100 % there is nothing to add: copydesk.css
     * gives {@code .copydesk} its {@value #BASE_FONT_PX} px, and a start spares parsing a stylesheet from text (the one
     * stylesheet without a compiled form) before its first picture.
     */
    public static void applyZoom(Parent root, double zoom) {
        root.getStylesheets().removeIf(s -> s.startsWith(ZOOM_PREFIX));
        if (Math.abs(zoom - 1.0) < 1e-9) {
            return;
        }
        String css = String.format(Locale.ROOT, ".copydesk { -fx-font-size: %.2fpx; }", BASE_FONT_PX * zoom);
        root.getStylesheets().add(ZOOM_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    /** The next zoom step up or down (10 % steps), within the limits of {@link Settings}. */
    public static double step(double zoom, int direction) {
        double next = Math.round((zoom + 0.1 * direction) * 10) / 10.0;
        return Math.max(Settings.MIN_ZOOM, Math.min(Settings.MAX_ZOOM, next));
    }

    /**
     * Keeps a text field (or the editor of a date picker or combo box) at least as wide as its prompt, so the prompt is
     * never cut ("No embarg"); {@code extra} is what the control adds around its editor (an arrow button).
     */
    public static void fitPrompt(TextField editor, Region control, double extra) {
        Runnable fit = () -> {
            Text t = new Text(editor.getPromptText() == null ? "" : editor.getPromptText());
            t.setFont(editor.getFont());
            double padding = editor.getPadding().getLeft() + editor.getPadding().getRight();
            control.setMinWidth(Math.ceil(t.getLayoutBounds().getWidth() + Math.max(padding, 16) + extra + 10));
        };
        editor.fontProperty().addListener((o, a, b) -> fit.run());
        editor.paddingProperty().addListener((o, a, b) -> fit.run());
        editor.promptTextProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }

    /**
     * Places a dialog whose text is long where it will be drawn: JavaFX centres a dialog over its window by the width
     * its pane would take with every line unwrapped, while the theme holds the pane to 600 px; a header or message
     * longer than the window was so put that far left of centre, off a 1024 px screen's left edge. When the dialog
     * opens, its pane's width is the one it will have: the theme's largest when its text would be wider.
     */
    public static void placeByShownWidth(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            DialogPane pane = dialog.getDialogPane();
            pane.applyCss();
            double max = pane.getMaxWidth();
            if (pane.getPrefWidth() == Region.USE_COMPUTED_SIZE && max > 0 && max < Double.MAX_VALUE && pane.prefWidth(-1) > max) {
                pane.setPrefWidth(max);
            }
        });
    }

    /** The width of a text in a font, as a label would lay it out. */
    public static double textWidth(String s, Font font) {
        Text t = new Text(s == null ? "" : s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
