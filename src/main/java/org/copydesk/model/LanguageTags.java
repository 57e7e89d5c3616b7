package org.copydesk.model;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** BCP-47 language tags as the desk uses them: a language, with a region where conventions differ (fr-CH, pt-BR). */
public final class LanguageTags {
    /** The tags offered first, in this order: the languages the analysis knows, with their common regions. */
    public static final List<String> COMMON = List.of("en-GB", "en-US", "fr-FR", "fr-CH", "fr-BE", "fr-CA", "de-DE",
            "de-CH", "de-AT", "es-ES", "es-MX", "it-IT", "it-CH", "pt-PT", "pt-BR", "nl-NL", "nl-BE",
            "en", "fr", "de", "es", "it", "pt", "nl");

    private LanguageTags() {
    }

    /**
     * The canonical spelling of a well-formed tag ("FR-ch" gives "fr-CH", "fr_CH" gives "fr-CH").
     *
     * @throws IllegalArgumentException for anything that is not a language tag, with a message a user can act on
     */
    public static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("empty language tag (expected e.g. en-GB, fr-CH, de)");
        }
        String t = tag.strip().replace('_', '-');
        if (t.length() > 35) {
            throw new IllegalArgumentException("not a language tag: '" + t.substring(0, 35) + "…'");
        }
        try {
            Locale l = new Locale.Builder().setLanguageTag(t).build();
            if (l.getLanguage().isEmpty() || l.getLanguage().length() > 3) {
                throw new IllegalArgumentException("not a language tag: '" + t + "' (expected e.g. en-GB, fr-CH, de)");
            }
            return l.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a language tag: '" + t + "' (expected e.g. en-GB, fr-CH, de)");
        }
    }

    /** The language subtag ("fr-CH" gives "fr"); lower case. */
    public static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
