package org.copydesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene side of the index: its folder (or a temporary one in memory), the one writer, the searchers and the
 * language analysis. An index written with another {@link #SCHEMA} is emptied on open and marked for rebuilding.
 * Every search goes through {@link #withSearcher}, which always gives the searcher back.
 */
final class IndexStore implements Closeable {
    /** Bumped whenever the fields change; an index with another schema is rebuilt. */
    static final String SCHEMA = "copydesk-search-1";
    private static final String SCHEMA_KEY = "schema";
    private static final System.Logger LOG = System.getLogger(IndexStore.class.getName());

    private final Directory directory;
    private final boolean temporary;
    private final LanguageFields analysis = new LanguageFields();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryBuilder queryBuilder;
    private volatile boolean rebuildPending;

    IndexStore(Directory directory, boolean temporary) throws IOException {
        this.directory = directory;
        this.temporary = temporary;
        IndexWriterConfig cfg = new IndexWriterConfig(analysis.perFieldAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(48);
        cfg.setCommitOnClose(true);
        this.writer = new IndexWriter(directory, cfg);
        try {
            String schema = null;
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                for (Map.Entry<String, String> e : data) {
                    if (e.getKey().equals(SCHEMA_KEY)) {
                        schema = e.getValue();
                    }
                }
            }
            if (!SCHEMA.equals(schema)) {
                writer.deleteAll();
                rebuildPending = true;
                // set only when it changes: setting it marks the index changed, and closing would then write a new
                // commit on every search, which fails on a full disk or a read-only workspace
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            }
            // opens every segment: a truncated or damaged one is found here, not at the first search
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            // let go of the lock, so that the index can be deleted and built again by this process
            try {
                writer.rollback();
            } catch (IOException | RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        this.queryBuilder = new QueryBuilder(analysis.perFieldAnalyzer());
    }

    /** A store that lives in memory only (nothing is written anywhere). */
    static IndexStore inMemory() throws IOException {
        return new IndexStore(new ByteBuffersDirectory(), true);
    }

    /**
     * The index in {@code dir}. When another Copydesk holds it, a temporary one in memory; when it cannot be read, it
     * is deleted and built again; when it cannot be written (a read-only workspace, a full disk), a temporary one.
     */
    static IndexStore open(Path dir) throws IOException {
        try {
            return new IndexStore(FSDirectory.open(dir), false);
        } catch (LockObtainFailedException e) {
            LOG.log(Level.DEBUG, "search index {0} is in use by another Copydesk; using a temporary index", dir);
            return inMemory();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "search index " + dir + " is unreadable (" + e + "); rebuilding it from the article files");
            try {
                deleteTree(dir);
                return new IndexStore(FSDirectory.open(dir), false);
            } catch (IOException | RuntimeException cannotWrite) {
                LOG.log(Level.DEBUG, "search index {0} cannot be written ({1}); using a temporary index", dir, cannotWrite);
                return inMemory();
            }
        }
    }

    boolean isTemporary() {
        return temporary;
    }

    IndexWriter writer() {
        return writer;
    }

    LanguageFields analysis() {
        return analysis;
    }

    QueryBuilder queryBuilder() {
        return queryBuilder;
    }

    /** True once, after opening an empty index or one of another schema: everything must be read again. */
    boolean rebuildPending() {
        return rebuildPending;
    }

    void rebuilt() {
        rebuildPending = false;
    }

    /** Makes the writer's changes visible to the searches that start after this. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Work done with a searcher of the index as last refreshed. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} with a searcher acquired from the manager, and always releases it. */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer.isOpen()) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            // a file, or a link (a dangling one too): the link goes, never what it points to
            Files.delete(dir);
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
