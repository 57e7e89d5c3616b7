package org.copydesk.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.copydesk.model.ArticleStatus;

/**
 * What the user asked for: free text (words, "quoted phrases", -excluded words, OR between alternatives; the last
 * word also matches as a prefix while typing) and filters. Null or empty filters do not filter.
 *
 * @param language a BCP-47 primary tag ("fr"), compared with the article's language
 * @param from     first day (UTC) of the modified date, inclusive
 * @param to       last day (UTC) of the modified date, inclusive
 */
public record SearchQuery(String text, Set<ArticleStatus> statuses, String language, String tag, LocalDate from,
                          LocalDate to) {
    public SearchQuery {
        text = text == null ? "" : text;
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        language = language == null || language.isBlank() ? null : language.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null);
    }

    public SearchQuery withText(String v) {
        return new SearchQuery(v, statuses, language, tag, from, to);
    }

    public SearchQuery withStatuses(Set<ArticleStatus> v) {
        return new SearchQuery(text, v, language, tag, from, to);
    }

    public SearchQuery withLanguage(String v) {
        return new SearchQuery(text, statuses, v, tag, from, to);
    }

    public SearchQuery withTag(String v) {
        return new SearchQuery(text, statuses, language, v, from, to);
    }

    public SearchQuery withDates(LocalDate fromDay, LocalDate toDay) {
        return new SearchQuery(text, statuses, language, tag, fromDay, toDay);
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    /** True when neither text nor any filter narrows the workspace. */
    public boolean isEmpty() {
        return !hasText() && statuses.isEmpty() && language == null && tag == null && from == null && to == null;
    }
}
