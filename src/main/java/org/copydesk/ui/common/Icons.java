package org.copydesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * The toolbar's and menus' icons: Feather glyphs (named as in Feather with an {@code fth-} prefix: "fth-save") drawn as
 * vector shapes in an {@value #SIZE} px square, coloured by the stylesheet like the text beside them (style class
 * {@code icon}, its fill the background colour). The outlines come from {@code icons/feather.properties}, written from
 * the Feather font by {@code FeatherIconExtractor} (under src/test); Feather's licence is in {@code icons/NOTICE.md}.
 */
public final class Icons {
    /** The side of an icon's square, in pixels (the size of the Feather font the icons were drawn with before). */
    public static final double SIZE = 18;
    private static final Map<String, String> OUTLINES = load();

    private Icons() {
    }

    /**
     * A new icon node: the named glyph in a {@value #SIZE} px square.
     *
     * @throws IllegalArgumentException if there is no icon of that name (run FeatherIconExtractor after naming a new one)
     */
    public static Region of(String name) {
        String outline = OUTLINES.get(name);
        if (outline == null) {
            throw new IllegalArgumentException("No icon named \"" + name + "\"; the icons are " + OUTLINES.keySet()
                    + " (run org.copydesk.ui.common.FeatherIconExtractor after naming a new one in the code)");
        }
        SVGPath shape = new SVGPath();
        shape.setContent(outline);
        Region icon = new Region();
        icon.getStyleClass().add("icon");
        icon.setShape(shape);
        // the outline is drawn where it lies in the square: a dot stays small, a wide glyph stays wide
        icon.setScaleShape(false);
        icon.setCenterShape(false);
        icon.setMinSize(SIZE, SIZE);
        icon.setPrefSize(SIZE, SIZE);
        icon.setMaxSize(SIZE, SIZE);
        return icon;
    }

    /** The names of the icons there are. */
    public static Set<String> names() {
        return OUTLINES.keySet();
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = Objects.requireNonNull(Icons.class.getResourceAsStream("icons/feather.properties"),
                "icons/feather.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, String> outlines = (Map) p;
        return Collections.unmodifiableMap(outlines);
    }
}
