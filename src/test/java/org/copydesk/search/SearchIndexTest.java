package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.storage.ArticleCodec;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;
    Workspace ws;
    SearchIndex index;

    @BeforeEach
    void setUp() throws IOException {
        ws = Workspace.open(dir);
    }

    @AfterEach
    void tearDown() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    static Article article(String headline, String language, String body, Instant modified) {
        return Article.draft("x", headline, language, modified).withBody(Article.paragraphsOf(body));
    }

    Article create(String headline, String language, String body) throws IOException {
        return ws.create(article(headline, language, body, T0));
    }

    List<String> ids(String text) throws IOException {
        return index.search(SearchQuery.of(text), 100, 0).ids();
    }

    @Test
    void englishSearchFindsOtherFormsOfTheWord() throws IOException {
        Article drill = create("Navy holds winter exercise off the coast", "en",
                "The navy said the exercise would last a week.\nShips were seen leaving the harbour at dawn.");
        create("Council approves new library budget", "en", "The council voted on the budget for the library.");
        index = SearchIndex.open(ws);

        assertThat(ids("exercises")).containsExactly(drill.id());
        assertThat(ids("ship")).containsExactly(drill.id());
        assertThat(ids("leave harbours")).containsExactly(drill.id());
    }

    @Test
    void frenchSearchFindsOtherFormsAndIgnoresElisionAndAccents() throws IOException {
        Article armee = create("L’armée française prépare un exercice", "fr",
                "Les soldats de l’armée de terre partiront lundi.\nLe ministère n’a pas donné de détails.");
        create("La mairie ouvre une nouvelle bibliothèque", "fr", "Les habitants attendaient cette ouverture.");
        index = SearchIndex.open(ws);

        assertThat(ids("armées")).containsExactly(armee.id());
        assertThat(ids("armee")).containsExactly(armee.id());
        assertThat(ids("soldat")).containsExactly(armee.id());
        assertThat(ids("exercices")).containsExactly(armee.id());
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() throws IOException {
        Article drill = create("Navy holds winter exercise", "en", "Ships left the harbour.");
        Article armee = create("L’armée se prépare", "fr", "Les soldats partiront lundi.");
        index = SearchIndex.open(ws);

        assertThat(ids("exer")).containsExactly(drill.id());
        assertThat(ids("navy exer")).containsExactly(drill.id());
        assertThat(ids("arm")).containsExactly(armee.id());
        assertThat(ids("exer ")).isEmpty();
    }

    @Test
    void aForeignPassageIsSearchedInItsOwnLanguage() throws IOException {
        String body = "The minister quoted the motto: « les armées unies ». She then left.";
        int start = body.indexOf("les armées");
        Article a = ws.create(article("Minister visits Paris", "en", body, T0)
                .withLanguageMarks(List.of(new LanguageMark(start, start + "les armées unies".length(), "fr", MarkOrigin.MANUAL))));
        index = SearchIndex.open(ws);

        assertThat(ids("armée")).containsExactly(a.id());
        assertThat(ids("minist")).containsExactly(a.id());
    }

    @Test
    void theIndexFollowsCreateEditAndDeleteThroughTheWorkspace() throws IOException {
        index = SearchIndex.open(ws);
        Article a = create("Harbour reopens after storm", "en", "The harbour reopened on Tuesday.");
        assertThat(ids("storm")).containsExactly(a.id());

        ws.save(a.withHeadline("Harbour reopens after flood"));
        assertThat(ids("storm")).isEmpty();
        assertThat(ids("flood")).containsExactly(a.id());

        ws.delete(a.id());
        assertThat(ids("flood")).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void filesChangedOutsideCopydeskAreReindexedOnSyncAndOnOpen() throws IOException {
        Article a = create("Harbour reopens after storm", "en", "The harbour reopened on Tuesday.");
        Article b = create("Bridge closed for repairs", "en", "Engineers closed the bridge.");
        index = SearchIndex.open(ws);

        // changed by another program: content and size differ
        Files.write(ws.fileOf(a.id()), ArticleCodec.encode(a.withHeadline("Harbour reopens after a long flood"), Map.of()));
        // removed by hand
        Files.delete(ws.fileOf(b.id()));
        // added by hand
        Article c = article("Ferry strike ends", "en", "The ferries sail again.", T0).withId("ferry-strike-ends");
        Files.write(ws.fileOf(c.id()), ArticleCodec.encode(c, Map.of()));

        SyncReport report = index.sync();
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
        assertThat(ids("flood")).containsExactly(a.id());
        assertThat(ids("bridge")).isEmpty();
        assertThat(ids("ferries")).containsExactly(c.id());

        // the same while closed: reopening brings the index in line
        index.close();
        Files.write(ws.fileOf(c.id()), ArticleCodec.encode(c.withHeadline("Ferry strike ends after talks"), Map.of()));
        index = SearchIndex.open(ws);
        assertThat(ids("talks")).containsExactly(c.id());
        assertThat(index.sync().changed()).isFalse();
    }

    @Test
    void anUnreadableIndexIsRebuiltFromTheFiles() throws IOException {
        Article a = create("Harbour reopens after storm", "en", "The harbour reopened on Tuesday.");
        index = SearchIndex.open(ws);
        index.close();
        try (var files = Files.list(dir.resolve(SearchIndex.INDEX_DIR))) {
            for (Path p : files.toList()) {
                Files.write(p, "garbage".getBytes(StandardCharsets.UTF_8));
            }
        }
        index = SearchIndex.open(ws);
        assertThat(ids("storm")).containsExactly(a.id());
    }

    @Test
    void unreadableArticleFilesDoNotStopTheIndexAndAreNotFound() throws IOException {
        Article a = create("Harbour reopens after storm", "en", "The harbour reopened on Tuesday.");
        Files.writeString(ws.articlesDir().resolve("broken.json"), "{ not json storm");
        Files.writeString(ws.articlesDir().resolve("Bad Name.json"), "{}");
        index = SearchIndex.open(ws);
        assertThat(ids("storm")).containsExactly(a.id());
        assertThat(index.search(new SearchQuery("", null, null, null, null, null), 100, 0).ids()).containsExactly(a.id());
    }

    @Test
    void filtersByStatusLanguageTagAndDate() throws IOException {
        Article en = ws.create(article("Storm hits the coast", "en", "A storm hit the coast.", Instant.parse("2026-11-01T10:00:00Z"))
                .withStatus(ArticleStatus.READY).withTags(List.of("Weather", "coast")));
        Article fr = ws.create(article("La tempête frappe la côte", "fr", "Une tempête a frappé la côte. Storm.", Instant.parse("2026-11-15T10:00:00Z"))
                .withTags(List.of("weather")));
        index = SearchIndex.open(ws);

        assertThat(index.search(SearchQuery.of("storm").withStatuses(Set.of(ArticleStatus.READY)), 10, 0).ids()).containsExactly(en.id());
        assertThat(index.search(SearchQuery.of("").withLanguage("fr"), 10, 0).ids()).containsExactly(fr.id());
        assertThat(index.search(SearchQuery.of("").withTag("WEATHER"), 10, 0).ids()).containsExactlyInAnyOrder(en.id(), fr.id());
        assertThat(index.search(SearchQuery.of("").withTag("coast"), 10, 0).ids()).containsExactly(en.id());
        assertThat(index.search(SearchQuery.of("").withDates(LocalDate.of(2026, 11, 10), null), 10, 0).ids()).containsExactly(fr.id());
        assertThat(index.search(SearchQuery.of("").withDates(null, LocalDate.of(2026, 11, 1)), 10, 0).ids()).containsExactly(en.id());
        // no text: most recently modified first
        assertThat(index.search(SearchQuery.of(""), 10, 0).ids()).containsExactly(fr.id(), en.id());
    }

    @Test
    void phrasesExclusionsAndAlternatives() throws IOException {
        Article a = create("Storm hits the coast", "en", "A heavy storm hit the northern coast.");
        Article b = create("Storm spares the city", "en", "The city escaped the storm.");
        index = SearchIndex.open(ws);

        assertThat(ids("\"northern coast\"")).containsExactly(a.id());
        assertThat(ids("storm -city")).containsExactly(a.id());
        assertThat(ids("-city")).containsExactly(a.id());
        assertThat(ids("northern OR city")).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND (", "\"unterminated", "((((", "*", "-", "--", "\"", "title:storm", "storm~2^3",
            "OR", "NOT", "\\", "?*?", "[1 TO 2]", "\u0000", "   ", "«", "a*b*c*d*", "---storm"})
    void hostileQueriesGiveResultsOrANoticeNeverAnException(String text) throws IOException {
        create("Storm hits the coast", "en", "A heavy storm hit the coast.");
        index = SearchIndex.open(ws);
        assertThatCode(() -> index.search(SearchQuery.of(text), 10, 10)).doesNotThrowAnyException();
    }

    @Test
    void aVeryLongQueryIsShortenedWithANotice() throws IOException {
        create("Storm hits the coast", "en", "A heavy storm hit the coast.");
        index = SearchIndex.open(ws);
        SearchResults r = index.search(SearchQuery.of("storm ".repeat(500)), 10, 10);
        assertThat(r.notice()).contains("first 32 words");
        assertThat(r.ids()).hasSize(1);
    }

    @Test
    void stopWordsOnlyGiveANotice() throws IOException {
        create("Storm hits the coast", "en", "A heavy storm hit the coast.");
        index = SearchIndex.open(ws);
        SearchResults r = index.search(SearchQuery.of("(( !!"), 10, 10);
        assertThat(r.ids()).isEmpty();
        assertThat(r.notice()).isNotBlank();
    }

    @Test
    void hitsCarryAHighlightedHeadlineAndSnippet() throws IOException {
        create("L’armée française prépare un exercice", "fr",
                "Le texte commence ici.\nLes soldats des armées alliées partiront lundi vers le nord.");
        index = SearchIndex.open(ws);
        SearchHit hit = index.search(SearchQuery.of("armées"), 10, 10).hits().get(0);
        assertThat(hit.headlineMatches().marked("[", "]")).isEqualTo("L’[armée] française prépare un exercice");
        assertThat(hit.snippet().marked("[", "]")).contains("des [armées] alliées");
        assertThat(hit.snippet().text()).doesNotContain("\n");
    }

    @Test
    void describeGivesHighlightsForAHitBeyondTheDetailedOnes() throws IOException {
        Article a = create("Storm hits the coast", "en", "A heavy storm hit the coast.");
        index = SearchIndex.open(ws);
        SearchResults r = index.search(SearchQuery.of("storms"), 10, 0);
        assertThat(r.hits().get(0).hasDetails()).isFalse();
        SearchHit d = index.describe(r, a.id()).orElseThrow();
        assertThat(d.headlineMatches().marked("<", ">")).isEqualTo("<Storm> hits the coast");
    }

    @Test
    void backlinksListTheArticlesLinkingHere() throws IOException {
        Article a = create("Storm hits the coast", "en", "A heavy storm hit the coast.");
        Article b = ws.create(article("Clean-up begins", "en", "Volunteers cleared the beach.", T0)
                .withLinks(List.of(new RelatedLink(a.id(), Relation.FOLLOW_UP, null))));
        index = SearchIndex.open(ws);
        assertThat(index.backlinks(a.id())).extracting(IndexedArticle::id).containsExactly(b.id());
        ws.save(ws.get(b.id()).withLinks(List.of()));
        assertThat(index.backlinks(a.id())).isEmpty();
    }

    @Test
    void suggestionsAreSimilarArticlesNotItselfNorAlreadyLinked() throws IOException {
        Article storm1 = create("Storm floods coastal villages", "en",
                "The storm flooded coastal villages overnight. Rescue teams evacuated villages along the coast as the storm surge rose.");
        Article storm2 = create("Coastal villages count storm damage", "en",
                "Villages on the coast counted the damage after the storm surge. Rescue teams stayed in the flooded villages.");
        Article storm3 = create("Insurers brace for storm claims", "en",
                "Insurers expect claims from flooded coastal villages after the storm.");
        create("Orchestra opens its season", "en", "The orchestra played a new symphony for the opening night.");
        index = SearchIndex.open(ws);

        List<Suggestion> s = index.suggestions(storm1, 5);
        assertThat(s).extracting(Suggestion::id).contains(storm2.id(), storm3.id()).doesNotContain(storm1.id());
        assertThat(s.get(0).id()).isEqualTo(storm2.id());

        Article linked = storm1.withLinks(List.of(new RelatedLink(storm2.id(), Relation.SEE_ALSO, null)));
        assertThat(index.suggestions(linked, 5)).extracting(Suggestion::id).doesNotContain(storm2.id(), storm1.id());
    }

    @Test
    void aNamedHeadlineIsMatchedFuzzilyOrNotAtAll() throws IOException {
        Article a = create("Storm floods coastal villages", "en", "The storm flooded coastal villages.");
        create("Orchestra opens its season", "en", "The orchestra played.");
        Article fr = create("L’armée française prépare un exercice", "fr", "Les soldats partiront.");
        index = SearchIndex.open(ws);

        assertThat(index.matchHeadline("storm floods coastal villages.", null)).map(HeadlineMatch::id).contains(a.id());
        assertThat(index.matchHeadline("“Storm Flood Coastal Villages”", null)).map(HeadlineMatch::id).contains(a.id());
        assertThat(index.matchHeadline("L'armee francaise prepare un exercise", null)).map(HeadlineMatch::id).contains(fr.id());
        assertThat(index.matchHeadline("Parliament debates the budget", null)).isEmpty();
        assertThat(index.matchHeadline("Storm floods coastal villages", a.id())).isEmpty();
        assertThat(index.matchHeadline("  ", null)).isEmpty();
    }

    @Test
    void brokenLinksSurviveASaveAndAreNotBacklinksOfAnything() throws IOException {
        index = SearchIndex.open(ws);
        Article a = ws.create(article("Storm hits the coast", "en", "A storm.", T0)
                .withLinks(List.of(new RelatedLink("story-that-was-deleted", Relation.BACKGROUND, "gone"))));
        Article saved = ws.save(ws.get(a.id()).withHeadline("Storm hits the north coast"));
        assertThat(ws.get(saved.id()).links()).containsExactly(new RelatedLink("story-that-was-deleted", Relation.BACKGROUND, "gone"));
        assertThat(index.find("story-that-was-deleted")).isEmpty();
        assertThat(index.backlinks("story-that-was-deleted")).extracting(IndexedArticle::id).containsExactly(a.id());
    }

    @Test
    void headlineCompletionMatchesHeadlinesOnlyWithAnUnfinishedLastWord() throws IOException {
        Article a = create("Coastal villages count storm damage", "en", "Nothing about orchestras here.");
        Article b = create("L’armée française prépare un exercice", "fr", "Les soldats partiront.");
        create("Orchestra opens its season", "en", "The orchestra played near the coast.");
        index = SearchIndex.open(ws);
        assertThat(index.completeHeadline("coastal vil", 10)).extracting(IndexedArticle::id).containsExactly(a.id());
        assertThat(index.completeHeadline("armées fr", 10)).extracting(IndexedArticle::id).containsExactly(b.id());
        assertThat(index.completeHeadline("orchestras", 10)).extracting(IndexedArticle::headline).containsExactly("Orchestra opens its season");
        assertThat(index.completeHeadline("AND (", 10)).isEmpty();
        assertThat(index.completeHeadline("", 10)).isEmpty();
    }

    @Test
    void randomQueriesMadeOfOperatorsNeverThrow() throws IOException {
        create("Storm hits the coast", "en", "A heavy storm hit the coast. « Les armées » said nothing.");
        index = SearchIndex.open(ws);
        String alphabet = "ab é\"'()[]{}:*?~^+-!|&/\\ORANDNOT«»“”\u0000\t\n";
        Random rnd = new Random(7);
        for (int n = 0; n < 1500; n++) {
            StringBuilder q = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                q.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = q.toString();
            assertThatCode(() -> {
                index.search(SearchQuery.of(text), 10, 5);
                index.completeHeadline(text, 5);
                index.matchHeadline(text, null);
            }).as("query %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void whenAnotherCopydeskHoldsTheIndexATemporaryOneGivesTheSameAnswers() throws IOException {
        Article a = create("Storm hits the coast", "en", "A heavy storm hit the coast.");
        index = SearchIndex.open(ws);
        try (SearchIndex second = SearchIndex.open(ws)) {
            assertThat(second.isTemporary()).isTrue();
            assertThat(second.search(SearchQuery.of("storms"), 10, 0).ids()).containsExactly(a.id());
        }
        assertThat(index.isTemporary()).isFalse();
        assertThat(ids("storms")).containsExactly(a.id());
    }
}
