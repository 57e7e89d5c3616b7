package org.copydesk.editing;

import java.util.Locale;

/**
 * The one table of languages the editor marks: the style class of each (defined in editor.css with a tint, an
 * underline pattern and a colour from the Okabe–Ito palette, so languages differ by more than hue), its tag and the
 * message key of its name. A language not in the table is shown with {@link #OTHER}.
 */
public enum LanguageStyle {
    EN("en"), FR("fr"), DE("de"), ES("es"), IT("it"), PT("pt"), NL("nl"), OTHER("other");

    private final String tag;

    LanguageStyle(String tag) {
        this.tag = tag;
    }

    /** The BCP-47 primary subtag ("fr"); "other" for {@link #OTHER}. */
    public String tag() {
        return tag;
    }

    /** The style class of text in this language, e.g. {@code lang-fr}. */
    public String styleClass() {
        return "lang-" + tag;
    }

    /** Message key of the language's name. */
    public String nameKey() {
        return "editor.lang." + tag;
    }

    /** The languages offered in "Mark as language ▸". */
    public static LanguageStyle[] markable() {
        return new LanguageStyle[] {EN, FR, DE, ES, IT, PT, NL};
    }

    /** The style for a BCP-47 tag ("fr", "fr-CA", "FR"); {@link #OTHER} for anything not in the table. */
    public static LanguageStyle of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return OTHER;
        }
        String primary = languageTag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (LanguageStyle s : values()) {
            if (s != OTHER && s.tag.equals(primary)) {
                return s;
            }
        }
        return OTHER;
    }

    /** True when the two tags name the same primary language. */
    public static boolean sameLanguage(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0]
                .equals(b.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0]);
    }
}
