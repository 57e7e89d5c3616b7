package org.copydesk.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The articles found for a query, best first (or most recently modified first when there is no text). {@code notice}
 * is a message for the user when the query had to be read differently from how it was typed (null otherwise).
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, int total, String notice, Query luceneQuery) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    public List<String> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }
}
