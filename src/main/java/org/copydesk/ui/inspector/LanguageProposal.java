package org.copydesk.ui.inspector;

import java.util.LinkedHashMap;
import java.util.Map;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.model.LanguageTags;

/**
 * What the analysis proposes as the article's language: the language of most of the body's letters, when that is
 * not the language the article is set to. The user decides; this only proposes.
 */
public final class LanguageProposal {
    /** Share of the letters a language needs before it is proposed. */
    static final double MAJORITY = 0.6;
    /** Fewer letters than this say too little to propose anything. */
    static final int MIN_LETTERS = 80;

    private LanguageProposal() {
    }

    /** The proposed primary subtag ("fr"), or null when the article's language fits or the text is too short. */
    public static String propose(String articleLanguage, String text, Analysis analysis) {
        if (analysis == null || text == null) {
            return null;
        }
        Map<String, Integer> letters = new LinkedHashMap<>();
        int total = 0;
        for (LanguageSegment s : analysis.segments()) {
            int n = 0;
            for (int i = Math.max(0, s.start()); i < Math.min(text.length(), s.end()); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    n++;
                }
            }
            letters.merge(LanguageTags.primary(s.language()), n, Integer::sum);
            total += n;
        }
        if (total < MIN_LETTERS) {
            return null;
        }
        String best = null;
        int most = 0;
        for (var e : letters.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null || best.isEmpty() || most < MAJORITY * total || best.equals(LanguageTags.primary(articleLanguage))) {
            return null;
        }
        return best;
    }
}
