package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Related stories, on their own: backlinks, similar stories and named headlines over an in-memory index. */
class RelatedStoriesTest {
    IndexStore store;
    RelatedStories related;

    static Article linking(String id, String headline, String... targets) {
        return IndexedStories.story(id, headline, "en", "Text of " + headline + ".")
                .withLinks(Arrays.stream(targets).map(t -> new RelatedLink(t, Relation.SEE_ALSO, null)).toList());
    }

    @BeforeEach
    void setUp() throws IOException {
        store = IndexStore.inMemory();
        related = new RelatedStories(store);
    }

    @AfterEach
    void tearDown() throws IOException {
        store.close();
    }

    @Test
    void backlinksAreTheReadableArticlesLinkingHereByHeadlineNeverItself() throws IOException {
        IndexedStories.add(store, IndexedStories.story("tram", "Tram line opens", "en", "The tram runs."),
                linking("b", "budget follows", "tram"), linking("a", "Analysis of the tram", "tram"),
                linking("self", "Self", "self"), linking("other", "Other", "bridge"));
        assertThat(related.backlinks("tram")).extracting(IndexedArticle::id).containsExactly("a", "b");
        assertThat(related.backlinks("self")).isEmpty();
    }

    @Test
    void findAndHeadlinesKnowOnlyReadableArticles() throws IOException {
        IndexedStories.add(store, IndexedStories.story("z", "zebra crossing", "en", "x"),
                IndexedStories.story("a", "Airport", "en", "y"));
        IndexedStories.addUnreadable(store, "broken");
        assertThat(related.find("a")).get().extracting(IndexedArticle::headline).isEqualTo("Airport");
        assertThat(related.find("broken")).isEmpty();
        assertThat(related.headlines()).extracting(IndexedArticle::id).containsExactly("a", "z");
    }

    @Test
    void aNamedHeadlineMatchesOnlyWhenSimilarEnoughAndNeverTheNamingArticle() throws IOException {
        IndexedStories.add(store, IndexedStories.story("tram", "Tram line opens to the university", "en", "x"),
                IndexedStories.story("ferry", "Ferry strike ends", "en", "y"));
        assertThat(related.matchHeadline("the tram line opens to the University", null))
                .get().satisfies(m -> {
                    assertThat(m.id()).isEqualTo("tram");
                    assertThat(m.similarity()).isGreaterThanOrEqualTo(RelatedStories.HEADLINE_MATCH_THRESHOLD);
                });
        assertThat(related.matchHeadline("Tram fares rise", null)).isEmpty();
        assertThat(related.matchHeadline("Tram line opens to the university", "tram")).isEmpty();
        assertThat(related.matchHeadline("  ", null)).isEmpty();
    }

    @Test
    void suggestionsAreLikeThisArticleButNotItselfNorWhatItLinksTo() throws IOException {
        String harbour = "The harbour of Marseille reopened after the dockers ended their strike over night shifts.";
        IndexedStories.add(store,
                IndexedStories.story("h1", "Dockers end harbour strike", "en", harbour),
                IndexedStories.story("h2", "Harbour strike talks", "en", harbour + " Talks went on all night."),
                IndexedStories.story("h3", "Harbour traffic resumes", "en", harbour + " Ships queued offshore."),
                IndexedStories.story("cake", "Bakery wins prize", "en", "A small bakery won the national cake prize."));
        Article edited = IndexedStories.story("h1", "Dockers end harbour strike", "en", harbour)
                .withLinks(List.of(new RelatedLink("h3", Relation.SEE_ALSO, null)));
        assertThat(related.suggestions(edited, 5)).extracting(Suggestion::id).containsExactly("h2");
    }
}
