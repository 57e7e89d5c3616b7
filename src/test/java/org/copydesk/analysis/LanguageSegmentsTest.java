package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.junit.jupiter.api.Test;

class LanguageSegmentsTest {
    private static String languageOf(Analysis a, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isGreaterThanOrEqualTo(0);
        return a.segments().stream().filter(s -> s.start() <= at && at < s.end()).findFirst().orElseThrow().language();
    }

    @Test
    void findsFrenchFragmentsLeftInEnglishCopy() {
        String text = "Beijing will send troops to Russia for joint exercises at the end of August. "
                + "« Deepen cooperation » entre les deux armées, announced the ministère de la défense chinois. "
                + "China and Russia maintain close ties, malgré les condamnations internationales, and the "
                + "exercises will take place in the east of the country.";
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(a.language()).isEqualTo("en");
        assertThat(languageOf(a, text, "entre les deux armées")).isEqualTo("fr");
        assertThat(languageOf(a, text, "announced")).isEqualTo("en");
        assertThat(languageOf(a, text, "ministère de la défense")).isEqualTo("fr");
        assertThat(languageOf(a, text, "malgré les condamnations")).isEqualTo("fr");
        assertThat(languageOf(a, text, "maintain close ties")).isEqualTo("en");
        assertThat(languageOf(a, text, "exercises will take place")).isEqualTo("en");
    }

    @Test
    void findsEnglishFragmentsInFrenchCopyAndGermanQuotes() {
        String text = "Le fabricant a confirmé lundi la construction d’une usine worth ten billion euros près de "
                + "Dresde, which should create two thousand jobs d’ici à 2027. Le ministre allemand a répondu : "
                + "„Wir lassen uns nicht erpressen“, avant de quitter la salle.";
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(a.language()).isEqualTo("fr");
        assertThat(languageOf(a, text, "worth ten billion")).isEqualTo("en");
        assertThat(languageOf(a, text, "should create")).isEqualTo("en");
        assertThat(languageOf(a, text, "d’ici")).isEqualTo("fr");
        assertThat(languageOf(a, text, "lassen uns nicht")).isEqualTo("de");
        assertThat(languageOf(a, text, "avant de quitter")).isEqualTo("fr");
    }

    @Test
    void namesInheritTheLanguageAroundThem() {
        String text = "La Ville de Gatineau a annoncé aujourd’hui un projet pilote visant à garder les pistes "
                + "cyclables ouvertes tout au long de la saison hivernale.";
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(a.segments()).singleElement().satisfies(s -> assertThat(s.language()).isEqualTo("fr"));
    }

    @Test
    void segmentsAreContiguousAndCoverTheWholeText() {
        String text = "The mayor said on Tuesday que la décision était prise.\n\nShe will not run again.";
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(a.segments().get(0).start()).isZero();
        assertThat(a.segments().get(a.segments().size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < a.segments().size(); i++) {
            assertThat(a.segments().get(i).start()).isEqualTo(a.segments().get(i - 1).end());
            assertThat(a.segments().get(i).language()).isNotEqualTo(a.segments().get(i - 1).language());
        }
    }

    @Test
    void theHintedPrimaryLanguageAndHandSetMarksWin() {
        String text = "The council met on Thursday and the budget passed without debate.";
        int s = text.indexOf("budget");
        int e = s + "budget".length();
        Analysis a = SharedAnalyzer.get().analyze(text,
                new AnalysisHints("en", List.of(new LanguageMark(s, e, "de", MarkOrigin.MANUAL)), List.of()));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.segments()).extracting(LanguageSegment::language).containsExactly("en", "de", "en");
        assertThat(a.segments().get(1)).isEqualTo(new LanguageSegment(s, e, "de"));
    }

    @Test
    void anOrdinalSuffixSaysItsLanguage() {
        String text = "“Rents are out of control,” said a nurse who has lived for ten years dans le 18th arrondissement "
                + "de Paris, where prices keep rising.";
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(languageOf(a, text, "th arr")).isEqualTo("en");
        assertThat(languageOf(a, text, "dans le")).isEqualTo("fr");
        String french = "Une infirmière qui habite dans le 18e arrondissement depuis dix ans a témoigné.";
        assertThat(SharedAnalyzer.get().analyze(french).segments()).singleElement()
                .satisfies(s -> assertThat(s.language()).isEqualTo("fr"));
    }

    @Test
    void emptyTextHasNoSegments() {
        Analysis a = SharedAnalyzer.get().analyze("");
        assertThat(a.segments()).isEmpty();
        assertThat(a.quotations()).isEmpty();
        assertThat(a.issues()).isEmpty();
    }
}
