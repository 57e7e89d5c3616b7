package org.copydesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The checker keeps what it found per paragraph and per word, so that after an edit only the changed paragraph is
 * checked again. What it reports must stay exactly what a first check of the same text reports.
 */
class IncrementalSpellingTest {
    private static final SpellingDictionaries DICTIONARIES =
            new SpellingDictionaries(InstalledDictionaries.scan(List.of(TestDictionaries.folder())));

    /** One paragraph of a generated article: its language and words. */
    private record Para(String language, List<String> words) {
        String text() {
            return String.join(" ", words);
        }
    }

    private static String text(List<Para> paras) {
        return String.join("\n", paras.stream().map(Para::text).toList());
    }

    private static Analysis analysis(List<Para> paras) {
        List<LanguageSegment> segs = new ArrayList<>();
        int pos = 0;
        for (Para p : paras) {
            int len = p.text().length();
            if (len > 0) {
                segs.add(new LanguageSegment(pos, pos + len, p.language()));
            }
            pos += len + 1;
        }
        return new Analysis("en", segs, List.of(), List.of());
    }

    private static final List<String> ENGLISH = List.of("the", "mayor", "said", "tram", "line", "will", "open", "city",
            "council", "budget", "week", "siad", "lnie", "Zorbeck", "Mirela", "Zorbeck.", "The", "cuoncil", "tram.");
    private static final List<String> FRENCH = List.of("le", "maire", "est", "en", "retard", "ville", "tramway",
            "retrad", "Zorbeck", "vilel", "la", "école");

    private static List<String> words(Gen g, String language) {
        return new ArrayList<>(g.list(1, 8, () -> g.oneOf(language.equals("fr") ? FRENCH : ENGLISH)));
    }

    @Property(tries = 60)
    void afterAnyEditsTheCheckFindsWhatAFirstCheckOfTheSameTextFinds(Gen g) {
        SpellChecker kept = new SpellChecker(DICTIONARIES);
        SpellingContext context = new SpellingContext("en", g.bool() ? "Zorbeck at the council" : "", "", WordList.EMPTY);
        List<Para> paras = new ArrayList<>();
        for (int i = g.between(1, 6); i > 0; i--) {
            String lang = g.oneOf("en", "en", "fr");
            paras.add(new Para(lang, words(g, lang)));
        }
        for (int step = 0; step < 12; step++) {
            int at = g.between(0, paras.size() - 1);
            switch (g.between(0, 4)) {
                case 0 -> { // a word changed, added or removed in one paragraph
                    Para p = paras.get(at);
                    List<String> w = new ArrayList<>(p.words());
                    int k = g.between(0, w.size() - 1);
                    if (g.bool() && w.size() > 1) {
                        w.remove(k);
                    } else {
                        w.add(k, g.oneOf(p.language().equals("fr") ? FRENCH : ENGLISH));
                    }
                    paras.set(at, new Para(p.language(), w));
                }
                case 1 -> {
                    String lang = g.oneOf("en", "fr");
                    paras.add(at, new Para(lang, words(g, lang)));
                }
                case 2 -> {
                    if (paras.size() > 1) {
                        paras.remove(at);
                    }
                }
                case 3 -> { // the analysis changes its mind about a paragraph's language, the text does not change
                    Para p = paras.get(at);
                    paras.set(at, new Para(p.language().equals("fr") ? "en" : "fr", p.words()));
                }
                default -> { // the same text checked again
                }
            }
            String text = text(paras);
            Analysis a = analysis(paras);
            List<Misspelling> incremental = kept.checkWaiting(text, a, context);
            List<Misspelling> first = new SpellChecker(DICTIONARIES).checkWaiting(text, a, context);
            assertThat(incremental).as("after step %d of %s", step, text).isEqualTo(first);
        }
    }

    @Test
    void aNameStaysAcceptedOnlyWhileItRecursInAnotherParagraph() {
        SpellChecker checker = new SpellChecker(DICTIONARIES);
        String both = "Zorbeck said the budget is new.\nZorbeck will stay.";
        assertThat(words(checker.checkWaiting(both, en(both), SpellingContext.NONE))).isEmpty();

        // the second paragraph is edited: the first, unchanged and already checked, now holds a lone unknown word
        String one = "Zorbeck said the budget is new.\nThe mayor will stay.";
        assertThat(words(checker.checkWaiting(one, en(one), SpellingContext.NONE))).containsExactly("Zorbeck");

        assertThat(words(checker.checkWaiting(both, en(both), SpellingContext.NONE))).isEmpty();
    }

    @Test
    void anEditedParagraphIsCheckedAgainAndTheOthersKeepTheirPlaces() {
        SpellChecker checker = new SpellChecker(DICTIONARIES);
        String before = "The mayor siad it.\nThe tram lnie will open.";
        assertThat(checker.checkWaiting(before, en(before), SpellingContext.NONE))
                .extracting(Misspelling::word, Misspelling::start)
                .containsExactly(Tuple.tuple("siad", 10), Tuple.tuple("lnie", 28));

        String after = "The mayor said it, we see.\nThe tram lnie will open.";
        assertThat(checker.checkWaiting(after, en(after), SpellingContext.NONE))
                .extracting(Misspelling::word, Misspelling::start)
                .containsExactly(Tuple.tuple("lnie", after.indexOf("lnie")));
    }

    @Test
    void addingAWordToTheAcceptedListTakesEffectOnTheNextCheck() {
        SpellChecker checker = new SpellChecker(DICTIONARIES);
        String text = "The mayor said the tramline will open.";
        assertThat(words(checker.checkWaiting(text, en(text), SpellingContext.NONE))).containsExactly("tramline");
        SpellingContext withWord = SpellingContext.NONE.withAccepted(Set.of("tramline"));
        assertThat(words(checker.checkWaiting(text, en(text), withWord))).isEmpty();
        // an equal list built again is the same list: the next check is not a different one
        assertThat(SpellingContext.NONE.withAccepted(Set.of("tramline")).accepted()).isEqualTo(withWord.accepted());
    }

    private static Analysis en(String text) {
        return new Analysis("en", List.of(new LanguageSegment(0, text.length(), "en")), List.of(), List.of());
    }

    private static List<String> words(List<Misspelling> ms) {
        return ms.stream().map(Misspelling::word).toList();
    }
}
