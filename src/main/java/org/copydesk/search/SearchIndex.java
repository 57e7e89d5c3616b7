package org.copydesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;

/**
 * The full-text index of a workspace, kept in {@code <workspace>/.index/}: one entry point over its three jobs,
 * keeping the index in line with the article files ({@link IndexSync}), searching ({@link FullTextSearch}) and
 * related stories ({@link RelatedStories}), all on one {@link IndexStore}. The article files stay the only source of
 * truth; an index that cannot be read, or was written by another version, is rebuilt from them.
 *
 * <p>Thread-safe. Searches never see a half-applied change.
 */
public final class SearchIndex implements Closeable {
    public static final String INDEX_DIR = ".index";
    /** Similarity a named headline needs to be taken as a match. */
    public static final double HEADLINE_MATCH_THRESHOLD = RelatedStories.HEADLINE_MATCH_THRESHOLD;

    private final Workspace workspace;
    private final IndexStore store;
    private final IndexSync sync;
    private final FullTextSearch search;
    private final RelatedStories related;
    private final Workspace.Listener listener;

    private SearchIndex(Workspace workspace, IndexStore store) {
        this.workspace = workspace;
        this.store = store;
        this.sync = new IndexSync(workspace, store);
        this.search = new FullTextSearch(store);
        this.related = new RelatedStories(store);
        this.listener = new Workspace.Listener() {
            @Override
            public void saved(Article article) {
                sync.saved(article);
            }

            @Override
            public void deleted(String id) {
                sync.deleted(id);
            }
        };
    }

    /**
     * Opens the index of a workspace, brings it in line with the files and keeps it so through the workspace's
     * listener. When another Copydesk holds the index, a temporary in-memory index is built instead (slower to open,
     * same answers); so it is when the index cannot be written.
     */
    public static SearchIndex open(Workspace ws) throws IOException {
        return open(ws, IndexProgress.NONE, () -> false);
    }

    /**
     * {@link #open(Workspace)}, telling {@code progress} how far the build or catch-up has got (the first build of a
     * large workspace reads every file) and stopping when {@code stop} says so: then what was read is kept in the
     * index, the index is closed and {@link IndexBuildStopped} is thrown; the next open reads only the rest.
     */
    public static SearchIndex open(Workspace ws, IndexProgress progress, BooleanSupplier stop) throws IOException {
        SearchIndex index = new SearchIndex(ws, IndexStore.open(ws.root().resolve(INDEX_DIR)));
        // saves made during a long build are indexed as they happen
        ws.addListener(index.listener);
        try {
            index.sync(progress, stop);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /** True when this is a temporary in-memory index (the one in the workspace is held by another process). */
    public boolean isTemporary() {
        return store.isTemporary();
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Re-reads the article files added, changed or removed since they were indexed (by size and modification time),
     * whoever changed them. Cheap when nothing changed: one directory listing.
     */
    public synchronized SyncReport sync() throws IOException {
        return sync.sync();
    }

    /**
     * {@link #sync()}, telling {@code progress} how far it has got; when {@code stop} says so, it keeps what it read
     * and throws {@link IndexBuildStopped} (the index stays valid; the next sync reads the rest).
     */
    public synchronized SyncReport sync(IndexProgress progress, BooleanSupplier stop) throws IOException {
        return sync.sync(progress, stop);
    }

    /**
     * Finds the articles matching the query, best first (most recently modified first when the query has no text).
     * Never throws for what the user typed: a query that cannot match gives no hits and, where useful, a notice.
     *
     * @param limit      the most hits to return
     * @param detailed   how many of the first hits get their details and highlights
     */
    public SearchResults search(SearchQuery q, int limit, int detailed) throws IOException {
        return search.search(q, limit, detailed);
    }

    /** The details and highlights of one article for a result (e.g. a row scrolled into view); empty if it is gone. */
    public Optional<SearchHit> describe(SearchResults results, String id) throws IOException {
        return search.describe(results, id);
    }

    /**
     * Articles whose headline holds every word typed (in any of its forms; the last word may be unfinished), best
     * first: what an autocompletion over headlines offers.
     */
    public List<IndexedArticle> completeHeadline(String typed, int max) throws IOException {
        return search.completeHeadline(typed, max);
    }

    /** The readable articles that link to {@code id}, by headline. */
    public List<IndexedArticle> backlinks(String id) throws IOException {
        return related.backlinks(id);
    }

    /** What the index knows of a readable article; empty when there is no such (readable) article. */
    public Optional<IndexedArticle> find(String id) throws IOException {
        return related.find(id);
    }

    /**
     * The articles most like this one, leaving out the article itself and those it already links to. Works on the
     * article as edited, saved or not.
     */
    public List<Suggestion> suggestions(Article article, int max) throws IOException {
        return related.suggestions(article, max);
    }

    /**
     * The article whose headline best matches a headline named in the copy ("See also: ..."), if one is similar
     * enough ({@link #HEADLINE_MATCH_THRESHOLD}); never {@code excludeId} (the article doing the naming).
     */
    public Optional<HeadlineMatch> matchHeadline(String named, String excludeId) throws IOException {
        return related.matchHeadline(named, excludeId);
    }

    /** Headlines of all readable articles by id, in headline order. */
    public List<IndexedArticle> headlines() throws IOException {
        return related.headlines();
    }

    /** Number of files indexed, readable or not. */
    public int size() throws IOException {
        return store.withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public synchronized void close() throws IOException {
        workspace.removeListener(listener);
        store.close();
    }
}
