package org.copydesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.RelatedLink;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Workspace;

/**
 * The full-text index of a workspace, kept in {@code <workspace>/.index/}. The article files stay the only source of
 * truth: each indexed article carries the size and modification time of its file, and {@link #sync()} (run on open)
 * re-reads the files that were added, changed or removed since, also outside Copydesk. Saves and deletes made through
 * the {@link Workspace} are indexed as they happen. An index that cannot be read, or was written by another version of
 * this class, is rebuilt from the files.
 *
 * <p>Thread-safe. Searches never see a half-applied change.
 */
public final class SearchIndex implements Closeable {
    public static final String INDEX_DIR = ".index";
    /** Bumped whenever the fields change; an index with another schema is rebuilt. */
    static final String SCHEMA = "copydesk-search-1";
    private static final String SCHEMA_KEY = "schema";
    /** Similarity a named headline needs to be taken as a match. */
    public static final double HEADLINE_MATCH_THRESHOLD = 0.72;

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
    private static final String ID = "id";
    private static final String SIZE = "size";
    private static final String MTIME = "mtime";
    private static final String KIND = "kind";
    private static final String STATUS = "status";
    private static final String LANG = "lang";
    private static final String LANGUAGE = "language";
    private static final String TAG = "tag";
    private static final String LINK = "link";
    private static final String MODIFIED = "modified";
    private static final String MODIFIED_SORT = "modified_sort";
    private static final String HEADLINE = LanguageFields.HEADLINE;
    private static final String STANDFIRST = LanguageFields.STANDFIRST;
    private static final String PART = "part";
    private static final String ERROR = "error";
    private static final String ARTICLE = "article";
    private static final String UNREADABLE = "unreadable";
    private static final char PART_SEP = '\u001F';
    private static final Map<String, Float> PART_BOOST = Map.of(HEADLINE, 3f, STANDFIRST, 1.5f, LanguageFields.BODY, 1f);

    private final Workspace workspace;
    private final Directory directory;
    private final boolean temporary;
    private final LanguageFields analysis = new LanguageFields();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryBuilder queryBuilder;
    private final Workspace.Listener listener;
    private boolean rebuildPending;

    private SearchIndex(Workspace workspace, Directory directory, boolean temporary) throws IOException {
        this.workspace = workspace;
        this.directory = directory;
        this.temporary = temporary;
        IndexWriterConfig cfg = new IndexWriterConfig(analysis.perFieldAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(48);
        cfg.setCommitOnClose(true);
        this.writer = new IndexWriter(directory, cfg);
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
        this.searchers = new SearcherManager(writer, null);
        this.queryBuilder = new QueryBuilder(analysis.perFieldAnalyzer());
        this.listener = new Workspace.Listener() {
            @Override
            public void saved(Article article) {
                indexSaved(article);
            }

            @Override
            public void deleted(String id) {
                indexDeleted(id);
            }
        };
    }

    /**
     * Opens the index of a workspace, brings it in line with the files and keeps it so through the workspace's
     * listener. When another Copydesk holds the index, a temporary in-memory index is built instead (slower to open,
     * same answers).
     */
    public static SearchIndex open(Workspace ws) throws IOException {
        Path dir = ws.root().resolve(INDEX_DIR);
        SearchIndex index;
        try {
            index = new SearchIndex(ws, FSDirectory.open(dir), false);
        } catch (LockObtainFailedException e) {
            LOG.log(System.Logger.Level.DEBUG, "search index {0} is in use by another Copydesk; using a temporary index", dir);
            index = new SearchIndex(ws, new ByteBuffersDirectory(), true);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "search index " + dir + " is unreadable (" + e + "); rebuilding it from the article files");
            try {
                deleteTree(dir);
                index = new SearchIndex(ws, FSDirectory.open(dir), false);
            } catch (IOException | RuntimeException cannotWrite) {
                // a read-only workspace (or a full disk): search still works, from a temporary index in memory
                LOG.log(System.Logger.Level.DEBUG, "search index {0} cannot be written ({1}); using a temporary index", dir, cannotWrite);
                index = new SearchIndex(ws, new ByteBuffersDirectory(), true);
            }
        }
        try {
            index.sync();
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        ws.addListener(index.listener);
        return index;
    }

    /** True when this is a temporary in-memory index (the one in the workspace is held by another process). */
    public boolean isTemporary() {
        return temporary;
    }

    public Workspace workspace() {
        return workspace;
    }

    // ---------------------------------------------------------------------------------------------- keeping in line

    private record Stamp(long size, long mtime) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.MICROSECONDS));
        }
    }

    /**
     * Re-reads the article files added, changed or removed since they were indexed (by size and modification time),
     * whoever changed them. Cheap when nothing changed: one directory listing.
     */
    public synchronized SyncReport sync() throws IOException {
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
            Stamp old = indexed.get(e.getKey());
            if (e.getValue().equals(old)) {
                unchanged++;
            } else {
                toRead.add(e.getKey());
            }
        }
        int added = (int) toRead.stream().filter(id -> !indexed.containsKey(id)).count();
        int removed = 0;
        for (String id : indexed.keySet()) {
            if (!onDisk.containsKey(id)) {
                writer.deleteDocuments(new Term(ID, id));
                removed++;
            }
        }
        AtomicInteger failures = new AtomicInteger();
        toRead.parallelStream().forEach(id -> {
            try {
                reindexFromFile(id);
            } catch (IOException e) {
                failures.incrementAndGet();
                LOG.log(System.Logger.Level.WARNING, "cannot index " + id + ": " + e.getMessage());
            }
        });
        boolean rebuilt = rebuildPending;
        SyncReport report = new SyncReport(added, toRead.size() - added, removed, unchanged, rebuilt);
        if (report.changed()) {
            writer.commit();
            rebuildPending = false;
        }
        searchers.maybeRefreshBlocking();
        if (report.changed()) {
            LOG.log(System.Logger.Level.DEBUG, "search index synced: {0}", report);
        }
        return report;
    }

    private Map<String, Stamp> indexedStamps() throws IOException {
        Map<String, Stamp> out = new HashMap<>();
        searchers.maybeRefreshBlocking();
        withSearcher(s -> {
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
            writer.deleteDocuments(new Term(ID, id));
            return;
        }
        ArticleEntry entry;
        try {
            entry = workspace.load(id);
        } catch (NoSuchFileException gone) {
            writer.deleteDocuments(new Term(ID, id));
            return;
        } catch (IllegalArgumentException badName) {
            entry = new ArticleEntry(id, file, null, badName.getMessage(), true);
        }
        writer.updateDocument(new Term(ID, id), document(id, stamp, entry));
    }

    // not synchronized: a save must not wait for a sync (the first build of a large workspace takes a while);
    // the writer is thread-safe, and a sync that reads the same file again only repeats the same update
    private void indexSaved(Article article) {
        try {
            Path file = workspace.fileOf(article.id());
            Stamp stamp = Stamp.of(file);
            writer.updateDocument(new Term(ID, article.id()),
                    document(article.id(), stamp, new ArticleEntry(article.id(), file, article, null, false)));
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot index saved article " + article.id() + " (the next sync will): " + e);
        }
    }

    private void indexDeleted(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + id + " from the index (the next sync will): " + e);
        }
    }

    private Document document(String id, Stamp stamp, ArticleEntry entry) {
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
        d.add(new StringField(LANG, primarySubtag(a.language()), Field.Store.NO));
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
            d.add(new TextField(LanguageFields.field(LanguageFields.BODY, p.language()), p.text(), Field.Store.NO));
            d.add(new StoredField(PART, p.language() + PART_SEP + p.text()));
        }
        return d;
    }

    private static String primarySubtag(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    // -------------------------------------------------------------------------------------------------- searching

    /**
     * Finds the articles matching the query, best first (most recently modified first when the query has no text).
     * Never throws for what the user typed: a query that cannot match gives no hits and, where useful, a notice.
     *
     * @param limit      the most hits to return
     * @param detailed   how many of the first hits get their details and highlights
     */
    public SearchResults search(SearchQuery q, int limit, int detailed) throws IOException {
        Objects.requireNonNull(q, "query");
        UserQuery uq = UserQuery.parse(q.text());
        String notice = uq.shortened() ? "only the first " + UserQuery.MAX_CLAUSES + " words were searched" : null;
        return withSearcher(s -> {
            return search(s, facts(s), q, uq, notice, limit, detailed);
        });
    }

    private SearchResults search(IndexSearcher s, ReaderFacts f, SearchQuery q, UserQuery uq, String notice, int limit,
                                 int detailed) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER);
        Query text = null;
        if (!uq.groups().isEmpty()) {
            text = textQuery(uq, f.fields());
            if (text == null) {
                return new SearchResults(q, List.of(), 0,
                        "nothing to search for: the query holds no searchable words (only punctuation, operators or very common words)", null);
            }
            b.add(text, uq.hasPositive() ? Occur.MUST : Occur.FILTER);
            if (!uq.hasPositive()) {
                addExclusions(b, uq, f.fields());
            }
        }
        addFilters(b, q);
        Query query = b.build();
        {
            int n = Math.max(1, limit);
            TopDocs top;
            try {
                top = text == null || !uq.hasPositive()
                        ? s.search(query, n, new Sort(new SortField(MODIFIED_SORT, SortField.Type.LONG, true)))
                        : AllHits.top(s, query, n);
            } catch (IndexSearcher.TooManyClauses e) {
                return new SearchResults(q, List.of(), 0, "the query is too long; try fewer words", null);
            }
            MatchHighlighter hl = text == null ? null : new MatchHighlighter(text, analysis.perFieldAnalyzer());
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            StoredFields stored = s.storedFields();
            for (int i = 0; i < top.scoreDocs.length && hits.size() < limit; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                float score = Float.isNaN(sd.score) ? 0 : sd.score;
                if (i < detailed) {
                    hits.add(detail(stored.document(sd.doc), score, hl));
                } else {
                    hits.add(new SearchHit(f.idByDoc()[sd.doc], score, null, null, null, null, null, null));
                }
            }
            int total = (int) Math.min(Integer.MAX_VALUE, top.totalHits.value);
            return new SearchResults(q, hits, Math.max(total, hits.size()), notice, text);
        }
    }

    /** The details and highlights of one article for a result (e.g. a row scrolled into view); empty if it is gone. */
    public Optional<SearchHit> describe(SearchResults results, String id) throws IOException {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = s.storedFields().document(top.scoreDocs[0].doc);
            if (d.get(HEADLINE) == null) {
                return Optional.empty();
            }
            float score = 0;
            for (SearchHit h : results.hits()) {
                if (h.id().equals(id)) {
                    score = h.score();
                    break;
                }
            }
            Query q = results.luceneQuery();
            return Optional.of(detail(d, score, q == null ? null : new MatchHighlighter(q, analysis.perFieldAnalyzer())));
        });
    }

    /** What a searcher's reader holds, worked out once per reader (that is, once per change to the index). */
    private record ReaderFacts(IndexReader reader, String[] idByDoc, Set<String> fields) {
    }

    private volatile ReaderFacts facts;

    private ReaderFacts facts(IndexSearcher s) throws IOException {
        ReaderFacts f = facts;
        IndexReader reader = s.getIndexReader();
        if (f != null && f.reader() == reader) {
            return f;
        }
        String[] idByDoc = new String[reader.maxDoc()];
        Set<String> fields = new HashSet<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            for (FieldInfo fi : ctx.reader().getFieldInfos()) {
                fields.add(fi.name);
            }
            SortedDocValues dv = ctx.reader().getSortedDocValues(ID);
            if (dv == null) {
                continue;
            }
            String[] byOrd = new String[dv.getValueCount()];
            TermsEnum te = dv.termsEnum();
            for (int ord = 0; te.next() != null; ord++) {
                byOrd[ord] = te.term().utf8ToString();
            }
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                idByDoc[ctx.docBase + doc] = byOrd[dv.ordValue()];
            }
        }
        f = new ReaderFacts(reader, idByDoc, Set.copyOf(fields));
        facts = f;
        return f;
    }

    private SearchHit detail(Document d, float score, MatchHighlighter hl) {
        String headline = d.get(HEADLINE);
        String standfirst = Objects.requireNonNullElse(d.get(STANDFIRST), "");
        String language = d.get(LANGUAGE);
        String lang = LanguageFields.analysisLanguage(language);
        List<ArticleText.Part> parts = new ArrayList<>();
        int offset = 0;
        for (String p : d.getValues(PART)) {
            int sep = p.indexOf(PART_SEP);
            String t = p.substring(sep + 1);
            parts.add(new ArticleText.Part(p.substring(0, sep), offset, t));
            offset += t.length();
        }
        if (hl == null) {
            hl = new MatchHighlighter(null, analysis.perFieldAnalyzer());
        }
        HighlightedText head = hl.highlight(LanguageFields.field(HEADLINE, lang), headline);
        HighlightedText snippet = hl.snippet(parts, standfirst, LanguageFields.field(STANDFIRST, lang));
        return new SearchHit(d.get(ID), score, headline, status(d.get(STATUS)), language,
                Instant.ofEpochMilli(d.getField(MODIFIED).numericValue().longValue()), head, snippet);
    }

    private static ArticleStatus status(String id) {
        try {
            return ArticleStatus.fromId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ArticleStatus.DRAFT;
        }
    }

    /**
     * For each analysis language: all groups must match in that language's fields (a word that is a stop word there
     * is left out); the article matches when it matches in any language. Null when no word survives analysis.
     */
    private Query textQuery(UserQuery uq, Set<String> indexedFields) {
        return textQuery(uq, indexedFields, LanguageFields.PARTS);
    }

    private Query textQuery(UserQuery uq, Set<String> indexedFields, List<String> parts) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int branches = 0;
        boolean positives = uq.hasPositive();
        for (String lang : LanguageFields.allAnalysisLanguages()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int required = 0;
            int excluded = 0;
            for (int gi = 0; gi < uq.groups().size(); gi++) {
                List<UserQuery.Clause> group = uq.groups().get(gi);
                boolean lastGroup = gi == uq.groups().size() - 1;
                BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
                int alts = 0;
                for (int ci = 0; ci < group.size(); ci++) {
                    UserQuery.Clause c = group.get(ci);
                    boolean prefix = c.prefix() || (lastGroup && ci == group.size() - 1 && uq.lastIsPrefix());
                    Query cq = clauseQuery(c, lang, prefix, indexedFields, parts);
                    if (cq != null) {
                        alternatives.add(cq, Occur.SHOULD);
                        alts++;
                    }
                }
                if (alts == 0) {
                    continue;
                }
                if (group.get(0).negated()) {
                    all.add(alternatives.build(), Occur.MUST_NOT);
                    excluded++;
                } else {
                    all.add(alternatives.build(), Occur.MUST);
                    required++;
                }
            }
            if (positives && required > 0) {
                any.add(all.build(), Occur.SHOULD);
                branches++;
            } else if (!positives && excluded > 0) {
                // an exclusion-only query: the excluded words, any language; added as MUST_NOT by the caller
                branches++;
            }
        }
        if (!positives) {
            return branches == 0 ? null : new MatchAllDocsQuery();
        }
        return branches == 0 ? null : any.build();
    }

    private void addExclusions(BooleanQuery.Builder b, UserQuery uq, Set<String> indexedFields) {
        for (String lang : LanguageFields.allAnalysisLanguages()) {
            for (List<UserQuery.Clause> group : uq.groups()) {
                for (UserQuery.Clause c : group) {
                    Query cq = clauseQuery(c, lang, false, indexedFields, LanguageFields.PARTS);
                    if (cq != null) {
                        b.add(cq, Occur.MUST_NOT);
                    }
                }
            }
        }
    }

    /** One word or phrase in the headline, standfirst or body fields of one language; null if it analyses to nothing. */
    private Query clauseQuery(UserQuery.Clause c, String lang, boolean prefix, Set<String> indexedFields,
                              List<String> parts) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        int n = 0;
        for (String part : parts) {
            String field = LanguageFields.field(part, lang);
            if (!indexedFields.contains(field)) {
                continue;
            }
            Query exact = c.phrase() ? queryBuilder.createPhraseQuery(field, c.text())
                    : queryBuilder.createBooleanQuery(field, c.text(), Occur.MUST);
            Query pq = prefix ? prefixQuery(field, part, c.text()) : null;
            Query q = exact;
            if (exact != null && pq != null) {
                q = new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(pq, Occur.SHOULD).build();
            } else if (exact == null) {
                q = pq;
            }
            if (q != null) {
                fields.add(new BoostQuery(q, PART_BOOST.get(part)), Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : fields.build();
    }

    /**
     * The word being typed as a prefix: its leading pieces analysed as words, its last piece (lower-cased, folded,
     * not stemmed) as a prefix. A one-letter prefix only looks at headlines.
     */
    private Query prefixQuery(String field, String part, String word) {
        String normal = analysis.perFieldAnalyzer().normalize(field, word).utf8ToString();
        String[] pieces = normal.split("[^\\p{L}\\p{N}]+");
        if (pieces.length == 0) {
            return null;
        }
        String last = pieces[pieces.length - 1];
        if (last.isEmpty() || (last.length() < 2 && !part.equals(HEADLINE))) {
            return null;
        }
        Query prefix = new PrefixQuery(new Term(field, last));
        if (pieces.length == 1) {
            return prefix;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(prefix, Occur.MUST);
        for (int i = 0; i < pieces.length - 1; i++) {
            Query lead = queryBuilder.createBooleanQuery(field, pieces[i]);
            if (lead != null) {
                b.add(lead, Occur.MUST);
            }
        }
        return b.build();
    }

    private static void addFilters(BooleanQuery.Builder b, SearchQuery q) {
        if (!q.statuses().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (ArticleStatus s : q.statuses()) {
                any.add(new TermQuery(new Term(STATUS, s.id())), Occur.SHOULD);
            }
            b.add(any.build(), Occur.FILTER);
        }
        if (q.language() != null) {
            b.add(new TermQuery(new Term(LANG, primarySubtag(q.language()))), Occur.FILTER);
        }
        if (q.tag() != null) {
            b.add(new TermQuery(new Term(TAG, q.tag().toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(MODIFIED, from, to), Occur.FILTER);
        }
    }

    // --------------------------------------------------------------------------------------- related stories

    /** The readable articles that link to {@code id}, by headline. */
    public List<IndexedArticle> backlinks(String id) throws IOException {
        return withSearcher(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(LINK, id)), Occur.FILTER)
                    .add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER).build();
            TopDocs top = s.search(q, 1000);
            List<IndexedArticle> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                if (!id.equals(d.get(ID))) {
                    out.add(summary(d));
                }
            }
            out.sort(Comparator.comparing(IndexedArticle::headline, String.CASE_INSENSITIVE_ORDER));
            return out;
        });
    }

    /** What the index knows of a readable article; empty when there is no such (readable) article. */
    public Optional<IndexedArticle> find(String id) throws IOException {
        return withSearcher(s -> {
            TopDocs top = s.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ID, id)), Occur.FILTER)
                    .add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER).build(), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(summary(s.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    private static IndexedArticle summary(Document d) {
        return new IndexedArticle(d.get(ID), d.get(HEADLINE), status(d.get(STATUS)), d.get(LANGUAGE),
                Instant.ofEpochMilli(d.getField(MODIFIED).numericValue().longValue()));
    }

    /**
     * The articles most like this one (More-Like-This over its headline, standfirst and body, each part in its own
     * language), leaving out the article itself and those it already links to. Works on the article as edited, saved
     * or not.
     */
    public List<Suggestion> suggestions(Article article, int max) throws IOException {
        return withSearcher(s -> {
            try {
                MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
                mlt.setAnalyzer(analysis.perFieldAnalyzer());
                Map<String, Collection<Object>> fields = new LinkedHashMap<>();
                String lang = LanguageFields.analysisLanguage(article.language());
                fields.computeIfAbsent(LanguageFields.field(HEADLINE, lang), k -> new ArrayList<>()).add(article.headline());
                fields.computeIfAbsent(LanguageFields.field(STANDFIRST, lang), k -> new ArrayList<>()).add(article.standfirst());
                for (ArticleText.Part p : ArticleText.bodyParts(article)) {
                    fields.computeIfAbsent(LanguageFields.field(LanguageFields.BODY, p.language()), k -> new ArrayList<>()).add(p.text());
                }
                mlt.setFieldNames(fields.keySet().toArray(String[]::new));
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(2);
                mlt.setMaxDocFreq(Math.max(5, s.getIndexReader().numDocs() * 3 / 10));
                mlt.setMinWordLen(3);
                mlt.setMaxQueryTerms(30);
                mlt.setBoost(true);
                Query like = mlt.like(fields);
                BooleanQuery.Builder b = new BooleanQuery.Builder()
                        .add(like, Occur.MUST)
                        .add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER)
                        .add(new TermQuery(new Term(ID, article.id())), Occur.MUST_NOT);
                for (RelatedLink l : article.links()) {
                    b.add(new TermQuery(new Term(ID, l.targetId())), Occur.MUST_NOT);
                }
                TopDocs top = s.search(b.build(), Math.max(1, max));
                List<Suggestion> out = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = s.storedFields().document(sd.doc, Set.of(ID, HEADLINE, LANGUAGE));
                    out.add(new Suggestion(d.get(ID), d.get(HEADLINE), d.get(LANGUAGE), sd.score));
                }
                return out;
            } catch (IndexSearcher.TooManyClauses e) {
                return List.of();
            }
        });
    }

    /**
     * The article whose headline best matches a headline named in the copy ("See also: ..."), if one is similar
     * enough ({@link #HEADLINE_MATCH_THRESHOLD}); never {@code excludeId} (the article doing the naming).
     */
    public Optional<HeadlineMatch> matchHeadline(String named, String excludeId) throws IOException {
        if (named == null || HeadlineSimilarity.normalise(named).isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        String words = HeadlineSimilarity.normalise(named);
        for (String lang : LanguageFields.allAnalysisLanguages()) {
            Query q = queryBuilder.createBooleanQuery(LanguageFields.field(HEADLINE, lang), words, Occur.SHOULD);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER);
        if (excludeId != null) {
            b.add(new TermQuery(new Term(ID, excludeId)), Occur.MUST_NOT);
        }
        return withSearcher(s -> {
            try {
                TopDocs top = s.search(b.build(), 25);
                HeadlineMatch best = null;
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = s.storedFields().document(sd.doc, Set.of(ID, HEADLINE));
                    double sim = HeadlineSimilarity.similarity(named, d.get(HEADLINE));
                    if (sim >= HEADLINE_MATCH_THRESHOLD && (best == null || sim > best.similarity())) {
                        best = new HeadlineMatch(d.get(ID), d.get(HEADLINE), sim);
                    }
                }
                return Optional.ofNullable(best);
            } catch (IndexSearcher.TooManyClauses e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Articles whose headline holds every word typed (in any of its forms; the last word may be unfinished), best
     * first: what an autocompletion over headlines offers.
     */
    public List<IndexedArticle> completeHeadline(String typed, int max) throws IOException {
        UserQuery uq = UserQuery.parse(typed == null ? "" : typed);
        if (!uq.hasPositive()) {
            return List.of();
        }
        return withSearcher(s -> {
            try {
                Query q = textQuery(uq, facts(s).fields(), List.of(HEADLINE));
                if (q == null) {
                    return List.of();
                }
                Query query = new BooleanQuery.Builder().add(q, Occur.MUST)
                        .add(new TermQuery(new Term(KIND, ARTICLE)), Occur.FILTER).build();
                List<IndexedArticle> out = new ArrayList<>();
                for (ScoreDoc sd : s.search(query, Math.max(1, max)).scoreDocs) {
                    out.add(summary(s.storedFields().document(sd.doc, Set.of(ID, HEADLINE, STATUS, LANGUAGE, MODIFIED))));
                }
                return out;
            } catch (IndexSearcher.TooManyClauses e) {
                return List.of();
            }
        });
    }

    /** Headlines of all readable articles by id, in headline order. */
    public List<IndexedArticle> headlines() throws IOException {
        return withSearcher(s -> {
            List<IndexedArticle> out = new ArrayList<>();
            TopDocs top = s.search(new TermQuery(new Term(KIND, ARTICLE)), Math.max(1, s.getIndexReader().numDocs()));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(summary(stored.document(sd.doc, Set.of(ID, HEADLINE, STATUS, LANGUAGE, MODIFIED))));
            }
            out.sort(Comparator.comparing(IndexedArticle::headline, String.CASE_INSENSITIVE_ORDER));
            return out;
        });
    }

    /** Number of files indexed, readable or not. */
    public int size() throws IOException {
        return withSearcher(s -> {
            return s.getIndexReader().numDocs();
        });
    }

    /** Work done with a searcher of the index as last refreshed. */
    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} with a searcher acquired from the manager, and always releases it. */
    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    // ---------------------------------------------------------------------------------------------------- closing

    @Override
    public synchronized void close() throws IOException {
        workspace.removeListener(listener);
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
