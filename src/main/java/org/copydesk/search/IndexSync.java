package org.copydesk.search;

import static org.copydesk.search.IndexFields.ARTICLE;
import static org.copydesk.search.IndexFields.BODY;
import static org.copydesk.search.IndexFields.ERROR;
import static org.copydesk.search.IndexFields.HEADLINE;
import static org.copydesk.search.IndexFields.ID;
import static org.copydesk.search.IndexFields.KIND;
import static org.copydesk.search.IndexFields.LANG;
import static org.copydesk.search.IndexFields.LANGUAGE;
import static org.copydesk.search.IndexFields.LINK;
import static org.copydesk.search.IndexFields.MODIFIED;
import static org.copydesk.search.IndexFields.MODIFIED_SORT;
import static org.copydesk.search.IndexFields.MTIME;
import static org.copydesk.search.IndexFields.PART;
import static org.copydesk.search.IndexFields.PART_SEP;
import static org.copydesk.search.IndexFields.SIZE;
import static org.copydesk.search.IndexFields.STANDFIRST;
import static org.copydesk.search.IndexFields.STATUS;
import static org.copydesk.search.IndexFields.TAG;
import static org.copydesk.search.IndexFields.UNREADABLE;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Workspace;

/**
 * Keeps the index in line with the article files, which stay the only source of truth: each indexed article carries
 * the size and modification time of its file, and {@link #sync()} re-reads the files added, changed or removed since,
 * also outside Copydesk. Saves and deletes made through the {@link Workspace} are indexed as they happen.
 */
final class IndexSync {
    private static final System.Logger LOG = System.getLogger(IndexSync.class.getName());

    private final Workspace workspace;
    private final IndexStore store;

    IndexSync(Workspace workspace, IndexStore store) {
        this.workspace = workspace;
        this.store = store;
    }

    /** What the index knows of a file: its size and modification time (microseconds). */
    record Stamp(long size, long mtime) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.MICROSECONDS));
        }
    }

    /** Files read between two progress reports (and two looks at whether to stop). */
    static final int BATCH = 256;
    /** A long build commits what it has read this often, so that a crash or a stop loses little of it. */
    static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    /**
     * Re-reads the article files added, changed or removed since they were indexed (by size and modification time),
     * whoever changed them. Cheap when nothing changed: one directory listing.
     */
    SyncReport sync() throws IOException {
        return sync(IndexProgress.NONE, () -> false);
    }

    /**
     * {@link #sync()}, telling {@code progress} how far it has got and looking at {@code stop} between batches of
     * files. When {@code stop} says so, what was read is committed (the index stays valid and keeps it; the next sync
     * reads only the rest) and {@link IndexBuildStopped} is thrown. A long build also commits every few seconds, so a
     * crash loses little of it.
     */
    synchronized SyncReport sync(IndexProgress progress, BooleanSupplier stop) throws IOException {
        Map<String, Stamp> onDisk = new HashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(workspace.articlesDir(), "*.json")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                try {
                    onDisk.put(name.substring(0, name.length() - ".json".length()), Stamp.of(p));
                } catch (NoSuchFileException gone) {
                    // removed while listing
                }
            }
        }
        Map<String, Stamp> indexed = indexedStamps();
        List<String> toRead = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Stamp> e : onDisk.entrySet()) {
            if (e.getValue().equals(indexed.get(e.getKey()))) {
                unchanged++;
            } else {
                toRead.add(e.getKey());
            }
        }
        // in a stable order: a build stopped and started again goes on where it stopped (same files first)
        toRead.sort(null);
        int added = (int) toRead.stream().filter(id -> !indexed.containsKey(id)).count();
        int removed = 0;
        for (String id : indexed.keySet()) {
            if (!onDisk.containsKey(id)) {
                store.writer().deleteDocuments(new Term(ID, id));
                removed++;
            }
        }
        AtomicInteger failures = new AtomicInteger();
        int total = toRead.size();
        if (total > 0) {
            progress.indexed(0, total);
        }
        long lastCommit = System.nanoTime();
        for (int from = 0; from < total; from += BATCH) {
            if (stop.getAsBoolean()) {
                store.writer().commit();
                store.refresh();
                LOG.log(Level.DEBUG, "search index sync stopped after {0} of {1} files", from, total);
                throw new IndexBuildStopped(from, total);
            }
            int to = Math.min(total, from + BATCH);
            toRead.subList(from, to).parallelStream().forEach(id -> {
                try {
                    reindexFromFile(id);
                } catch (IOException e) {
                    failures.incrementAndGet();
                    LOG.log(Level.WARNING, "cannot index " + id + ": " + e.getMessage());
                }
            });
            progress.indexed(to, total);
            if (to < total && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                store.writer().commit();
                lastCommit = System.nanoTime();
            }
        }
        SyncReport report = new SyncReport(added, toRead.size() - added, removed, unchanged, store.rebuildPending());
        if (report.changed()) {
            store.writer().commit();
            store.rebuilt();
        }
        store.refresh();
        if (report.changed()) {
            LOG.log(Level.DEBUG, "search index synced: {0}", report);
        }
        return report;
    }

    /** The stamp of every file in the index, by article id. */
    Map<String, Stamp> indexedStamps() throws IOException {
        Map<String, Stamp> out = new HashMap<>();
        store.refresh();
        store.withSearcher(s -> {
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                LeafReader r = ctx.reader();
                Bits live = r.getLiveDocs();
                SortedDocValues ids = r.getSortedDocValues(ID);
                NumericDocValues sizes = r.getNumericDocValues(SIZE);
                NumericDocValues mtimes = r.getNumericDocValues(MTIME);
                if (ids == null || sizes == null || mtimes == null) {
                    continue;
                }
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if ((live != null && !live.get(doc)) || !ids.advanceExact(doc) || !sizes.advanceExact(doc)
                            || !mtimes.advanceExact(doc)) {
                        continue;
                    }
                    out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), new Stamp(sizes.longValue(), mtimes.longValue()));
                }
            }
            return null;
        });
        return out;
    }

    private void reindexFromFile(String id) throws IOException {
        Path file = workspace.articlesDir().resolve(id + ".json");
        Stamp stamp;
        try {
            stamp = Stamp.of(file);
        } catch (NoSuchFileException gone) {
            store.writer().deleteDocuments(new Term(ID, id));
            return;
        }
        ArticleEntry entry;
        try {
            entry = workspace.load(id);
        } catch (NoSuchFileException gone) {
            store.writer().deleteDocuments(new Term(ID, id));
            return;
        } catch (IllegalArgumentException badName) {
            entry = new ArticleEntry(id, file, null, badName.getMessage(), true);
        }
        store.writer().updateDocument(new Term(ID, id), document(id, stamp, entry));
    }

    // not synchronized: a save must not wait for a sync (the first build of a large workspace takes a while);
    // the writer is thread-safe, and a sync that reads the same file again only repeats the same update
    /** Indexes an article the workspace has just saved; a failure is logged and left to the next sync. */
    void saved(Article article) {
        try {
            Path file = workspace.fileOf(article.id());
            Stamp stamp = Stamp.of(file);
            store.writer().updateDocument(new Term(ID, article.id()),
                    document(article.id(), stamp, new ArticleEntry(article.id(), file, article, null, false)));
            store.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot index saved article " + article.id() + " (the next sync will): " + e);
        }
    }

    /** Removes an article the workspace has just deleted; a failure is logged and left to the next sync. */
    void deleted(String id) {
        try {
            store.writer().deleteDocuments(new Term(ID, id));
            store.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot remove " + id + " from the index (the next sync will): " + e);
        }
    }

    /** The document of one article file: readable (its fields in its languages) or not (why). */
    static Document document(String id, Stamp stamp, ArticleEntry entry) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(id)));
        d.add(new NumericDocValuesField(SIZE, stamp.size()));
        d.add(new NumericDocValuesField(MTIME, stamp.mtime()));
        Article a = entry.article();
        if (a == null) {
            d.add(new StringField(KIND, UNREADABLE, Field.Store.NO));
            d.add(new StoredField(ERROR, entry.error() == null ? "" : entry.error()));
            return d;
        }
        String lang = LanguageFields.analysisLanguage(a.language());
        d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        d.add(new StringField(STATUS, a.status().id(), Field.Store.YES));
        d.add(new StringField(LANG, IndexFields.primarySubtag(a.language()), Field.Store.NO));
        d.add(new StoredField(LANGUAGE, a.language()));
        for (String t : a.tags()) {
            d.add(new StringField(TAG, t.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (RelatedLink l : a.links()) {
            d.add(new StringField(LINK, l.targetId(), Field.Store.NO));
        }
        long modified = a.modified().toEpochMilli();
        d.add(new LongPoint(MODIFIED, modified));
        d.add(new StoredField(MODIFIED, modified));
        d.add(new NumericDocValuesField(MODIFIED_SORT, modified));
        d.add(new StoredField(HEADLINE, a.headline()));
        d.add(new StoredField(STANDFIRST, a.standfirst()));
        d.add(new TextField(LanguageFields.field(HEADLINE, lang), a.headline(), Field.Store.NO));
        d.add(new TextField(LanguageFields.field(STANDFIRST, lang), a.standfirst(), Field.Store.NO));
        for (ArticleText.Part p : ArticleText.bodyParts(a)) {
            d.add(new TextField(LanguageFields.field(BODY, p.language()), p.text(), Field.Store.NO));
            d.add(new StoredField(PART, p.language() + PART_SEP + p.text()));
        }
        return d;
    }
}
