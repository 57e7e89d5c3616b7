package org.copydesk.export;

import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.QuoteConventions;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;

/** The typographic corrections export makes: quotation marks as the language around each quotation wants them. */
final class Typography {
    private static final System.Logger LOG = System.getLogger(Typography.class.getName());

    private Typography() {
    }

    /**
     * The replacements that bring the body's quotations (found by the analysis) to the convention of their language,
     * e.g. "…" to “…” in English, to «&#x202F;…&#x202F;» in French, to «…» in a Swiss German or Swiss French story
     * (the article's language tag gives the region; the same table as the editor's Fix quotation marks); none when
     * {@code options} keep the marks as typed.
     */
    static List<TextReplacement> quoteFixes(Article article, Analysis analysis, ExportOptions options) {
        if (!options.typographicQuotes()) {
            return List.of();
        }
        try {
            String text = article.bodyText();
            return QuoteConventions.fixAll(text, analysis, article.language()).stream().filter(r -> replacesOnlyMarks(text, r)).toList();
        } catch (RuntimeException e) {
            // a fault in the analysis must not stop a story from going out; it goes out with the marks as typed
            LOG.log(System.Logger.Level.WARNING, "quotation marks of " + article.id() + " left as typed", e);
            return List.of();
        }
    }

    /**
     * True when a replacement changes nothing but quotation marks and the spaces beside them. A quotation marked by
     * hand over text without marks ("we will win") has letters at its ends: those are never replaced.
     */
    static boolean replacesOnlyMarks(String text, TextReplacement r) {
        if (r.start() < 0 || r.end() > text.length() || r.start() > r.end()) {
            return false;
        }
        for (int i = r.start(); i < r.end(); i++) {
            char c = text.charAt(i);
            if (QUOTE_MARKS.indexOf(c) < 0 && !Character.isSpaceChar(c) && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static final String QUOTE_MARKS = "\"'`«»“”„‟‚‘’‛‹›「」『』";
}
