package org.copydesk.analysis;

import java.util.concurrent.CompletableFuture;
import org.copydesk.analysis.language.LinguaModels;
import org.copydesk.analysis.language.WordScores;
import org.copydesk.model.Article;

/**
 * The one entry point to analysis: text in, immutable {@link Analysis} out. Thread-safe; one instance is shared by
 * the app, the command line and export. Pure: it never touches files or the UI.
 *
 * <p>Language models (Lingua's n-gram models, high-accuracy orders 1-5, seven languages) are loaded once per instance, on a daemon thread
 * started by {@link #preloadInBackground()} or by the first analysis, which waits for them.
 */
public final class Analyzer {
    private final LinguaModels models = new LinguaModels();
    private final WordScores scores = new WordScores(models);

    public Analyzer() {
    }

    /** Starts loading language models on a background thread so the first analysis does not wait for them. */
    public void preloadInBackground() {
        models.startLoading();
    }

    /** Completes when the language models are loaded, or fails with why they cannot be; starts nothing. */
    public CompletableFuture<Void> modelsLoaded() {
        return models.loaded();
    }

    /** Waits until the language models are loaded; returns how long loading took in milliseconds. */
    public long awaitModels() {
        models.ngrams();
        return models.loadMillis();
    }

    public Analysis analyze(String text) {
        return analyze(text, AnalysisHints.NONE);
    }

    /** Analyses the article's body text with its language and hand-set marks as hints. */
    public Analysis analyze(Article article) {
        return analyze(article.bodyText(), AnalysisHints.of(article));
    }

    public Analysis analyze(String text, AnalysisHints hints) {
        AnalysisHints h = hints == null ? AnalysisHints.NONE : hints;
        return TextAnalysis.run(text == null ? "" : text, h, scores, new TextAnalysis.Caches());
    }

    /** A session for one document being edited: re-analysis reuses what did not change. */
    public AnalysisSession newSession() {
        return new AnalysisSession(this);
    }

    WordScores scores() {
        return scores;
    }

    /** Lingua's n-gram models alone on a whole clause (what the segmentation is compared with in the benchmark). */
    public String detectClauseWithLinguaOnly(String clause) {
        return models.detectClause(clause);
    }

    /** How many distinct word forms have cached language scores. */
    public int cachedWordForms() {
        return scores.cachedForms();
    }
}
