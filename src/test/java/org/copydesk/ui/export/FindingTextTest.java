package org.copydesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.copydesk.export.PreflightFinding;
import org.copydesk.export.PreflightWordingTest;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;

/** The app words preflight's findings in its own language, from their codes; English as the command line has it. */
class FindingTextTest {
    static UiContext in(Locale locale) {
        return new UiContext(null, null, null, UiContext.loadMessages(locale), null, null);
    }

    static List<String> worded(Locale locale) {
        UiContext ctx = in(locale);
        return PreflightWordingTest.everything().stream().map(f -> FindingText.of(ctx, f)).toList();
    }

    @Test
    void theFrenchInterfaceGetsFrenchFindings() {
        assertThat(worded(Locale.FRENCH)).containsExactly(
                "L’article n’a pas de titre.",
                "Guillemet \u201C sans son pendant",
                "Reste de page web, pas de la copie : « Leave a Reply »",
                "L’article n’a pas de signature.",
                "2 mots absents du dictionnaire : teh, recieve",
                "Copie non traduite ? 14 mots en français (fr) dans un article à l’état « prêt » : « Le maire a annoncé hier soir un plan de… »",
                "Espacement dans « » contraire à l’usage en français de Suisse : « quay »",
                "\" \" dans un texte en anglais : utilisez \u201C \u201D",
                "L’article lié « gone-story » (Suite) n’existe pas.");
    }

    @Test
    void theEnglishInterfaceSaysWhatTheCommandLineSays() {
        List<String> cli = PreflightWordingTest.everything().stream().map(PreflightFinding::message).toList();
        List<String> app = worded(Locale.ENGLISH);
        // the same words, but for the names the interface gives the relation and the status
        assertThat(app.subList(0, 8)).isEqualTo(cli.subList(0, 8));
        assertThat(app.get(8)).isEqualTo("Related story \u201Cgone-story\u201D (Follow-up) does not exist.");
    }

    @Test
    void oneMisspeltWordIsSingular() {
        UiContext fr = in(Locale.FRENCH);
        UiContext en = in(Locale.ENGLISH);
        PreflightFinding one = new PreflightFinding(PreflightFinding.Severity.WARNING, PreflightFinding.Check.SPELLING,
                PreflightFinding.Target.BODY, 0, 3, PreflightFinding.Code.SPELLING, List.of(1, "teh"), "");
        assertThat(FindingText.of(fr, one)).isEqualTo("1 mot absent du dictionnaire : teh");
        assertThat(FindingText.of(en, one)).isEqualTo("1 word is not in the dictionary: teh").isEqualTo(one.message());
    }
}
