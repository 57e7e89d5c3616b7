package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotation marks follow the story's language with its region; the finding names it, and the fix uses the same table. */
class RegionalTypographyTest {
    private static Analysis analyze(String text, String tag) {
        return SharedAnalyzer.get().analyze(text, new AnalysisHints(tag, List.of(), List.of()));
    }

    private static List<CopyIssue> typography(Analysis a) {
        return a.issues().stream().filter(i -> i.type() == IssueType.TYPOGRAPHY).toList();
    }

    private static String fixed(String text, String tag) {
        return QuoteConventionsTest.apply(text, QuoteConventions.fixAll(text, analyze(text, tag), tag));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de-CH | «    | »    | ‹ | ›",
        "de-LI | «    | »    | ‹ | ›",
        "fr-CH | «    | »    | ‹ | ›",
        "de-DE | „    | “    | ‚ | ‘",
        "de    | „    | “    | ‚ | ‘",
        "pt-BR | “    | ”    | ‘ | ’",
        "pt-PT | «    | »    | “ | ”",
        "pt    | «    | »    | “ | ”",
        "en-GB | ‘    | ’    | “ | ”",
        "en-US | “    | ”    | ‘ | ’",
        "en    | “    | ”    | ‘ | ’",
        "es-MX | «    | »    | “ | ”",
        "it-CH | «    | »    | “ | ”",
        "nl-BE | “    | ”    | ‘ | ’",
    })
    void theTableKnowsTheRegionsWithTheirOwnConvention(String tag, String open, String close, String innerOpen,
                                                        String innerClose) {
        assertThat(QuoteConventions.marksFor(tag, 0)).containsExactly(open, close);
        assertThat(QuoteConventions.marksFor(tag, 1)).containsExactly(innerOpen, innerClose);
        assertThat(QuoteConventions.marksFor(tag, 2)).containsExactly(open, close);
    }

    @Test
    void theRegionIsReadFromAnyWellFormedTag() {
        assertThat(QuoteConventions.region("pt-PT")).isEqualTo("PT");
        assertThat(QuoteConventions.region("de-Latn-CH")).isEqualTo("CH");
        assertThat(QuoteConventions.region("es-419")).isEqualTo("419");
        assertThat(QuoteConventions.region("fr")).isEmpty();
        assertThat(QuoteConventions.region(null)).isEmpty();
        assertThat(QuoteConventions.name("pt-PT")).isEqualTo("European Portuguese");
        assertThat(QuoteConventions.name("de-CH")).isEqualTo("Swiss German");
        assertThat(QuoteConventions.name("en")).isEqualTo("English");
    }

    @Test
    void swissGermanGuillemetsWithoutSpacesAreRightInASwissStoryAndTheFixBringsThem() {
        String swiss = "Der Stadtrat hat am Dienstag entschieden. «Wir haben ‹genug› gewartet», sagte die Präsidentin "
                + "der Kommission an der Medienkonferenz in Basel.";
        assertThat(typography(analyze(swiss, "de-CH"))).isEmpty();
        List<CopyIssue> inGermany = typography(analyze(swiss, "de-DE"));
        assertThat(inGermany).isNotEmpty();
        assertThat(inGermany.get(0).english()).contains("German copy: use „ “").doesNotContain("Swiss");

        String typed = swiss.replace('«', '„').replace('»', '“').replace('‹', '‚').replace('›', '‘');
        List<CopyIssue> issues = typography(analyze(typed, "de-CH"));
        assertThat(issues).isNotEmpty();
        assertThat(issues.get(0).english()).contains("Swiss German copy: use « »");
        assertThat(fixed(typed, "de-CH")).isEqualTo(swiss);
    }

    @Test
    void swissFrenchGuillemetsNeedNoSpacesButFranceWantsThemThin() {
        String text = "Le Conseil d’État a présenté son projet mardi. «Nous n’avons pas le choix», a déclaré la "
                + "conseillère d’État devant le Grand Conseil à Lausanne.";
        assertThat(typography(analyze(text, "fr-CH"))).isEmpty();
        assertThat(typography(analyze(text, "fr-FR"))).isNotEmpty()
                .first().satisfies(i -> assertThat(i.english()).contains("French style").doesNotContain("Swiss"));
        String straight = text.replace('«', '"').replace('»', '"');
        assertThat(typography(analyze(straight, "fr-CH")).get(0).english()).contains("Swiss French copy: use « »");
        assertThat(fixed(straight, "fr-CH")).isEqualTo(text);
        assertThat(fixed(straight, "fr-FR")).contains("«\u202FNous n’avons pas le choix\u202F»");
    }

    @Test
    void brazilianPortugueseUsesDoubleQuotesWherePortugalUsesGuillemets() {
        String text = "O governo anunciou ontem um novo programa de crédito para pequenos produtores rurais. "
                + "\"Vamos chegar a todos os municípios\", disse o ministro durante a cerimônia em Brasília.";
        assertThat(fixed(text, "pt-BR")).contains("“Vamos chegar a todos os municípios”");
        assertThat(fixed(text, "pt-PT")).contains("«Vamos chegar a todos os municípios»");
        String brazilian = fixed(text, "pt-BR");
        assertThat(typography(analyze(brazilian, "pt-BR"))).isEmpty();
        assertThat(typography(analyze(brazilian.replace('“', '«').replace('”', '»'), "pt-BR")).get(0).english())
                .contains("Brazilian Portuguese copy: use “ ”");
    }

    @Test
    void britishEnglishPutsSingleMarksOutsideAndDoubleInside() {
        String text = "The minister arrived late. \"We were told 'wait until Monday' and we waited,\" said a nurse at "
                + "the hospital in Leeds.";
        assertThat(fixed(text, "en-GB")).contains("‘We were told “wait until Monday” and we waited,’");
        assertThat(fixed(text, "en-US")).contains("“We were told ‘wait until Monday’ and we waited,”");
        assertThat(typography(analyze(fixed(text, "en-GB"), "en-GB"))).isEmpty();
    }

    @Test
    void aQuotationInAnotherLanguageFollowsThatLanguageNotTheStorysRegion() {
        String text = "Der Bundesrat hat am Mittwoch die neue Strategie vorgestellt. \"Das ist ein guter Tag\", sagte "
                + "die Bundesrätin in Bern.\n\nLa ministre française a répondu \"nous verrons bien ce que cela donne\" "
                + "avant de quitter la salle.";
        String out = fixed(text, "de-CH");
        assertThat(out).contains("«Das ist ein guter Tag»");
        assertThat(out).contains("«\u202Fnous verrons bien ce que cela donne\u202F»");
    }

    @Test
    void fixQuotationMarksNeverEatsTheLettersOfAHandQuotationWithoutMarks() {
        String text = "Le maire a répondu qu’il ne céderait pas et il a dit nous gagnerons avant de partir.";
        int s = text.indexOf("nous gagnerons");
        int e = s + "nous gagnerons".length();
        Analysis a = SharedAnalyzer.get().analyze(text, new AnalysisHints("fr",
                List.of(), List.of(new QuoteMark(s, e, "le maire", MarkOrigin.MANUAL))));
        assertThat(a.quotations()).anySatisfy(q -> assertThat(q.start()).isEqualTo(s));
        assertThat(typography(a)).isEmpty();
        List<TextReplacement> fixes = QuoteConventions.fixAll(text, a, "fr");
        assertThat(QuoteConventionsTest.apply(text, fixes)).isEqualTo(text);
        for (String tag : List.of("fr-CH", "de-CH", "en-GB", "pt-BR")) {
            assertThat(QuoteConventionsTest.apply(text, QuoteConventions.fixAll(text, a, tag))).as(tag).isEqualTo(text);
        }
    }
}
