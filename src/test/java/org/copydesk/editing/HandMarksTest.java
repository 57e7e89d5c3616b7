package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.MarkRules;
import org.copydesk.model.QuoteMark;
import org.junit.jupiter.api.Test;

/** The rules for marks set by hand: what a new mark replaces, what Remove mark takes off, what analysis keeps. */
class HandMarksTest {
    private static LanguageMark hand(int s, int e, String lang) {
        return new LanguageMark(s, e, lang, MarkOrigin.MANUAL);
    }

    private static QuoteMark quote(int s, int e) {
        return new QuoteMark(s, e, null, MarkOrigin.MANUAL);
    }

    @Test
    void aNewLanguageMarkCutsTheHandMarksItCoversAndLeavesAnalysisMarksAlone() {
        LanguageMark auto = new LanguageMark(0, 30, "de", MarkOrigin.AUTO);
        Marks m = new Marks(List.of(auto, hand(5, 20, "fr")), List.of());
        Marks after = HandMarks.markLanguage(m, 10, 15, "es");
        assertThat(after.languages()).containsExactly(auto, hand(5, 10, "fr"), hand(10, 15, "es"), hand(15, 20, "fr"));
        assertThat(MarkRules.check(30, after.languages(), after.quotes()).leftOut()).isEmpty();
    }

    @Test
    void aNewQuotationReplacesHandQuotationsInsideOrCrossingItAndKeepsOneAroundIt() {
        Marks m = new Marks(List.of(), List.of(quote(0, 40), quote(12, 14), quote(18, 30), quote(50, 60)));
        Marks after = HandMarks.markQuotation(m, 10, 20);
        assertThat(after.quotes()).containsExactly(quote(0, 40), quote(10, 20), quote(50, 60));
        assertThat(MarkRules.check(60, after.languages(), after.quotes()).leftOut()).isEmpty();
        assertThat(HandMarks.markQuotation(after, 10, 20).quotes()).as("marking the same text twice gives one mark")
                .containsExactly(quote(0, 40), quote(10, 20), quote(50, 60));
    }

    @Test
    void removeOnASelectionTakesOnlyTheSelectedTextOutOfALanguageMarkButAWholeQuotation() {
        LanguageMark auto = new LanguageMark(0, 9, "it", MarkOrigin.AUTO);
        QuoteMark autoQuote = new QuoteMark(0, 9, "x", MarkOrigin.AUTO);
        Marks m = new Marks(List.of(auto, hand(10, 30, "fr")), List.of(autoQuote, quote(25, 35)));
        Marks after = HandMarks.removeFromSelection(m, 0, 26);
        assertThat(after.languages()).containsExactly(auto, hand(26, 30, "fr"));
        assertThat(after.quotes()).containsExactly(autoQuote);
    }

    @Test
    void removeAtTheCaretTakesTheHandMarksTouchingIt() {
        Marks m = new Marks(List.of(hand(10, 20, "fr"), hand(30, 40, "de")), List.of(quote(5, 10)));
        Marks after = HandMarks.removeAt(m, 10);
        assertThat(after.languages()).containsExactly(hand(30, 40, "de"));
        assertThat(after.quotes()).isEmpty();
        assertThat(HandMarks.removeAt(after, 25)).isEqualTo(after);
    }

    @Test
    void nothingSelectedIsNoMark() {
        assertThatThrownBy(() -> HandMarks.markLanguage(Marks.NONE, 4, 4, "fr")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandMarks.markQuotation(Marks.NONE, -1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
