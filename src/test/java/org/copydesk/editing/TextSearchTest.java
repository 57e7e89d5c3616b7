package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.analysis.TextReplacement;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    private static final String TEXT = "Été, l'été. ÉTÉ? Étéphone (a.b) a.b";

    @Test
    void caseInsensitiveByDefaultIncludingAccents() {
        assertThat(new TextSearch("été", false, false).all(TEXT)).hasSize(4);
        assertThat(new TextSearch("été", true, false).all(TEXT)).hasSize(1);
    }

    @Test
    void wholeWordIgnoresMatchesInsideWords() {
        assertThat(new TextSearch("été", false, true).all(TEXT)).hasSize(3);
    }

    @Test
    void theQueryIsLiteralNotARegularExpression() {
        assertThat(new TextSearch("a.b", false, false).all(TEXT)).hasSize(2);
        assertThat(new TextSearch("(", false, false).all(TEXT)).hasSize(1);
        assertThat(new TextSearch("", false, false).all(TEXT)).isEmpty();
    }

    @Test
    void nextWrapsRoundAndPreviousGoesBack() {
        TextSearch s = new TextSearch("a.b", false, false);
        int first = TEXT.indexOf("a.b");
        int second = TEXT.lastIndexOf("a.b");
        assertThat(s.next(TEXT, first + 1, true)[0]).isEqualTo(second);
        assertThat(s.next(TEXT, second + 1, true)[0]).isEqualTo(first);
        assertThat(s.next(TEXT, first, false)[0]).isEqualTo(second);
        assertThat(s.replaceAll(TEXT, "x")).containsExactly(new TextReplacement(first, first + 3, "x"),
                new TextReplacement(second, second + 3, "x"));
    }
}
