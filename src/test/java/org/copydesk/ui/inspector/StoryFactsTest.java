package org.copydesk.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageProposal;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.editing.StoryFacts;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.junit.jupiter.api.Test;

class StoryFactsTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void tagsAreAddedOnceWithoutRegardToCaseAndBlankOrCommaTagsAreRefused() {
        StoryFacts f = StoryFacts.of(Article.draft("a", "h", "en", T)).withTag("Port").withTag("port").withTag(" ")
                .withTag("a,b").withTag(" strike ");
        assertThat(f.tags()).containsExactly("Port", "strike");
        assertThat(f.withoutTag("PORT").tags()).containsExactly("strike");
    }

    @Test
    void factsApplyToTheArticleAndNothingElseChanges() {
        Article a = Article.draft("a", "h", "en", T).withBody(Article.paragraphsOf("Body"));
        Article b = StoryFacts.of(a).withLanguage("fr-CH").withStatus(ArticleStatus.EDITING).withTag("x").applyTo(a);
        assertThat(b.language()).isEqualTo("fr-CH");
        assertThat(b.status()).isEqualTo(ArticleStatus.EDITING);
        assertThat(b.tags()).containsExactly("x");
        assertThat(b.withLanguage("en").withStatus(ArticleStatus.DRAFT).withTags(List.of())).isEqualTo(a);
    }

    @Test
    void theLanguageOfMostOfTheTextIsProposedOnlyWhenItDiffers() {
        String text = "a".repeat(300) + "b".repeat(100);
        Analysis mostlyFrench = new Analysis("en", List.of(new LanguageSegment(0, 300, "fr"), new LanguageSegment(300, 400, "en")), List.of(), List.of());
        assertThat(LanguageProposal.propose("en-GB", text, mostlyFrench)).isEqualTo("fr");
        assertThat(LanguageProposal.propose("fr-CH", text, mostlyFrench)).isNull();
        Analysis half = new Analysis("en", List.of(new LanguageSegment(0, 200, "fr"), new LanguageSegment(200, 400, "en")), List.of(), List.of());
        assertThat(LanguageProposal.propose("de", text, half)).isNull();
        Analysis shortText = new Analysis("en", List.of(new LanguageSegment(0, 20, "fr")), List.of(), List.of());
        assertThat(LanguageProposal.propose("en", text, shortText)).isNull();
        // segments reaching past the text (a late result after a deletion) are clipped, not a crash
        assertThat(LanguageProposal.propose("en", "short", new Analysis("en", List.of(new LanguageSegment(0, 999, "fr")), List.of(), List.of()))).isNull();
    }

    @Test
    void lengthsCountWhatAReaderSees() {
        assertThat(LengthGauge.characters("  Grève «😀»  ", 70)).isEqualTo(new LengthGauge(9, 70));
        assertThat(new LengthGauge(71, 70).over()).isTrue();
        assertThat(new LengthGauge(500, 0).over()).isFalse();
    }

    @Test
    void completionOffersStartsThenContainsAndNotWhatIsChosen() {
        Set<String> known = Set.of("transport", "Transports publics", "sport", "port");
        assertThat(StoryInspector.suggest(known, "port", List.of())).containsExactly("port", "sport", "transport", "Transports publics");
        assertThat(StoryInspector.suggest(known, "TRANS", List.of("transport"))).containsExactly("Transports publics");
        assertThat(StoryInspector.suggest(known, " ", List.of())).isEmpty();
    }

    @Test
    void newStoriesStartInTheSystemLanguageWithItsRegion() {
        assertThat(NewArticleDialog.defaultLanguage(Locale.CANADA_FRENCH)).isEqualTo("fr-CA");
        assertThat(NewArticleDialog.defaultLanguage(Locale.GERMAN)).isEqualTo("de");
        assertThat(NewArticleDialog.defaultLanguage(Locale.ROOT)).isEqualTo("en-GB");
    }
}
