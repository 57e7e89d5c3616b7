package org.copydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/** The one tokeniser: what counts as a word for a reader, and what is a word of a language. */
class WordsTest {
    private static List<String> split(String text) {
        return Words.split(text).stream().map(w -> text.substring(w.start(), w.end())).toList();
    }

    @Test
    void countsWordsWithApostrophesAndHyphensAsOne() {
        assertThat(Words.count("L’Inde et la Biélorussie, rock ’n’ roll; state-of-the-art 2026!")).isEqualTo(9);
    }

    @Test
    void emptyAndPunctuationOnlyTextHasNoWords() {
        assertThat(Words.count("")).isZero();
        assertThat(Words.count(" « — » ")).isZero();
        assertThat(Words.split(" « — ' - » ")).isEmpty();
    }

    @Test
    void everyHyphenAndApostropheBetweenTwoLettersJoinsThemTheSameWayInBothReadings() {
        String text = "week-end week\u2010end week\u2011end l'Inde l’Inde - end- -start";
        assertThat(split(text)).containsExactly("week-end", "week\u2010end", "week\u2011end", "l'Inde", "l’Inde", "end", "start");
        assertThat(Words.count(text)).isEqualTo(7);
    }

    @Test
    void aCombiningAccentBelongsToItsLetter() {
        assertThat(split("cafe\u0301s ouverts")).containsExactly("cafe\u0301s", "ouverts");
        assertThat(Words.count("cafe\u0301s ouverts")).isEqualTo(2);
    }

    @Test
    void numbersAreWordsToAReaderButBelongToNoLanguage() {
        String text = "Le 3e tour, 2027, COVID-19 et le G7.";
        assertThat(Words.count(text)).as("Le, 3e, tour, 2027, COVID-19, et, le, G7").isEqualTo(8);
        assertThat(split(text)).containsExactly("Le", "e", "tour", "COVID", "et", "le", "G");
    }

    @Test
    void wordsOutsideTheBasicPlaneAreWholeWords() {
        assertThat(split("𝐀𝐁 ok")).containsExactly("𝐀𝐁", "ok");
        assertThat(Words.count("𝐀𝐁 ok")).isEqualTo(2);
    }

    @Property(tries = 400)
    void theFastCountAgreesWithFindingEveryWord(Gen gen) {
        String text = gen.bool() ? gen.anyString(300)
                : gen.string("ab Zé9 '’-\u2010\u2011.,«»\u0301\u00A0", 0, 200) + gen.text(40);
        assertThat(Words.count(text)).as(text).isEqualTo(Words.countByScanning(text));
    }
}
