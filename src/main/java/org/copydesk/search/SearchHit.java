package org.copydesk.search;

import java.time.Instant;
import org.copydesk.model.ArticleStatus;

/**
 * One article found. {@code id} and {@code score} are always there; the details (headline, status, language,
 * modified, highlighted headline and snippet) are filled for the first hits of a result (see
 * {@link SearchIndex#search(SearchQuery, int, int)}) and for {@link SearchIndex#describe(SearchResults, String)}.
 */
public record SearchHit(String id, float score, String headline, ArticleStatus status, String language,
                        Instant modified, HighlightedText headlineMatches, HighlightedText snippet) {
    public boolean hasDetails() {
        return headline != null;
    }
}
