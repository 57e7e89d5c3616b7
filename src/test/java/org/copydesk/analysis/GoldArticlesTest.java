package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own annotated articles (src/test/resources/.../gold): what a copy editor would expect the analyser to find. */
class GoldArticlesTest {
    static Stream<String> articles() {
        return Stream.of("harbour-vote", "tram-fr", "summit-quotes", "nl-de-mixed", "es-council", "it-web-ponte",
                "nl-web-fietsbrug", "en-foreign-bodies", "pt-pt-web-metro");
    }

    static GoldArticle load(String name) throws IOException {
        try (InputStream in = GoldArticlesTest.class.getResourceAsStream("gold/" + name + ".gold")) {
            return GoldArticle.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void languagesOfNearlyEveryWordAreRight(String name) throws IOException {
        GoldArticle g = load(name);
        Analysis a = SharedAnalyzer.get().analyze(g.text());
        assertThat(a.language()).isEqualTo(g.language());
        List<GoldArticle.Token> tokens = g.tokens();
        long right = tokens.stream().filter(t -> t.language().equals(QuoteConventions.languageAt(a, t.start(), "?"))).count();
        // English copy thick with foreign institution names is the hardest kind: adjectives of nationality next to a
        // name ("the Italian Consiglio di Stato") still go with the name (0.966 when this was written)
        double bar = name.equals("en-foreign-bodies") ? 0.96 : 0.97;
        assertThat(right / (double) tokens.size()).as(name + " word accuracy").isGreaterThanOrEqualTo(bar);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void findsExactlyTheAnnotatedQuotations(String name) throws IOException {
        GoldArticle g = load(name);
        Analysis a = SharedAnalyzer.get().analyze(g.text());
        assertThat(a.quotations()).extracting(q -> List.of(q.start(), q.end()))
                .containsExactlyElementsOf(g.quotes().stream().map(q -> List.of(q[0], q[1])).toList());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void flagsExactlyTheAnnotatedParagraphsAndMarks(String name) throws IOException {
        GoldArticle g = load(name);
        Analysis a = SharedAnalyzer.get().analyze(g.text());
        for (String kind : List.of("boilerplate", "related-link")) {
            List<CopyIssue> found = a.issues().stream().filter(i -> i.type().id().equals(kind)).toList();
            assertThat(found).as(name + " " + kind).hasSameSizeAs(g.flagged().get(kind));
            for (int[] span : g.flagged().get(kind)) {
                assertThat(found).anyMatch(i -> i.start() < span[1] && i.end() > span[0]);
            }
        }
        List<CopyIssue> unbalanced = a.issues().stream().filter(i -> i.type() == IssueType.UNBALANCED_QUOTE).toList();
        assertThat(unbalanced).extracting(CopyIssue::start).containsExactlyElementsOf(g.unbalanced());
    }

    @Test
    void theGoldReaderRejectsBrokenMarkup() {
        assertThatThrownBy(() -> GoldArticle.parse("no header", "x")).hasMessageContaining("#lang");
        assertThatThrownBy(() -> GoldArticle.parse("#lang en\n{fr|oops", "x")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> GoldArticle.parse("#lang en\nfoo ⟧", "x")).hasMessageContaining("unmatched");
        GoldArticle g = GoldArticle.parse("#lang en\n⟦«¦{fr|Bonjour}¦»⟧ said {*|Ann}.", "x");
        assertThat(g.text()).isEqualTo("«\u202FBonjour\u202F» said Ann.");
        assertThat(g.tokens()).extracting(GoldArticle.Token::language).containsExactly("fr", "en");
    }
}
