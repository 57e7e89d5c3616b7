package org.copydesk.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Collects every hit with its score, then ranks them: for the article list, which shows all matches, this is much
 * cheaper than a top-N priority queue as large as the workspace.
 */
final class AllHits extends SimpleCollector {
    private int[] docs = new int[256];
    private float[] scores = new float[256];
    private int size;
    private int base;
    private Scorable scorer;

    static TopDocs top(IndexSearcher s, Query q, int limit) throws IOException {
        AllHits all = s.search(q, new CollectorManager<AllHits, AllHits>() {
            @Override
            public AllHits newCollector() {
                return new AllHits();
            }

            @Override
            public AllHits reduce(Collection<AllHits> collectors) {
                AllHits out = new AllHits();
                for (AllHits c : collectors) {
                    for (int i = 0; i < c.size; i++) {
                        out.add(c.docs[i], c.scores[i]);
                    }
                }
                return out;
            }
        });
        return all.ranked(limit);
    }

    private void add(int doc, float score) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        docs[size] = doc;
        scores[size++] = score;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        add(base + doc, scorer.score());
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    /** Best first; equal scores in index order. */
    private TopDocs ranked(int limit) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            float sc = Math.max(0f, Float.isNaN(scores[i]) ? 0f : scores[i]);
            keys[i] = ((long) Float.floatToIntBits(sc) << 32) | (Integer.MAX_VALUE - docs[i]);
        }
        Arrays.sort(keys);
        int n = Math.min(limit, size);
        ScoreDoc[] out = new ScoreDoc[n];
        for (int i = 0; i < n; i++) {
            long k = keys[size - 1 - i];
            out[i] = new ScoreDoc(Integer.MAX_VALUE - (int) (k & 0xFFFFFFFFL), Float.intBitsToFloat((int) (k >>> 32)));
        }
        return new TopDocs(new TotalHits(size, TotalHits.Relation.EQUAL_TO), out);
    }
}
