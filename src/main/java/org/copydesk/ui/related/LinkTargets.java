package org.copydesk.ui.related;

import java.util.List;
import java.util.Map;
import org.copydesk.search.IndexedArticle;

/**
 * What the search index knows of the open article's links: the headline of each target it holds (by target id), and
 * the articles linking to the open one.
 */
record LinkTargets(Map<String, String> headlines, List<IndexedArticle> backlinks) {
    LinkTargets {
        headlines = Map.copyOf(headlines);
        backlinks = List.copyOf(backlinks);
    }
}
