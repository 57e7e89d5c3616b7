package org.copydesk.analysis;

/**
 * Analysis of one document as it is edited. Each call gets the whole current text; the session keeps what it found
 * before and analyses again only the paragraphs that changed. Calls must not overlap (one editor, one executor).
 *
 * <p>Kept per paragraph: its words and their language evidence, its possible quotation marks and its web-residue
 * check (keyed by the paragraph's text), and its word languages (keyed by text and the article's candidate
 * languages). Quotation pairing, segments and typography are rebuilt from those each time: they are linear in the
 * number of marks and words and need no new language scoring.
 */
public final class AnalysisSession {
    private final Analyzer analyzer;
    private final TextAnalysis.Caches caches = new TextAnalysis.Caches();

    AnalysisSession(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public synchronized Analysis analyze(String fullText, AnalysisHints hints) {
        return TextAnalysis.run(fullText == null ? "" : fullText, hints == null ? AnalysisHints.NONE : hints,
                analyzer.scores(), caches);
    }
}
