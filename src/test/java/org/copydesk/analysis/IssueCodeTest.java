package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A copy issue says what it found as a code and its arguments; the command line words it in English exactly as it
 * always has (`analyze --json` is read by scripts), and an issue with the wrong arguments cannot be made.
 */
public class IssueCodeTest {
    /** One issue of every code, with arguments as the analysis gives them. */
    public static final Map<IssueCode, List<String>> SAMPLES = samples();

    private static Map<IssueCode, List<String>> samples() {
        Map<IssueCode, List<String>> m = new EnumMap<>(IssueCode.class);
        m.put(IssueCode.UNPAIRED_MARK, List.of("\u201C"));
        m.put(IssueCode.WEB_RESIDUE, List.of("Leave a Reply"));
        m.put(IssueCode.LIST_RESIDUE, List.of("Ferry strike ends after two days"));
        m.put(IssueCode.STRAY_FIRST_LINE, List.of("Floods close motorway near Lyon"));
        m.put(IssueCode.POINTS_TO_STORY, List.of("Tram line opens in May"));
        m.put(IssueCode.QUOTE_SPACING, List.of("\u00AB", "\u00BB", "fr", ""));
        m.put(IssueCode.QUOTE_MARKS, List.of("\"", "\"", "de", "CH", "\u00AB", "\u00BB"));
        m.put(IssueCode.NOT_IN_DICTIONARY, List.of("fr", "biblioteque"));
        return m;
    }

    @Test
    void everyCodeHasASampleAndTheNumberOfArgumentsItNames() {
        assertThat(SAMPLES.keySet()).containsExactly(IssueCode.values());
        SAMPLES.forEach((code, args) -> assertThat(args).as(code.name()).hasSize(code.arity()));
    }

    @Test
    void theCommandLineWordingOfEveryCode() {
        Map<IssueCode, String> english = new EnumMap<>(IssueCode.class);
        SAMPLES.forEach((code, args) -> english.put(code, code.english(args)));
        assertThat(english).containsExactlyInAnyOrderEntriesOf(Map.of(
                IssueCode.UNPAIRED_MARK, "Quotation mark \u201C has no partner",
                IssueCode.WEB_RESIDUE, "Web page residue, not copy: \u201CLeave a Reply\u201D",
                IssueCode.LIST_RESIDUE, "Web page residue, a list of other stories: \u201CFerry strike ends after two days\u201D",
                IssueCode.STRAY_FIRST_LINE, "The first line heads another story, not this one: \u201CFloods close motorway near Lyon\u201D",
                IssueCode.POINTS_TO_STORY, "Points to another story: \u201CTram line opens in May\u201D",
                IssueCode.QUOTE_SPACING, "spacing inside \u00AB \u00BB does not follow French style",
                IssueCode.QUOTE_MARKS, "\" \" in Swiss German copy: use \u00AB \u00BB",
                IssueCode.NOT_IN_DICTIONARY, "Not in the French dictionary: \u201Cbiblioteque\u201D"));
    }

    @Test
    void aConventionIsNamedWithItsRegionWhereTheRegionHasItsOwn() {
        assertThat(IssueCode.conventionName("pt", "PT")).as("a named region before a home region").isEqualTo("European Portuguese");
        assertThat(IssueCode.conventionName("pt", "BR")).isEqualTo("Brazilian Portuguese");
        assertThat(IssueCode.conventionName("en", "GB")).isEqualTo("British English");
        assertThat(IssueCode.conventionName("fr", "FR")).as("a home region").isEqualTo("French");
        assertThat(IssueCode.conventionName("es", "MX")).isEqualTo("Spanish (MX)");
        assertThat(IssueCode.conventionName("ja", "")).as("no convention of its own: English's").isEqualTo("English");
        assertThat(IssueCode.languageName("sv")).isEqualTo("SV");
    }

    @Test
    void anIssueWithoutItsArgumentsOrWithTooManyCannotBeMade() {
        assertThatThrownBy(() -> new CopyIssue(IssueType.TYPOGRAPHY, 0, 1, IssueCode.QUOTE_MARKS, List.of("\"", "\""), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QUOTE_MARKS takes 6");
        assertThatThrownBy(() -> new CopyIssue(IssueType.SPELLING, 0, 1, IssueCode.NOT_IN_DICTIONARY, List.of("en", "teh", "x"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CopyIssue(IssueType.SPELLING, 0, 1, null, List.of(), null, null))
                .isInstanceOf(NullPointerException.class);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new CopyIssue(IssueType.UNBALANCED_QUOTE, 0, 1, IssueCode.UNPAIRED_MARK, withNull, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anIssueKeepsWhatItSaysWhenItMoves() {
        List<String> args = new ArrayList<>(List.of("\u201C"));
        CopyIssue i = new CopyIssue(IssueType.UNBALANCED_QUOTE, 3, 4, IssueCode.UNPAIRED_MARK, args, null, null);
        args.set(0, "x");
        assertThat(i.args()).as("its own copy of the arguments").containsExactly("\u201C");
        assertThat(i.at(10, 11)).isEqualTo(new CopyIssue(IssueType.UNBALANCED_QUOTE, 10, 11, IssueCode.UNPAIRED_MARK,
                List.of("\u201C"), null, null));
        assertThat(i.at(10, 11).english()).isEqualTo(i.english());
    }

    @Test
    void theAnalysisSaysEachKindOfFindingWithItsCode() {
        String text = "Floods close motorway near Lyon for a second day\n"
                + "He said \u201Cwe stay and left.\n"
                + "See also: Tram line opens in May\n"
                + "Leave a Reply";
        Analysis a = new Analyzer().analyze(text);
        assertThat(a.issues()).extracting(CopyIssue::code).contains(IssueCode.UNPAIRED_MARK, IssueCode.POINTS_TO_STORY,
                IssueCode.WEB_RESIDUE);
        assertThat(a.issues()).filteredOn(i -> i.code() == IssueCode.POINTS_TO_STORY).singleElement()
                .satisfies(i -> assertThat(i.args()).containsExactly("Tram line opens in May"));
        assertThat(a.issues()).filteredOn(i -> i.code() == IssueCode.UNPAIRED_MARK).singleElement()
                .satisfies(i -> assertThat(i.english()).isEqualTo("Quotation mark \u201C has no partner"));
    }
}
