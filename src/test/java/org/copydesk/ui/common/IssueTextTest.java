package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueCodeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The app words every copy issue in its interface's language from the issue's code and arguments: French in the
 * French interface, in the English one what the command line prints.
 */
class IssueTextTest {
    static final UiContext EN = in(Locale.ENGLISH);
    static final UiContext FR = in(Locale.FRENCH);

    static UiContext in(Locale locale) {
        return new UiContext(null, null, null, UiContext.loadMessages(locale), null, null);
    }

    static String said(UiContext ctx, IssueCode code) {
        return IssueText.of(ctx, code, IssueCodeTest.SAMPLES.get(code));
    }

    @ParameterizedTest
    @EnumSource(IssueCode.class)
    void theEnglishInterfaceSaysWhatTheCommandLineSays(IssueCode code) {
        assertThat(said(EN, code)).isEqualTo(code.english(IssueCodeTest.SAMPLES.get(code)));
    }

    @ParameterizedTest
    @EnumSource(IssueCode.class)
    void theFrenchInterfaceHasItsOwnWordingWithEveryArgument(IssueCode code) {
        String fr = said(FR, code);
        assertThat(fr).doesNotContain("!issue.").isNotEqualTo(said(EN, code));
        // the marks and the words quoted are shown as they are in the text
        List<String> args = IssueCodeTest.SAMPLES.get(code);
        List<String> shown = switch (code) {
            case QUOTE_SPACING -> args.subList(0, 2);
            case QUOTE_MARKS -> List.of(args.get(0), args.get(1), args.get(4), args.get(5));
            case NOT_IN_DICTIONARY -> args.subList(1, 2);
            default -> args;
        };
        assertThat(fr).contains(shown);
    }

    @Test
    void theFrenchWordingOfEveryCode() {
        Map<IssueCode, String> fr = new EnumMap<>(IssueCode.class);
        for (IssueCode c : IssueCode.values()) {
            fr.put(c, said(FR, c));
        }
        assertThat(fr).containsExactlyInAnyOrderEntriesOf(Map.of(
                IssueCode.UNPAIRED_MARK, "Guillemet \u201C sans son pendant",
                IssueCode.WEB_RESIDUE, "Reste de page web, pas de la copie : « Leave a Reply »",
                IssueCode.LIST_RESIDUE, "Reste de page web, une liste d’autres articles : « Ferry strike ends after two days »",
                IssueCode.STRAY_FIRST_LINE, "La première ligne titre un autre article, pas celui-ci : « Floods close motorway near Lyon »",
                IssueCode.POINTS_TO_STORY, "Renvoie à un autre article : « Tram line opens in May »",
                IssueCode.QUOTE_SPACING, "Espacement dans « » contraire à l’usage en français",
                IssueCode.QUOTE_MARKS, "\" \" dans un texte en allemand de Suisse : utilisez « »",
                IssueCode.NOT_IN_DICTIONARY, "Absent du dictionnaire français : « biblioteque »"));
    }

    @Test
    void everyRegionTheCommandLineNamesHasANameInBothLanguages() {
        for (String region : IssueCode.namedRegions()) {
            List<String> args = List.of("\"", "\"", "de", region, "\u201E", "\u201C");
            assertThat(IssueText.of(EN, IssueCode.QUOTE_MARKS, args)).as(region)
                    .isEqualTo(IssueCode.QUOTE_MARKS.english(args));
            assertThat(IssueText.of(FR, IssueCode.QUOTE_MARKS, args)).as(region)
                    .startsWith("\" \" dans un texte en allemand ").doesNotContain("(" + region + ")");
        }
        assertThat(IssueText.convention(FR, "pt", "BR")).isEqualTo("portugais du Brésil");
        assertThat(IssueText.convention(FR, "en", "GB")).isEqualTo("anglais britannique");
    }

    @Test
    void aRegionOrLanguageWithoutANameIsShownByItsCode() {
        assertThat(IssueText.convention(FR, "es", "MX")).isEqualTo("espagnol (MX)");
        assertThat(IssueText.convention(EN, "es", "MX")).isEqualTo("Spanish (MX)");
        assertThat(IssueText.convention(FR, "fr", "FR")).as("a language's home region").isEqualTo("français");
        assertThat(IssueText.convention(FR, "ja", "")).as("English's convention").isEqualTo("anglais");
        List<String> swedish = List.of("sv", "hej");
        assertThat(IssueText.of(FR, IssueCode.NOT_IN_DICTIONARY, swedish)).isEqualTo("Absent du dictionnaire SV : « hej »");
        assertThat(IssueText.of(EN, IssueCode.NOT_IN_DICTIONARY, swedish))
                .isEqualTo(IssueCode.NOT_IN_DICTIONARY.english(swedish));
    }
}
