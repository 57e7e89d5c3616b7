package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The headline of a scraped page, in the seven languages: the line that heads the body is chosen, nothing else moves. */
class HeadlinesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Importer IMPORTER = new Importer(null, Importer.DEFAULT_MAX_BYTES, () -> NOW, id -> false);

    static Stream<Arguments> teasers() {
        List<Arguments> out = new ArrayList<>();
        for (ScrapedPages.Page p : ScrapedPages.TEASERS) {
            out.add(Arguments.of(p.language(), "story.txt", p.asText(), p));
            out.add(Arguments.of(p.language(), "story.html", p.asHtml(), p));
        }
        return out.stream();
    }

    static Stream<Arguments> plain() {
        List<Arguments> out = new ArrayList<>();
        for (ScrapedPages.Page p : ScrapedPages.PLAIN) {
            out.add(Arguments.of(p.language(), "story.txt", p.asText(), p));
            out.add(Arguments.of(p.language(), "story.html", p.asHtml(), p));
        }
        return out.stream();
    }

    private static ImportResult read(String name, String content) throws ImportException {
        return IMPORTER.importBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teasers")
    void aTeaserFirstLineGivesWayToTheLineThatHeadsTheBody(String lang, String name, String content, ScrapedPages.Page page)
            throws Exception {
        ImportResult r = read(name, content);
        assertThat(r.draft().headline()).isEqualTo(page.headline());
        assertThat(r.firstLine()).isEqualTo(page.teaser());
        // the teaser is kept, as the first paragraph, for the review to remove; the running text follows unchanged
        assertThat(r.draft().body()).extracting(Paragraph::text).startsWith(page.teaser())
                .containsSubsequence(page.body());
        assertThat(r.draft().body()).hasSize(page.body().size() + 1);
    }

    static Stream<Arguments> breadcrumbs() {
        List<String> crumbs = List.of("Home | News | Ireland | Transport", "Accueil › Actualité › Lyon",
                "Startseite | Sachsen | Leipzig | Verkehr", "Portada » España » Valencia", "Home / Cronaca / Bologna",
                "Início | Portugal | Porto | Sociedade", "Home › Nieuws › Binnenland › Utrecht");
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            ScrapedPages.Page p = ScrapedPages.TEASERS.get(i);
            out.add(Arguments.of(p.language(), new ScrapedPages.Page(p.language(), crumbs.get(i), p.headline(), p.body())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breadcrumbs")
    void aBreadcrumbFirstLineIsNotTheHeadlineEvenWhenItNamesTheStorysPlaces(String lang, ScrapedPages.Page page)
            throws Exception {
        ImportResult r = read("page.txt", page.asText());
        assertThat(r.draft().headline()).isEqualTo(page.headline());
        assertThat(r.firstLine()).isEqualTo(page.teaser());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("plain")
    void aFirstLineThatHeadsTheBodyStays(String lang, String name, String content, ScrapedPages.Page page) throws Exception {
        ImportResult r = read(name, content);
        assertThat(r.draft().headline()).isEqualTo(page.headline());
        assertThat(r.firstLine()).isNull();
        assertThat(r.draft().body()).extracting(Paragraph::text).containsExactlyElementsOf(page.body());
    }

    @Test
    void theFirstLineIsOfferedForRemovalAndPickingItBackRestoresThePage() throws Exception {
        ScrapedPages.Page page = ScrapedPages.TEASERS.get(1);
        ImportResult r = read("page.html", page.asHtml());
        Article a = r.draft();
        List<CleanupItem> items = Cleanup.findings(a, new Analysis("fr", List.of(), List.of(), List.of()),
                Cleanup.HeadlineLookup.NONE, r.firstLine());
        assertThat(items).hasSize(1);
        assertThat(items.get(0).kind()).isEqualTo(CleanupItem.Kind.REMOVE_FIRST_LINE);
        assertThat(items.get(0).text()).isEqualTo(page.teaser());

        Article cleaned = Cleanup.apply(a, -1, items);
        assertThat(cleaned.headline()).isEqualTo(page.headline());
        assertThat(cleaned.body()).extracting(Paragraph::text).containsExactlyElementsOf(page.body());

        // the user keeps the page's first line as the headline: the teaser's removal does not apply to it
        Article kept = Cleanup.apply(a, 0, items);
        assertThat(kept.headline()).isEqualTo(page.teaser());
        assertThat(kept.body()).extracting(Paragraph::text).startsWith(page.headline()).hasSize(page.body().size() + 1);
    }

    @Test
    void aFirstLineNamingAWorkspaceStoryBecomesARelatedLink() throws Exception {
        ScrapedPages.Page page = ScrapedPages.TEASERS.get(0);
        ImportResult r = read("page.txt", page.asText());
        Article other = Article.draft("lighthouses", page.teaser(), "en", NOW);
        List<CleanupItem> items = Cleanup.findings(r.draft(), new Analysis("en", List.of(), List.of(), List.of()),
                Cleanup.lookupOf(List.of(other)), r.firstLine());
        assertThat(items.get(0).kind()).isEqualTo(CleanupItem.Kind.MAKE_RELATED_LINK);
        assertThat(items.get(0).targetId()).isEqualTo("lighthouses");
        Article done = Cleanup.apply(r.draft(), -1, items);
        assertThat(done.links()).extracting(RelatedLink::targetId).containsExactly("lighthouses");
        assertThat(done.body()).extracting(Paragraph::text).doesNotContain(page.teaser());
    }

    @Test
    void reheadingMovesTheMarksWithTheirText() {
        Article a = Article.draft("x", "Teaser line about something else", "en", NOW).withBody(List.of(
                Paragraph.of("Real headline about the harbour"),
                Paragraph.of("The harbour « est ouvert » again, said the mayor."),
                Paragraph.of("Second paragraph « encore » here.")));
        String text = a.bodyText();
        int q1 = text.indexOf("« est");
        int q2 = text.indexOf("« encore");
        a = a.withLanguageMarks(List.of(new LanguageMark(q1, q1 + "« est ouvert »".length(), "fr", MarkOrigin.MANUAL),
                new LanguageMark(0, 4, "de", MarkOrigin.MANUAL)))
                .withQuoteMarks(List.of(new QuoteMark(q2, q2 + "« encore »".length(), null, MarkOrigin.MANUAL)));
        Article b = Headlines.rehead(a, 0);
        assertThat(b.headline()).isEqualTo("Real headline about the harbour");
        assertThat(b.body()).extracting(Paragraph::text).containsExactly("Teaser line about something else",
                "The harbour « est ouvert » again, said the mayor.", "Second paragraph « encore » here.");
        // the mark inside the line that became the headline is gone; the others still cover their text
        assertThat(b.languageMarks()).hasSize(1);
        LanguageMark m = b.languageMarks().get(0);
        assertThat(b.bodyText().substring(m.start(), m.end())).isEqualTo("« est ouvert »");
        QuoteMark q = b.quoteMarks().get(0);
        assertThat(b.bodyText().substring(q.start(), q.end())).isEqualTo("« encore »");
        // and back: the first line heads again, the text is as it was
        Article c = Headlines.rehead(b, 0);
        assertThat(c.headline()).isEqualTo(a.headline());
        assertThat(c.bodyText()).isEqualTo(a.bodyText());
    }

    @Test
    void oddArticlesAreLeftAsTheyAre() {
        Article empty = Article.draft("x", "Only a headline", "en", NOW);
        assertThat(Headlines.choose(empty)).isSameAs(empty);
        Article blank = empty.withBody(List.of(Paragraph.of(""), Paragraph.of("   "), Paragraph.of("")));
        assertThat(Headlines.choose(blank)).isSameAs(blank);
        Article symbols = Article.draft("x", "»»» ||| ###", "en", NOW).withBody(List.of(Paragraph.of("*** --- ***"),
                Paragraph.of("€€€ 123 456")));
        assertThat(Headlines.choose(symbols)).isSameAs(symbols);
        assertThat(Headlines.rehead(empty, 3)).isSameAs(empty);
        assertThat(Headlines.rehead(empty, -1)).isSameAs(empty);
    }

    /** Seeded random pages of words: whatever is chosen, no text is lost or added, and a headline never ends blank. */
    @Test
    void noTextIsLostWhateverIsChosen() {
        long seed = Long.getLong("copydesk.seed", 20261130L);
        Random rnd = new Random(seed);
        String[] vocabulary = "harbour port council vote quays Lyon Leipzig ferry storm island trial cars bus Dublin rail strike"
                .split(" ");
        for (int run = 0; run < 200; run++) {
            List<Paragraph> body = new ArrayList<>();
            int n = rnd.nextInt(6);
            for (int p = 0; p < n; p++) {
                StringBuilder sb = new StringBuilder();
                int w = 1 + rnd.nextInt(p == 0 ? 12 : 40);
                for (int i = 0; i < w; i++) {
                    sb.append(i == 0 ? "" : " ").append(vocabulary[rnd.nextInt(vocabulary.length)]);
                }
                body.add(Paragraph.of(rnd.nextBoolean() ? sb + "." : sb.toString()));
            }
            Article a = Article.draft("x", vocabulary[rnd.nextInt(vocabulary.length)] + " line", "en", NOW).withBody(body);
            Article b = Headlines.choose(a);
            List<String> before = new ArrayList<>(a.body().stream().map(Paragraph::text).toList());
            before.add(a.headline());
            List<String> after = new ArrayList<>(b.body().stream().map(Paragraph::text).toList());
            after.add(b.headline());
            assertThat(after).as("seed %d run %d", seed, run).containsExactlyInAnyOrderElementsOf(before);
            assertThat(b.headline()).as("seed %d run %d", seed, run).isNotBlank();
        }
    }
}
