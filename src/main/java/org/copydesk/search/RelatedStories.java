package org.copydesk.search;

import static org.copydesk.search.IndexFields.HEADLINE;
import static org.copydesk.search.IndexFields.ID;
import static org.copydesk.search.IndexFields.LANGUAGE;
import static org.copydesk.search.IndexFields.LINK;
import static org.copydesk.search.IndexFields.STANDFIRST;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;

/**
 * The index's answers about related stories: who links here (backlinks), stories like this one (More-Like-This),
 * the story a headline named in the copy means, and the headlines to link to.
 */
final class RelatedStories {
    /** Similarity a named headline needs to be taken as a match. */
    static final double HEADLINE_MATCH_THRESHOLD = 0.72;

    private final IndexStore store;

    RelatedStories(IndexStore store) {
        this.store = store;
    }

    /** The readable articles that link to {@code id}, by headline. */
    List<IndexedArticle> backlinks(String id) throws IOException {
        return store.withSearcher(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(LINK, id)), Occur.FILTER)
                    .add(IndexFields.readable(), Occur.FILTER).build();
            TopDocs top = s.search(q, 1000);
            List<IndexedArticle> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc, IndexFields.SUMMARY);
                if (!id.equals(d.get(ID))) {
                    out.add(IndexFields.summary(d));
                }
            }
            out.sort(Comparator.comparing(IndexedArticle::headline, String.CASE_INSENSITIVE_ORDER));
            return out;
        });
    }

    /** What the index knows of a readable article; empty when there is no such (readable) article. */
    Optional<IndexedArticle> find(String id) throws IOException {
        return store.withSearcher(s -> {
            TopDocs top = s.search(new BooleanQuery.Builder()
                    .add(IndexFields.id(id), Occur.FILTER)
                    .add(IndexFields.readable(), Occur.FILTER).build(), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(IndexFields.summary(s.storedFields().document(top.scoreDocs[0].doc, IndexFields.SUMMARY)));
        });
    }

    /**
     * The articles most like this one (More-Like-This over its headline, standfirst and body, each part in its own
     * language), leaving out the article itself and those it already links to. Works on the article as edited, saved
     * or not.
     */
    List<Suggestion> suggestions(Article article, int max) throws IOException {
        return store.withSearcher(s -> {
            try {
                MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
                mlt.setAnalyzer(store.analysis().perFieldAnalyzer());
                Map<String, Collection<Object>> fields = new LinkedHashMap<>();
                String lang = LanguageFields.analysisLanguage(article.language());
                fields.computeIfAbsent(LanguageFields.field(HEADLINE, lang), k -> new ArrayList<>()).add(article.headline());
                fields.computeIfAbsent(LanguageFields.field(STANDFIRST, lang), k -> new ArrayList<>()).add(article.standfirst());
                for (ArticleText.Part p : ArticleText.bodyParts(article)) {
                    fields.computeIfAbsent(LanguageFields.field(IndexFields.BODY, p.language()), k -> new ArrayList<>()).add(p.text());
                }
                mlt.setFieldNames(fields.keySet().toArray(String[]::new));
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(2);
                mlt.setMaxDocFreq(Math.max(5, s.getIndexReader().numDocs() * 3 / 10));
                mlt.setMinWordLen(3);
                mlt.setMaxQueryTerms(30);
                mlt.setBoost(true);
                BooleanQuery.Builder b = new BooleanQuery.Builder()
                        .add(mlt.like(fields), Occur.MUST)
                        .add(IndexFields.readable(), Occur.FILTER)
                        .add(IndexFields.id(article.id()), Occur.MUST_NOT);
                for (RelatedLink l : article.links()) {
                    b.add(IndexFields.id(l.targetId()), Occur.MUST_NOT);
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
    Optional<HeadlineMatch> matchHeadline(String named, String excludeId) throws IOException {
        if (named == null || HeadlineSimilarity.normalise(named).isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        String words = HeadlineSimilarity.normalise(named);
        for (String lang : LanguageFields.allAnalysisLanguages()) {
            Query q = store.queryBuilder().createBooleanQuery(LanguageFields.field(HEADLINE, lang), words, Occur.SHOULD);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), Occur.MUST)
                .add(IndexFields.readable(), Occur.FILTER);
        if (excludeId != null) {
            b.add(IndexFields.id(excludeId), Occur.MUST_NOT);
        }
        return store.withSearcher(s -> {
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

    /** Headlines of all readable articles by id, in headline order. */
    List<IndexedArticle> headlines() throws IOException {
        return store.withSearcher(s -> {
            List<IndexedArticle> out = new ArrayList<>();
            TopDocs top = s.search(IndexFields.readable(), Math.max(1, s.getIndexReader().numDocs()));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(IndexFields.summary(stored.document(sd.doc, IndexFields.SUMMARY)));
            }
            out.sort(Comparator.comparing(IndexedArticle::headline, String.CASE_INSENSITIVE_ORDER));
            return out;
        });
    }
}
