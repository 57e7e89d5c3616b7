package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** English copy naming a foreign institution, law or work: the capitalised head of the name is in its language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The appeal was rejected by the Cour de cassation on Friday, the lawyers said. | Cour de cassation | fr",
        "Ministers will ask the Conseil des ministres to approve the plan before the summer. | Conseil des ministres | fr",
        "The figures were published by the Corte dei conti in its annual report. “Il debito delle regioni resta troppo alto”, the report said. | Corte dei conti | it",
        "Tenants have waited two years for the Ley de Vivienda to take effect. “Los alquileres siguen subiendo cada semana”, one tenant said. | Ley de Vivienda | es",
        "The audit by the Tribunal de Contas found that the contracts had been signed too late. | Tribunal de Contas | pt",
        "An opinion of the Raad van State delayed the vote until after the holidays. | Raad van State | nl",
        "Critics say the Gesetz zur Förderung der Elektromobilität came far too late for the industry. | Gesetz zur Förderung | de",
    })
    void theHeadOfAForeignInstitutionNameIsInItsLanguage(String text, String name, String lang) {
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(a.language()).isEqualTo("en");
        assertThat(languageOf(a, text, name)).as(name).isEqualTo(lang);
        int end = text.indexOf(name) + name.length();
        assertThat(a.segments().stream().filter(s -> s.start() <= text.indexOf(name) && end <= s.end()).toList())
                .as("one segment covers " + name).hasSize(1);
        assertThat(languageOf(a, text, "the")).isEqualTo("en");
    }

    /**
     * Where machine-translated copy switches language mid-sentence, an article, preposition or pronoun that both
     * languages share goes with the words it leads ("that a partir del", "published ce week-end"), and the noun after
     * the main language's article stays with it ("the capital se reducirá").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The company said that a partir de enero las tarifas subirán un diez por ciento in every region. | a partir | es | the company said | en",
        "Shares in the port fell after the board confirmed that a partir do próximo mês os salários serão congelados. | a partir | pt | the board | en",
        "Les élus ont voté the budget cuts that the unions had opposed for months, a indiqué le maire. | the budget | en | Les élus | fr",
        "The fares in the city se duplicarán a partir de enero, said the regional transport authority. | city | en | se duplicarán | es",
        "De gemeente heeft het project in de raad verdedigd, but the opposition wants a new study of the costs. | project | nl | opposition wants | en",
        "Die Stadt hat das Projekt im Rat verteidigt, but the opposition wants a new study of the costs. | Projekt | de | opposition wants | en",
        "Il comune ha presentato il progetto al consiglio, but the opposition wants a new study of the costs. | progetto | it | opposition wants | en",
    })
    void sharedLittleWordsGoWithTheWordsTheyLead(String text, String phrase, String lang, String other, String otherLang) {
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(languageOf(a, text, phrase)).as(phrase).isEqualTo(lang);
        int at = text.toLowerCase(Locale.ROOT).indexOf(other.toLowerCase(Locale.ROOT));
        assertThat(languageOf(a, text, text.substring(at, at + other.length()))).as(other).isEqualTo(otherLang);
    }

    @Test
    void emptyTextHasNoSegments() {
        Analysis a = SharedAnalyzer.get().analyze("");
        assertThat(a.segments()).isEmpty();
        assertThat(a.quotations()).isEmpty();
        assertThat(a.issues()).isEmpty();
    }
}
