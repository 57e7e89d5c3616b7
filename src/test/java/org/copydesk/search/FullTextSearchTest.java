package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searching, on its own: queries built and run over articles put straight into an in-memory index. */
class FullTextSearchTest {
    IndexStore store;
    FullTextSearch search;

    @BeforeEach
    void setUp() throws IOException {
        store = IndexStore.inMemory();
        search = new FullTextSearch(store);
        IndexedStories.add(store,
                IndexedStories.story("storm", "Harbour reopens after storm", "en", "The harbour reopened on Tuesday."),
                IndexedStories.story("bridge", "Bridge closed for repairs", "en", "Engineers closed the bridge.")
                        .withStatus(ArticleStatus.READY).withTags(List.of("Roads"))
                        .savedAt(Instant.parse("2026-11-22T09:00:00Z"), 1),
                IndexedStories.story("greve", "La grève du port continue", "fr", "Les dockers restent en grève."));
        IndexedStories.addUnreadable(store, "broken");
    }

    @AfterEach
    void tearDown() throws IOException {
        store.close();
    }

    private List<String> ids(SearchQuery q) throws IOException {
        return search.search(q, 100, 0).ids();
    }

    @Test
    void aQueryIsBuiltInEveryLanguageAndMatchesInAny() throws IOException {
        assertThat(ids(SearchQuery.of("reopening"))).containsExactly("storm");
        assertThat(ids(SearchQuery.of("greves"))).containsExactly("greve");
    }

    @Test
    void noWordLeftAfterAnalysisGivesNoQueryAndANotice() throws IOException {
        Set<String> all = Set.of(LanguageFields.field(IndexFields.HEADLINE, "en"), LanguageFields.field(IndexFields.BODY, "en"));
        assertThat(search.textQuery(UserQuery.parse("the of and "), all, LanguageFields.PARTS)).isNull();
        SearchResults r = search.search(SearchQuery.of("!!! ..."), 10, 10);
        assertThat(r.hits()).isEmpty();
        assertThat(r.notice()).startsWith("nothing to search for");
    }

    @Test
    void anExclusionOnlyQueryGivesEveryOtherReadableArticleNewestFirst() throws IOException {
        assertThat(ids(SearchQuery.of("-storm"))).containsExactly("bridge", "greve");
    }

    @Test
    void filtersNarrowWithoutText() throws IOException {
        assertThat(ids(SearchQuery.of("").withStatuses(Set.of(ArticleStatus.READY)))).containsExactly("bridge");
        assertThat(ids(SearchQuery.of("").withTag("roads"))).containsExactly("bridge");
        assertThat(ids(SearchQuery.of("").withLanguage("fr-CH"))).containsExactly("greve");
    }

    @Test
    void detailedHitsCarryHighlightsAndTheOthersOnlyTheirId() throws IOException {
        SearchResults r = search.search(SearchQuery.of("harbour"), 10, 0);
        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("storm");
            assertThat(h.headline()).isNull();
        });
        SearchHit described = search.describe(r, "storm").orElseThrow();
        assertThat(described.headline()).isEqualTo("Harbour reopens after storm");
        assertThat(described.headlineMatches().marked("[", "]")).isEqualTo("[Harbour] reopens after storm");
        assertThat(search.describe(r, "broken")).isEmpty();
    }

    @Test
    void headlineCompletionTakesTheLastWordAsAPrefix() throws IOException {
        assertThat(search.completeHeadline("harb", 10)).extracting(IndexedArticle::id).containsExactly("storm");
        assertThat(search.completeHeadline("reopened", 10)).extracting(IndexedArticle::id).containsExactly("storm");
        // body words do not complete a headline
        assertThat(search.completeHeadline("engineers", 10)).isEmpty();
        assertThat(search.completeHeadline("-harbour", 10)).isEmpty();
    }
}
