package org.copydesk.ui.articles;

import java.time.Instant;
import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;

/** One line of the article list: an article, or a file that could not be read (shown with its error). */
public record ArticleRow(ArticleEntry entry) {
    public String id() {
        return entry.id();
    }

    public String headline() {
        return entry.ok() ? entry.article().headline() : entry.id() + ".json";
    }

    public String status() {
        return entry.ok() ? entry.article().status().id() : "";
    }

    public String language() {
        return entry.ok() ? entry.article().language() : "";
    }

    public Instant modified() {
        return entry.ok() ? entry.article().modified() : null;
    }

    public String error() {
        return entry.error();
    }

    public Article article() {
        return entry.article();
    }

    /** True when the row matches every word of the filter (case-insensitive, over headline, id, status, language, tags). */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        StringBuilder hay = new StringBuilder(headline()).append(' ').append(id()).append(' ').append(status())
                .append(' ').append(language());
        if (entry.ok()) {
            entry.article().tags().forEach(t -> hay.append(' ').append(t));
            hay.append(' ').append(entry.article().standfirst());
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
