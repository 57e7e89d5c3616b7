package org.copydesk.analysis;

import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;

/**
 * What the analyser is told rather than finds: the primary language (null: detect it) and the marks an editor set by
 * hand, which always win over what analysis finds.
 */
public record AnalysisHints(String primaryLanguage, List<LanguageMark> manualLanguages, List<QuoteMark> manualQuotes) {
    public static final AnalysisHints NONE = new AnalysisHints(null, List.of(), List.of());

    public AnalysisHints {
        manualLanguages = List.copyOf(manualLanguages == null ? List.of() : manualLanguages);
        manualQuotes = List.copyOf(manualQuotes == null ? List.of() : manualQuotes);
    }

    /** The article's language and its hand-set marks. */
    public static AnalysisHints of(Article article) {
        return new AnalysisHints(article.language(),
                article.languageMarks().stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList(),
                article.quoteMarks().stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList());
    }
}
