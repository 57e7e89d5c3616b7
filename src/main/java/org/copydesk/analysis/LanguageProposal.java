package org.copydesk.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.copydesk.model.LanguageTags;

/**
 * What the analysis proposes as the article's language: the language most of the running text's letters are in, with
 * the headline's letters counting {@link #HEADLINE_WEIGHT} times (a story is written in the language of its headline
 * and its running text; quotations and names in other languages are a minority of its letters). The story inspector
 * and the import review both ask here; the user decides, this only proposes.
 */
public final class LanguageProposal {
    /** Share of the letters a language needs before the inspector proposes it over the article's language. */
    static final double MAJORITY = 0.6;
    /** Fewer letters than this say too little to propose anything. */
    static final int MIN_LETTERS = 80;
    /** Each letter of the headline counts this many times. */
    static final int HEADLINE_WEIGHT = 3;

    private LanguageProposal() {
    }

    /**
     * For the inspector: the proposed primary subtag ("fr"), or null when the article's language fits, no language
     * has {@link #MAJORITY} of the letters, or the text is too short.
     */
    public static String propose(String articleLanguage, String text, Analysis analysis) {
        Map<String, Integer> letters = new LinkedHashMap<>();
        int total = count(text, analysis, 1, letters);
        if (total < MIN_LETTERS) {
            return null;
        }
        String best = most(letters);
        if (best == null || best.isEmpty() || letters.get(best) < MAJORITY * total
                || best.equals(LanguageTags.primary(articleLanguage))) {
            return null;
        }
        return best;
    }

    /**
     * For an article being imported: the language (primary subtag) with the most letters of the headline and the body,
     * or null when there are too few letters to tell.
     *
     * @param headlineAnalysis the analysis of the headline alone (may be null)
     * @param bodyAnalysis     the analysis of {@code body} (the article's body text)
     */
    public static String languageOf(String headline, Analysis headlineAnalysis, String body, Analysis bodyAnalysis) {
        Map<String, Integer> letters = new LinkedHashMap<>();
        int total = count(body, bodyAnalysis, 1, letters) + count(headline, headlineAnalysis, HEADLINE_WEIGHT, letters);
        if (total < MIN_LETTERS / 4) {
            return null;
        }
        String best = most(letters);
        return best == null || best.isEmpty() ? null : best;
    }

    /**
     * The tag to set for a proposed language: {@code current} when it is already that language (its region is kept),
     * else the language's first region in {@link LanguageTags#COMMON} ("fr" gives "fr-FR").
     */
    public static String tagFor(String primary, String current) {
        if (primary == null || primary.isEmpty()) {
            return current;
        }
        if (primary.equals(LanguageTags.primary(current))) {
            return current;
        }
        for (String t : LanguageTags.COMMON) {
            if (LanguageTags.primary(t).equals(primary)) {
                return t;
            }
        }
        return primary;
    }

    private static int count(String text, Analysis analysis, int weight, Map<String, Integer> letters) {
        if (analysis == null || text == null) {
            return 0;
        }
        int total = 0;
        for (LanguageSegment s : analysis.segments()) {
            int n = 0;
            for (int i = Math.max(0, s.start()); i < Math.min(text.length(), s.end()); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    n++;
                }
            }
            letters.merge(LanguageTags.primary(s.language()), n * weight, Integer::sum);
            total += n * weight;
        }
        return total;
    }

    private static String most(Map<String, Integer> letters) {
        String best = null;
        int most = 0;
        for (var e : letters.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
