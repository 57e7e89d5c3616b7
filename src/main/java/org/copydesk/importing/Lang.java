package org.copydesk.importing;

import java.util.Locale;

/** Language tags found in documents ("fr-FR", "EN", "x-none") reduced to the primary subtag the model uses. */
final class Lang {
    private Lang() {
    }

    /** "fr-FR" -> "fr", "de_CH" -> "de"; null for empty, "und", "x-..." and anything that is not a language. */
    static String normalize(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        int dash = t.indexOf('-');
        String primary = (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
        if (primary.length() < 2 || primary.length() > 3 || !primary.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || primary.equals("und") || primary.equals("zxx") || primary.equals("mul")) {
            return null;
        }
        return primary;
    }
}
