package org.copydesk.search;

import static org.copydesk.search.IndexFields.HEADLINE;
import static org.copydesk.search.IndexFields.ID;
import static org.copydesk.search.IndexFields.LANG;
import static org.copydesk.search.IndexFields.LANGUAGE;
import static org.copydesk.search.IndexFields.MODIFIED;
import static org.copydesk.search.IndexFields.MODIFIED_SORT;
import static org.copydesk.search.IndexFields.PART;
import static org.copydesk.search.IndexFields.PART_SEP;
import static org.copydesk.search.IndexFields.STANDFIRST;
import static org.copydesk.search.IndexFields.STATUS;
import static org.copydesk.search.IndexFields.TAG;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.copydesk.model.ArticleStatus;

/**
 * Searching the index for what a user typed: the query is built in every analysis language at once (an article
 * matches in any of them), filtered by status, language, tag and date, and the first hits get their highlighted
 * headline and snippet. Never throws for what the user typed.
 */
final class FullTextSearch {
    private static final Map<String, Float> PART_BOOST = Map.of(HEADLINE, 3f, STANDFIRST, 1.5f, IndexFields.BODY, 1f);

    private final IndexStore store;
    private final QueryBuilder queryBuilder;
    private volatile ReaderFacts facts;

    FullTextSearch(IndexStore store) {
        this.store = store;
        this.queryBuilder = store.queryBuilder();
    }

    /** What a searcher's reader holds, worked out once per reader (that is, once per change to the index). */
    private record ReaderFacts(IndexReader reader, String[] idByDoc, Set<String> fields) {
    }

    /**
     * Finds the articles matching the query, best first (most recently modified first when the query has no text).
     *
     * @param limit      the most hits to return
     * @param detailed   how many of the first hits get their details and highlights
     */
    SearchResults search(SearchQuery q, int limit, int detailed) throws IOException {
        Objects.requireNonNull(q, "query");
        UserQuery uq = UserQuery.parse(q.text());
        String notice = uq.shortened() ? "only the first " + UserQuery.MAX_CLAUSES + " words were searched" : null;
        return store.withSearcher(s -> search(s, facts(s), q, uq, notice, limit, detailed));
    }

    private SearchResults search(IndexSearcher s, ReaderFacts f, SearchQuery q, UserQuery uq, String notice, int limit,
                                 int detailed) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(IndexFields.readable(), Occur.FILTER);
        Query text = null;
        if (!uq.groups().isEmpty()) {
            text = textQuery(uq, f.fields(), LanguageFields.PARTS);
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
        int n = Math.max(1, limit);
        TopDocs top;
        try {
            top = text == null || !uq.hasPositive()
                    ? s.search(query, n, new Sort(new SortField(MODIFIED_SORT, SortField.Type.LONG, true)))
                    : AllHits.top(s, query, n);
        } catch (IndexSearcher.TooManyClauses e) {
            return new SearchResults(q, List.of(), 0, "the query is too long; try fewer words", null);
        }
        MatchHighlighter hl = text == null ? null : new MatchHighlighter(text, store.analysis().perFieldAnalyzer());
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

    /** The details and highlights of one article for a result (e.g. a row scrolled into view); empty if it is gone. */
    Optional<SearchHit> describe(SearchResults results, String id) throws IOException {
        return store.withSearcher(s -> {
            TopDocs top = s.search(IndexFields.id(id), 1);
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
            return Optional.of(detail(d, score, q == null ? null : new MatchHighlighter(q, store.analysis().perFieldAnalyzer())));
        });
    }

    /**
     * Articles whose headline holds every word typed (in any of its forms; the last word may be unfinished), best
     * first: what an autocompletion over headlines offers.
     */
    List<IndexedArticle> completeHeadline(String typed, int max) throws IOException {
        UserQuery uq = UserQuery.parse(typed == null ? "" : typed);
        if (!uq.hasPositive()) {
            return List.of();
        }
        return store.withSearcher(s -> {
            try {
                Query q = textQuery(uq, facts(s).fields(), List.of(HEADLINE));
                if (q == null) {
                    return List.of();
                }
                Query query = new BooleanQuery.Builder().add(q, Occur.MUST).add(IndexFields.readable(), Occur.FILTER).build();
                List<IndexedArticle> out = new ArrayList<>();
                for (ScoreDoc sd : s.search(query, Math.max(1, max)).scoreDocs) {
                    out.add(IndexFields.summary(s.storedFields().document(sd.doc, IndexFields.SUMMARY)));
                }
                return out;
            } catch (IndexSearcher.TooManyClauses e) {
                return List.of();
            }
        });
    }

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
            hl = new MatchHighlighter(null, store.analysis().perFieldAnalyzer());
        }
        HighlightedText head = hl.highlight(LanguageFields.field(HEADLINE, lang), headline);
        HighlightedText snippet = hl.snippet(parts, standfirst, LanguageFields.field(STANDFIRST, lang));
        return new SearchHit(d.get(ID), score, headline, IndexFields.status(d.get(STATUS)), language,
                IndexFields.modified(d), head, snippet);
    }

    /**
     * For each analysis language: all groups must match in that language's fields (a word that is a stop word there
     * is left out); the article matches when it matches in any language. Null when no word survives analysis.
     */
    Query textQuery(UserQuery uq, Set<String> indexedFields, List<String> parts) {
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
        String normal = store.analysis().perFieldAnalyzer().normalize(field, word).utf8ToString();
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
            b.add(new TermQuery(new Term(LANG, IndexFields.primarySubtag(q.language()))), Occur.FILTER);
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
}
