package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteConventionsTest {
    @Test
    void marksPerLanguageAndDepth() {
        assertThat(QuoteConventions.marksFor("fr", 0)).containsExactly("«\u202F", "\u202F»");
        assertThat(QuoteConventions.marksFor("en", 0)).containsExactly("“", "”");
        assertThat(QuoteConventions.marksFor("en", 1)).containsExactly("‘", "’");
        assertThat(QuoteConventions.marksFor("de", 0)).containsExactly("„", "“");
        assertThat(QuoteConventions.marksFor("de", 1)).containsExactly("‚", "‘");
        assertThat(QuoteConventions.marksFor("en-GB", 2)).containsExactly("‘", "’");
        assertThat(QuoteConventions.marksFor("xx", 0)).containsExactly("“", "”");
    }

    static String apply(String text, List<TextReplacement> fixes) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = fixes.size() - 1; i >= 0; i--) {
            TextReplacement r = fixes.get(i);
            sb.replace(r.start(), r.end(), r.replacement());
        }
        return sb.toString();
    }

    @Test
    void fixAllConvertsEveryQuotationToTheLanguageAroundIt() {
        String text = "The ministry said the drills would « deepen cooperation » and \"strengthen ties\".\n\n"
                + "Le porte-parole a parlé d’un exercice “sans aucun rapport” avec la situation actuelle.";
        Analysis a = SharedAnalyzer.get().analyze(text);
        List<TextReplacement> fixes = QuoteConventions.fixAll(text, a);
        for (int i = 1; i < fixes.size(); i++) {
            assertThat(fixes.get(i).start()).isGreaterThanOrEqualTo(fixes.get(i - 1).end());
        }
        String fixed = apply(text, fixes);
        assertThat(fixed).isEqualTo("The ministry said the drills would “deepen cooperation” and “strengthen ties”.\n\n"
                + "Le porte-parole a parlé d’un exercice «\u202Fsans aucun rapport\u202F» avec la situation actuelle.");
        assertThat(QuoteConventions.fixAll(fixed, SharedAnalyzer.get().analyze(fixed))).isEmpty();
    }

    @Test
    void fixAllConvertsTheReopeningMarksOfAQuotationOverParagraphs() {
        String text = "She read a statement:\n\n\"We were promised consultation.\n\n\"Instead we got a vote at midnight.\"";
        String fixed = apply(text, QuoteConventions.fixAll(text, SharedAnalyzer.get().analyze(text)));
        assertThat(fixed).isEqualTo("She read a statement:\n\n“We were promised consultation.\n\n“Instead we got a vote at midnight.”");
    }
}
