package org.copydesk.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;

/** Puts articles straight into an in-memory index, for the tests of one part of the index at a time. */
final class IndexedStories {
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private IndexedStories() {
    }

    static Article story(String id, String headline, String language, String body) {
        return Article.draft(id, headline, language, T0).withBody(Article.paragraphsOf(body));
    }

    static void add(IndexStore store, Article... articles) throws IOException {
        for (Article a : articles) {
            store.writer().addDocument(IndexSync.document(a.id(), new IndexSync.Stamp(1, 1),
                    new ArticleEntry(a.id(), Path.of(a.id() + ".json"), a, null, false)));
        }
        store.refresh();
    }

    static void addUnreadable(IndexStore store, String id) throws IOException {
        store.writer().addDocument(IndexSync.document(id, new IndexSync.Stamp(1, 1),
                new ArticleEntry(id, Path.of(id + ".json"), null, "not an article file", true)));
        store.refresh();
    }
}
