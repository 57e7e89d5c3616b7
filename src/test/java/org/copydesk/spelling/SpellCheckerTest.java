package org.copydesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.junit.jupiter.api.Test;

class SpellCheckerTest {
    private static final SpellChecker CHECKER = TestDictionaries.checker();

    /** An analysis of {@code text} in {@code primary}, with the passages between ⟨lang| and ⟩ in other languages. */
    private record Marked(String text, Analysis analysis) {
    }

    private static Marked marked(String primary, String markup) {
        StringBuilder text = new StringBuilder();
        List<LanguageSegment> segs = new ArrayList<>();
        int i = 0;
        int last = 0;
        while (i < markup.length()) {
            if (markup.charAt(i) == '⟨') {
                int bar = markup.indexOf('|', i);
                int close = markup.indexOf('⟩', bar);
                if (text.length() > last) {
                    segs.add(new LanguageSegment(last, text.length(), primary));
                }
                int s = text.length();
                text.append(markup, bar + 1, close);
                segs.add(new LanguageSegment(s, text.length(), markup.substring(i + 1, bar)));
                last = text.length();
                i = close + 1;
            } else {
                text.append(markup.charAt(i++));
            }
        }
        if (text.length() > last) {
            segs.add(new LanguageSegment(last, text.length(), primary));
        }
        return new Marked(text.toString(), new Analysis(primary, segs, List.of(), List.of()));
    }

    private static List<String> flagged(String primary, String markup, SpellingContext ctx) {
        Marked m = marked(primary, markup);
        return CHECKER.checkWaiting(m.text(), m.analysis(), ctx).stream().map(Misspelling::word).toList();
    }

    private static List<String> flagged(String primary, String markup) {
        return flagged(primary, markup, SpellingContext.NONE);
    }

    @Test
    void eachWordIsCheckedInItsOwnLanguage() {
        Marked m = marked("en", "The mayor said ⟨fr|le tramway est en retard⟩ and the tram line will open.");
        assertThat(CHECKER.checkWaiting(m.text(), m.analysis(), SpellingContext.NONE)).isEmpty();

        Marked typo = marked("en", "The mayor said ⟨fr|le tramway est en retrad⟩ and the tram lnie will open.");
        List<Misspelling> found = CHECKER.checkWaiting(typo.text(), typo.analysis(), SpellingContext.NONE);
        assertThat(found).extracting(Misspelling::word, Misspelling::language)
                .containsExactly(Tuple.tuple("retrad", "fr"),
                        Tuple.tuple("lnie", "en"));
        Misspelling first = found.get(0);
        assertThat(typo.text().substring(first.start(), first.end())).isEqualTo("retrad");
    }

    @Test
    void theRegionOfTheArticleLanguagePicksTheVariant() {
        String text = "The city is grey and the color of the tram is new.";
        assertThat(flagged("en", text, new SpellingContext("en-GB", "", "", WordList.EMPTY))).containsExactly("color");
        assertThat(flagged("en", text, new SpellingContext("en-US", "", "", WordList.EMPTY))).containsExactly("grey");
        // no region: a spelling right in either variant is not flagged
        assertThat(flagged("en", text)).isEmpty();
        assertThat(flagged("de", "Die Strasse der Stadt", new SpellingContext("de-DE", "", "", WordList.EMPTY)))
                .containsExactly("Strasse");
        assertThat(flagged("de", "Die Strasse der Stadt", new SpellingContext("de-CH", "", "", WordList.EMPTY)))
                .isEmpty();
    }

    @Test
    void namesAreNotMisspellings() {
        // inside a sentence, in English
        assertThat(flagged("en", "The council said Zorbeck will stay.")).isEmpty();
        // at the start of a sentence: a name only when it recurs, or is in the headline or byline
        assertThat(flagged("en", "Zorbeck said the budget is new.")).containsExactly("Zorbeck");
        assertThat(flagged("en", "Zorbeck said the budget is new. The mayor and Zorbeck stay.")).isEmpty();
        assertThat(flagged("en", "Zorbeck said the budget is new.",
                new SpellingContext("en", "Zorbeck will stay", "", WordList.EMPTY))).isEmpty();
        // two unknown capitalised words together are a full name
        assertThat(flagged("en", "Mirela Zorbeck said the budget is new.")).isEmpty();
        // German capitalises every noun: a capital inside a sentence is no sign of a name there
        assertThat(flagged("de", "Die Stadt und die Linnie.")).containsExactly("Linnie");
        assertThat(flagged("de", "Die Stadt und Zorbeck sagte Zorbeck.")).isEmpty();
        // lower-case typos are always flagged
        assertThat(flagged("en", "The mayor siad the budget is new.")).containsExactly("siad");
    }

    @Test
    void acronymsNumbersUnitsAndWebAddressesAreLeftAlone() {
        String text = "The NATO and the UNHCR said 5G and COVID-19 will open in 40 km by the 3rd week. "
                + "See https://example.org/budgett-news or www.cityy.com, mail mayor@citty.example.org, "
                + "ask @trammline, tag #newcitty and read tramnews.com in the iPhone and McTram budget.";
        assertThat(flagged("en", text)).isEmpty();
    }

    @Test
    void elisionsHyphensAndPossessivesAreCheckedByTheirParts() {
        assertThat(flagged("fr", "La ville de l’école et l'école.")).isEmpty();
        assertThat(flagged("fr", "La ville de l’écolle.")).containsExactly("l’écolle");
        assertThat(flagged("en", "The tram-line and the mayor's budget.")).isEmpty();
        assertThat(flagged("en", "The tram-lnie is new.")).containsExactly("tram-lnie");
    }

    @Test
    void aLanguageWithoutADictionaryIsSkippedAndNamed() {
        Marked m = marked("en", "The mayor said ⟨it|la citttà è bellissima⟩ and will stay.");
        assertThat(CHECKER.checkWaiting(m.text(), m.analysis(), SpellingContext.NONE)).isEmpty();
        assertThat(CHECKER.languagesWithoutDictionary(m.analysis(), SpellingContext.NONE)).containsExactly("it");
    }

    @Test
    void acceptedWordsAreNotFlagged() {
        WordList desk = WordList.of(List.of("tramway", "Zorbeck"));
        assertThat(flagged("en", "Zorbeck said the tramway is new.", new SpellingContext("en", "", "", desk))).isEmpty();
        assertThat(flagged("en", "The Tramway is new.", new SpellingContext("en", "", "", desk))).isEmpty();
    }

    @Test
    void suggestionsComeFromTheWordsLanguage() {
        Marked m = marked("en", "The mayor siad it ⟨fr|le maire a ditt⟩.");
        List<Misspelling> found = CHECKER.checkWaiting(m.text(), m.analysis(), SpellingContext.NONE);
        assertThat(found).hasSize(2);
        assertThat(CHECKER.suggest(found.get(0), SpellingContext.NONE, 1000, 5)).contains("said");
        assertThat(CHECKER.suggest(found.get(1), SpellingContext.NONE, 1000, 5)).contains("dit");
    }

    @Test
    void misspellingsBecomeSpellingIssuesInTextOrder() {
        Marked m = marked("en", "The mayor siad it.");
        List<Misspelling> found = CHECKER.checkWaiting(m.text(), m.analysis(), SpellingContext.NONE);
        Analysis with = Spelling.withSpelling(m.analysis(), found);
        assertThat(with.issues()).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(IssueType.SPELLING);
            assertThat(m.text().substring(i.start(), i.end())).isEqualTo("siad");
            assertThat(i.english()).contains("English").contains("siad");
        });
    }

    @Test
    void checkingWithoutWaitingSkipsWhatIsStillLoadingThenChecksIt() {
        SpellChecker fresh = TestDictionaries.checker();
        Marked m = marked("en", "The mayor siad it.");
        List<Misspelling> first = fresh.check(m.text(), m.analysis(), SpellingContext.NONE);
        // the first call only starts loading (or finds it loaded already); once loaded the word is flagged
        fresh.dictionaries().await("en");
        assertThat(fresh.dictionaries().status("en")).isEqualTo(SpellingDictionaries.Status.READY);
        assertThat(fresh.check(m.text(), m.analysis(), SpellingContext.NONE)).extracting(Misspelling::word)
                .containsExactly("siad");
        assertThat(first.size()).isLessThanOrEqualTo(1);
    }

    @Test
    void englishLoanwordsAreAcceptedInAnyLanguage() {
        assertThat(flagged("fr", "Le maire a dit la budget et la tram.")).isEmpty();
        assertThat(flagged("fr", "Le maire a dit la budgett.")).containsExactly("budgett");
    }

    @Test
    void aPhraseTheAnalysisGaveToTheWrongLanguageIsNotFlagged() {
        // French left inside what the analysis took for English: two neighbouring words French knows
        assertThat(flagged("en", "The mayor said retard maire in the city.")).isEmpty();
        // a single unknown word is still flagged, even when another language happens to know it
        assertThat(flagged("en", "The mayor said retard in the city.")).containsExactly("retard");
    }

    @Test
    void germanCompoundsOfKnownWordsAreAccepted() {
        assertThat(flagged("de", "Die Stadtlinie und die Linienstadt.")).isEmpty();
        assertThat(flagged("de", "Die Stadtlinnie ist.")).containsExactly("Stadtlinnie");
    }
}
