package org.copydesk.ui.editor;

import java.util.List;
import javafx.scene.text.Font;

/**
 * The body's typeface: the first installed of a few serif faces made for reading on screen. JavaFX CSS takes one
 * family per {@code -fx-font-family} and ignores fallbacks after a comma (a list naming a face that is not installed
 * gives the default sans), so the choice is made here, once, from what the machine has.
 */
final class BodyFont {
    /** In order of preference; "Serif" is JavaFX's logical serif face, always there (fontconfig picks it). */
    static final List<String> PREFERRED = List.of("Source Serif 4", "Source Serif Pro", "Charter", "Georgia",
            "DejaVu Serif", "Serif");

    private static String family;

    private BodyFont() {
    }

    /** The family to set on the body (FX thread: fonts are looked up through the toolkit). */
    static String family() {
        if (family == null) {
            family = firstInstalled(PREFERRED);
        }
        return family;
    }

    static String firstInstalled(List<String> families) {
        for (String f : families) {
            // an unknown family gives the default font, whose family differs from the one asked for
            if (Font.font(f, 12).getFamily().equalsIgnoreCase(f)) {
                return f;
            }
        }
        return families.get(families.size() - 1);
    }

    /** The inline style that sets it (an inline style, so no stylesheet can fall back to a missing face). */
    static String style() {
        return "-fx-font-family: \"" + family() + "\";";
    }
}
