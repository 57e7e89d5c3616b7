package org.copydesk.storage;

import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;

/**
 * What the article list holds of one file: the fields it shows, sorts, filters and searches on, not the body. A
 * workspace of 100,000 articles lists in a fraction of the memory whole articles take; the article itself is read
 * again from its file when it is opened. An unreadable file is still listed: its {@code error} says why, and its
 * status and dates are {@code null}. A readable file may carry an {@code error} too: why it opens read-only.
 *
 * @param wordCount words of headline, standfirst and body, counted as {@link org.copydesk.model.Words#count} does
 */
public record ArticleSummary(String id, String headline, String standfirst, ArticleStatus status, String language,
        List<String> tags, String section, Instant created, Instant modified, int wordCount, long revision, String error) {
    public ArticleSummary {
        headline = headline == null ? "" : headline;
        section = section == null ? "" : section;
        standfirst = standfirst == null ? "" : standfirst;
        language = language == null ? "" : language;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A file that could not be read, listed with the reason. */
    public static ArticleSummary unreadable(String id, String error) {
        return new ArticleSummary(id, "", "", null, "", List.of(), "", null, null, 0, 0, error);
    }

    /** The summary of an article as loaded in full (after a save, or from {@link Workspace#load}). */
    public static ArticleSummary of(ArticleEntry e) {
        if (!e.ok()) {
            return unreadable(e.id(), e.error() == null ? "unreadable" : e.error());
        }
        ArticleSummary s = of(e.article());
        return new ArticleSummary(e.id(), s.headline(), s.standfirst(), s.status(), s.language(), s.tags(),
                s.section(), s.created(), s.modified(), s.wordCount(), s.revision(), e.error());
    }

    /** The summary of an article just saved or created. */
    public static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.headline(), a.standfirst(), a.status(), a.language(), a.tags(),
                a.details().section(), a.created(), a.modified(), a.wordCount(), a.revision(), null);
    }

    /** True when the file's fields could be read (it may still open read-only, see {@link #error}). */
    public boolean ok() {
        return status != null;
    }
}
