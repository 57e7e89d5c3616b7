package org.copydesk.ui.articles;

import java.time.Instant;
import java.util.Locale;
import org.copydesk.storage.ArticleSummary;

/**
 * One line of the article list: the summary of an article (not the article: it is read from its file when opened), or
 * of a file that could not be read (shown with its error).
 */
public record ArticleRow(ArticleSummary entry) {
    public String id() {
        return entry.id();
    }

    public String headline() {
        return entry.ok() ? entry.headline() : entry.id() + ".json";
    }

    public String status() {
        return entry.ok() ? entry.status().id() : "";
    }

    public String language() {
        return entry.ok() ? entry.language() : "";
    }

    public Instant modified() {
        return entry.ok() ? entry.modified() : null;
    }

    public String error() {
        return entry.error();
    }

    /** The summary's fields, or null for a file that could not be read. */
    public ArticleSummary summary() {
        return entry.ok() ? entry : null;
    }

    /** True when the row matches every word of the filter (case-insensitive, over headline, id, status, language, tags). */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        StringBuilder hay = new StringBuilder(headline()).append(' ').append(id()).append(' ').append(status())
                .append(' ').append(language());
        if (entry.ok()) {
            entry.tags().forEach(t -> hay.append(' ').append(t));
            hay.append(' ').append(entry.standfirst());
        }
        String h = hay.toString().toLowerCase(Locale.ROOT);
        for (String w : filter.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && !h.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
