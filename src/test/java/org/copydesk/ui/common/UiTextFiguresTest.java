package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Figures in the interface's texts are written the way its language writes them, whatever the system's language: a
 * French interface on an English system said "1,231 caractères" in the status bar.
 */
class UiTextFiguresTest {
    private Locale system;

    @BeforeEach
    void englishSystem() {
        system = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    private static UiContext context(String uiLanguage) {
        return new UiContext(null, null, null, UiContext.loadMessages(Locale.forLanguageTag(uiLanguage)), null);
    }

    @Test
    void aFrenchInterfaceGroupsThousandsTheFrenchWayOnAnEnglishSystem() {
        UiContext fr = context("fr");
        char frenchGroup = DecimalFormatSymbols.getInstance(Locale.FRENCH).getGroupingSeparator();

        assertThat(fr.text("editor.status.chars", 1231)).isEqualTo("1" + frenchGroup + "231 caractères");
        assertThat(fr.text("editor.status.words", 12400)).isEqualTo("12" + frenchGroup + "400 mots");
        // the status bar's indexing figures, given as plain numbers
        assertThat(fr.text("status.indexing", 12400, 100000))
                .isEqualTo("Indexation des articles… 12" + frenchGroup + "400 sur 100" + frenchGroup + "000");
        assertThat(fr.locale().getLanguage()).isEqualTo("fr");
    }

    @Test
    void anEnglishInterfaceGroupsThemTheEnglishWayOnAFrenchSystem() {
        Locale.setDefault(Locale.FRANCE);
        UiContext en = context("en");

        assertThat(en.text("editor.status.chars", 1231)).isEqualTo("1,231 characters");
        assertThat(en.text("status.indexing", 12400, 100000)).isEqualTo("Indexing stories… 12,400 of 100,000");
        assertThat(en.locale()).isEqualTo(Locale.ENGLISH);
    }
}
