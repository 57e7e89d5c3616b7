package org.copydesk.search;

import java.time.Instant;
import org.copydesk.model.ArticleStatus;

/** What the index knows of one readable article, for display (links, backlinks). */
public record IndexedArticle(String id, String headline, ArticleStatus status, String language, Instant modified) {
}
