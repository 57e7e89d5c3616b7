package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationsTest {
    private static Analysis analyze(String text) {
        return SharedAnalyzer.get().analyze(text);
    }

    private static List<String> quoted(String text) {
        return analyze(text).quotations().stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    private static List<CopyIssue> unbalanced(Analysis a) {
        return a.issues().stream().filter(i -> i.type() == IssueType.UNBALANCED_QUOTE).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"« Nous resterons »", "«\u00A0Nous resterons\u00A0»", "«\u202FNous resterons\u202F»",
            "«Nous resterons»", "“We will stay”", "„Wir bleiben“", "„Wir bleiben”", "‚Wir bleiben‘",
            "‘We will stay’", "‹ Nous restons ›", "»Wir bleiben«", "\"We will stay\"", "'We will stay'"})
    void findsAQuotationInEveryConventionMarksIncluded(String quote) {
        String text = "The minister said " + quote + " on Monday.";
        assertThat(quoted(text)).containsExactly(quote);
        assertThat(unbalanced(analyze(text))).isEmpty();
    }

    @Test
    void nestedQuotationsAreSeparateWithTheirDepth() {
        String text = "“I was told, ‘Just sign it,’ as if that settled anything,” she said.";
        Analysis a = analyze(text);
        assertThat(a.quotations()).hasSize(2);
        assertThat(a.quotations().get(0).depth()).isZero();
        assertThat(text.substring(a.quotations().get(1).start(), a.quotations().get(1).end())).isEqualTo("‘Just sign it,’");
        assertThat(a.quotations().get(1).depth()).isEqualTo(1);
    }

    @Test
    void aQuotationReopenedInEachParagraphIsOneQuotation() {
        String text = "She read a statement:\n\n“We were promised consultation.\n\n“We were promised open libraries.\n\n"
                + "“Instead we got a vote at midnight.”\n\nThe council adjourned.";
        Analysis a = analyze(text);
        assertThat(a.quotations()).hasSize(1);
        Quotation q = a.quotations().get(0);
        assertThat(q.start()).isEqualTo(text.indexOf('“'));
        assertThat(q.end()).isEqualTo(text.indexOf('”') + 1);
        assertThat(unbalanced(a)).isEmpty();
    }

    @Test
    void inTextWithBlankLinesBetweenParagraphsAWrappedLineDoesNotEndAQuotation() {
        String text = "The minister said “we will not move, whatever\nthe unions decide,” and left.\n\n"
                + "Later, “nothing happened.\n\nThe end.";
        Analysis a = analyze(text);
        assertThat(quoted(text)).containsExactly("“we will not move, whatever\nthe unions decide,”");
        assertThat(unbalanced(a)).singleElement().satisfies(i -> assertThat(i.start()).isEqualTo(text.indexOf("“nothing")));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "L’Inde a signé. It’s the ’90s again, rock ’n’ roll is back and the commuters' groups agree. "
                + "Les Etats-Unis n’ont pas réagi, the Smiths’ house said nothing.";
        Analysis a = analyze(text);
        assertThat(a.quotations()).isEmpty();
        assertThat(unbalanced(a)).isEmpty();
    }

    @Test
    void aPossessiveApostropheInsideSingleQuotesDoesNotCloseThem() {
        String text = "He called it ‘a win for the players’ union and for the fans’ in a short statement.";
        assertThat(quoted(text)).containsExactly("‘a win for the players’ union and for the fans’");
    }

    @Test
    void frenchNestedQuotationsInEveryStyle() {
        String text = "« Il m’a dit : ‹ Signe ›, puis “ Pars ” », raconte-t-elle.";
        Analysis a = analyze(text);
        assertThat(a.quotations()).extracting(Quotation::open, Quotation::depth)
                .containsExactly(Tuple.tuple("«", 0), Tuple.tuple("‹", 1),
                        Tuple.tuple("“", 1));
    }

    @Test
    void straightSingleQuotesAroundWordsAreAQuotation() {
        String text = "He accused critics of 'political theatre.' The mayor's office disagreed.";
        assertThat(quoted(text)).containsExactly("'political theatre.'");
    }

    @Test
    void anUnpairedMarkIsReportedAtTheMark() {
        String text = "The minister said “we will not move and left the room.\n\nLater, « nothing » happened.";
        Analysis a = analyze(text);
        assertThat(unbalanced(a)).singleElement().satisfies(i -> {
            assertThat(i.start()).isEqualTo(text.indexOf('“'));
            assertThat(i.end()).isEqualTo(i.start() + 1);
        });
        assertThat(quoted(text)).containsExactly("« nothing »");
    }

    @Test
    void aClosingMarkWithoutOpeningIsReported() {
        String text = "He said it was over.” Then he left.";
        assertThat(unbalanced(analyze(text))).singleElement()
                .satisfies(i -> assertThat(i.start()).isEqualTo(text.indexOf('”')));
    }

    @Test
    void recordsTheSpeakerTheTextNames() {
        String text = "“Winter cycling is here to stay,” said Mayor Ann Lee. « Nous avons écouté », a déclaré la mairesse.\n"
                + "« Deepen cooperation » declared the ministry of defense in a statement.\n"
                + "Diplomats were cautious. “We are close,” one EU official said.";
        Analysis a = analyze(text);
        assertThat(a.quotations()).extracting(Quotation::speaker)
                .containsExactly("Mayor Ann Lee", "la mairesse", "the ministry of defense", "one EU official");
    }

    @Test
    void handSetQuotationsAreAdded() {
        String text = "He called it a very bad plan and left.";
        int s = text.indexOf("a very");
        int e = text.indexOf(" and");
        Analysis a = SharedAnalyzer.get().analyze(text, new AnalysisHints("en", List.of(),
                List.of(new QuoteMark(s, e, "He", MarkOrigin.MANUAL))));
        assertThat(a.quotations()).singleElement().satisfies(q -> {
            assertThat(q.start()).isEqualTo(s);
            assertThat(q.end()).isEqualTo(e);
            assertThat(q.speaker()).isEqualTo("He");
        });
    }
}
