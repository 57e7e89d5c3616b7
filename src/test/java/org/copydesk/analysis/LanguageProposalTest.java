package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's language at import: the headline's and the running text's, with the region kept or defaulted. */
class LanguageProposalTest {
    private static Analysis segments(String main, LanguageSegment... s) {
        return new Analysis(main, List.of(s), List.of(), List.of());
    }

    @Test
    void theHeadlineTipsAHalfTranslatedStory() {
        String headline = "Paris mayor faces crowded field";
        String body = "x".repeat(100) + "y".repeat(90);
        // the body is slightly more French than English; the English headline says the story is written in English
        Analysis b = segments("fr", new LanguageSegment(0, 100, "fr"), new LanguageSegment(100, 190, "en"));
        Analysis h = segments("en", new LanguageSegment(0, headline.length(), "en"));
        assertThat(LanguageProposal.languageOf(headline, h, body, b)).isEqualTo("en");
        assertThat(LanguageProposal.languageOf(headline, null, body, b)).isEqualTo("fr");
    }

    @Test
    void tooLittleTextProposesNothing() {
        assertThat(LanguageProposal.languageOf("Hi", segments("en", new LanguageSegment(0, 2, "en")), "", null)).isNull();
        assertThat(LanguageProposal.languageOf(null, null, null, null)).isNull();
    }

    @Test
    void theRegionIsKeptWhenTheLanguageStaysAndDefaultedWhenItChanges() {
        assertThat(LanguageProposal.tagFor("fr", "fr-CH")).isEqualTo("fr-CH");
        assertThat(LanguageProposal.tagFor("fr", "en")).isEqualTo("fr-FR");
        assertThat(LanguageProposal.tagFor("pt", "en-GB")).isEqualTo("pt-PT");
        assertThat(LanguageProposal.tagFor("de", "de")).isEqualTo("de");
        assertThat(LanguageProposal.tagFor(null, "en-US")).isEqualTo("en-US");
        assertThat(LanguageProposal.tagFor("xx", "en")).isEqualTo("xx");
    }
}
