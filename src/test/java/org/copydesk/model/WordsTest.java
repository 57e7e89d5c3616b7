package org.copydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void countsWordsWithApostrophesAndHyphensAsOne() {
        assertThat(Words.count("L’Inde et la Biélorussie, rock ’n’ roll; state-of-the-art 2026!")).isEqualTo(9);
    }

    @Test
    void emptyAndPunctuationOnlyTextHasNoWords() {
        assertThat(Words.count("")).isZero();
        assertThat(Words.count(" « — » ")).isZero();
    }
}
