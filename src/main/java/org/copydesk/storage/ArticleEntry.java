package org.copydesk.storage;

import java.nio.file.Path;
import java.util.List;
import org.copydesk.model.Article;

/**
 * One file of the workspace as loaded: the article, or the reason it could not be read. An entry with an error is
 * still listed; it opens read-only and is never overwritten. {@code marksLeftOut} lists the marks of the file that
 * could not be placed (the article is readable and editable without them; the file is rewritten only when the user
 * edits, and then valid).
 */
public record ArticleEntry(String id, Path file, Article article, String error, boolean readOnly, List<String> marksLeftOut) {
    public ArticleEntry {
        marksLeftOut = marksLeftOut == null ? List.of() : List.copyOf(marksLeftOut);
    }

    public ArticleEntry(String id, Path file, Article article, String error, boolean readOnly) {
        this(id, file, article, error, readOnly, List.of());
    }

    public boolean ok() {
        return article != null;
    }
}
