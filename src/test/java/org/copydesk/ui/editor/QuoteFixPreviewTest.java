package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.analysis.TextReplacement;
import org.junit.jupiter.api.Test;

/** The Fix quotation marks preview reads as a sentence before and after, with no programmer notation. */
class QuoteFixPreviewTest {
    @Test
    void showsTheWordsAroundTheChangeCutAtWordBoundaries() {
        String text = "The union said the movement would continue «\u00A0until the management comes back\u00A0» on Friday.";
        int at = text.indexOf('«');
        QuoteFixDialog.Preview p = QuoteFixDialog.preview(text, new TextReplacement(at, at + 2, "“"));
        assertThat(p.before()).isEqualTo("«\u00A0");
        assertThat(p.after()).isEqualTo("“");
        assertThat(p.head()).startsWith("…").endsWith("would continue ").doesNotContain("[", "]");
        assertThat(p.head()).as("starts on a whole word").isEqualTo("…the movement would continue ");
        assertThat(p.tail()).startsWith("until the management").endsWith("…");
        assertThat(p.head() + p.tail()).doesNotContain("␣", "⍽", "[", "]");
        assertThat(p.spacing()).isEqualTo(QuoteFixDialog.Spacing.REMOVES_SPACE);
    }

    @Test
    void aChangeAtTheStartOrEndOfTheTextHasNoEllipsisThere() {
        String text = "\"Yes\" he said.";
        QuoteFixDialog.Preview p = QuoteFixDialog.preview(text, new TextReplacement(0, 1, "“"));
        assertThat(p.head()).isEmpty();
        assertThat(p.tail()).isEqualTo("Yes\" he said.");
    }

    @Test
    void namesASpacingChangeThatAHighlightAloneWouldNotShow() {
        assertThat(QuoteFixDialog.spacing("«", "«\u202F")).isEqualTo(QuoteFixDialog.Spacing.ADDS_NO_BREAK_SPACE);
        assertThat(QuoteFixDialog.spacing("« ", "«\u202F")).isEqualTo(QuoteFixDialog.Spacing.CHANGES_SPACE);
        assertThat(QuoteFixDialog.spacing("«\u00A0", "“")).isEqualTo(QuoteFixDialog.Spacing.REMOVES_SPACE);
        assertThat(QuoteFixDialog.spacing("\"", "“")).isEqualTo(QuoteFixDialog.Spacing.SAME);
    }
}
