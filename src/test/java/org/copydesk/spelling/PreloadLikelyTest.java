package org.copydesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Before the analysis, the dictionaries the text most likely needs start loading; a guess, never a result. */
class PreloadLikelyTest {
    private final List<Runnable> started = new ArrayList<>();
    private final SpellChecker checker = new SpellChecker(new SpellingDictionaries(
            InstalledDictionaries.scan(List.of(TestDictionaries.folder())), null, started::add));

    private static SpellingContext context(String language) {
        return new SpellingContext(language, "", "", WordList.EMPTY);
    }

    @Test
    void englishCopyLoadsOnlyEnglish() {
        checker.preloadLikely("The council said that the tram would run to the border by the spring.", context(null));

        assertThat(started).hasSize(2); // en_US and en_GB, the variants English is checked with
    }

    @Test
    void aFrenchQuotationInEnglishCopyLoadsFrenchToo() {
        checker.preloadLikely("The mayor said: « Nous sommes avec les habitants, et nous les écoutons dans "
                + "leurs quartiers. »", context(null));

        assertThat(started).hasSize(3);
    }

    @Test
    void oneStrayFunctionWordIsNotEnough() {
        checker.preloadLikely("The shop sells croissants und pretzels.", context(null));

        assertThat(started).hasSize(2);
    }

    @Test
    void twoStrayFunctionWordsAreNotEnough() {
        // "und" and "mit" are German function words, here in English copy (the check loads German if it finds German)
        checker.preloadLikely("The café serves Kaffee und Kuchen, and its owner calls the cream on top Kaffee mit Schlag.",
                context(null));

        assertThat(started).hasSize(2);
    }

    @Test
    void theArticlesRegionPicksItsVariant() {
        checker.preloadLikely("Die Stadt und die Gemeinde haben sich geeinigt.", context("de-CH"));

        assertThat(started).hasSize(3); // en_US, en_GB, de_CH
    }
}
