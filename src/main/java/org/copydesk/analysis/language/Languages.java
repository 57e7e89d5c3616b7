package org.copydesk.analysis.language;

import java.util.List;
import java.util.Locale;

/** The languages the analyser tells apart, by index; arrays of per-language scores use this order. */
public final class Languages {
    public static final List<String> CODES = List.of("en", "fr", "de", "es", "it", "pt", "nl");
    public static final int COUNT = CODES.size();

    private Languages() {
    }

    /** Index of a BCP-47 tag ("fr", "fr-CA"), or -1 when it is not one of ours. */
    public static int indexOf(String tag) {
        if (tag == null || tag.isBlank()) {
            return -1;
        }
        if (tag.length() == 2) {
            int fast = CODES.indexOf(tag);
            if (fast >= 0) {
                return fast;
            }
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        return CODES.indexOf(primary);
    }

    public static String code(int index) {
        return CODES.get(index);
    }
}
