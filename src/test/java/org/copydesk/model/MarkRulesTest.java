package org.copydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which marks can be placed on a body, and the reasons given for those that cannot. */
class MarkRulesTest {
    private static LanguageMark lang(int s, int e, String l, MarkOrigin o) {
        return new LanguageMark(s, e, l, o);
    }

    @Test
    void validMarksAreKeptInOrder() {
        MarkRules.Checked c = MarkRules.check(20,
                List.of(lang(10, 20, "fr", MarkOrigin.MANUAL), lang(0, 5, "pt-BR", MarkOrigin.MANUAL), lang(0, 20, "de", MarkOrigin.AUTO)),
                List.of(new QuoteMark(2, 18, null, MarkOrigin.MANUAL), new QuoteMark(4, 8, "Ana", MarkOrigin.MANUAL),
                        new QuoteMark(4, 8, null, MarkOrigin.MANUAL)));
        assertThat(c.leftOut()).isEmpty();
        assertThat(c.languages()).containsExactly(lang(0, 20, "de", MarkOrigin.AUTO), lang(0, 5, "pt-BR", MarkOrigin.MANUAL),
                lang(10, 20, "fr", MarkOrigin.MANUAL));
        assertThat(c.quotes()).hasSize(3);
    }

    @Test
    void marksThatCannotBePlacedAreLeftOutWithTheirReason() {
        MarkRules.Checked c = MarkRules.check(20,
                List.of(lang(10, 25, "fr", MarkOrigin.MANUAL), lang(3, 3, "fr", MarkOrigin.MANUAL),
                        lang(0, 8, "fr", MarkOrigin.MANUAL), lang(5, 9, "de", MarkOrigin.MANUAL),
                        lang(12, 14, "<script>", MarkOrigin.MANUAL)),
                List.of(new QuoteMark(0, 10, null, MarkOrigin.MANUAL), new QuoteMark(5, 15, null, MarkOrigin.MANUAL),
                        new QuoteMark(5, 15, null, MarkOrigin.AUTO)));
        assertThat(c.languages()).containsExactly(lang(0, 8, "fr", MarkOrigin.MANUAL));
        assertThat(c.quotes()).containsExactly(new QuoteMark(0, 10, null, MarkOrigin.MANUAL), new QuoteMark(5, 15, null, MarkOrigin.AUTO));
        assertThat(c.leftOut()).containsExactly(
                "language mark [3, 3) fr: covers no text",
                "language mark [5, 9) de: overlaps the fr mark [0, 8)",
                "language mark [10, 25) fr: lies outside the body (20 characters)",
                "language mark [12, 14) <script>: '<script>' is not a language tag",
                "quotation mark [5, 15): crosses the quotation [0, 10)");
    }
}
