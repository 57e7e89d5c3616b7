package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.importing.Samples.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;

/** The same mixed English/French story, arriving as text, Markdown, HTML and Word, gives the same article. */
class FormatRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-11-27T07:00:00Z");
    private final Importer importer = new Importer(null, Importer.DEFAULT_MAX_BYTES, () -> NOW,
            id -> id.equals("port-of-marseille-plans-new-container-terminal"));

    private static List<String> texts(Article a) {
        return a.body().stream().map(Paragraph::text).toList();
    }

    private static String marked(Article a, LanguageMark m) {
        return a.bodyText().substring(m.start(), m.end());
    }

    private static String spanned(Paragraph p, InlineStyle style) {
        return p.inline().stream().filter(s -> s.style() == style).map(s -> p.text().substring(s.start(), s.end()))
                .findFirst().orElse(null);
    }

    @Test
    void plainTextKeepsEveryParagraphAndJoinsWrappedLines() throws Exception {
        ImportResult r = importer.importBytes("strike.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        Article a = r.draft();
        assertThat(r.format()).isEqualTo("text");
        assertThat(a.headline()).isEqualTo(HEADLINE);
        assertThat(texts(a)).containsExactly(P1, P2, P3, SUB, P4, BLOCK, SEE_ALSO, NEWSLETTER, COPYRIGHT);
        assertThat(a.bodyText()).doesNotContain("\r");
        assertThat(a.created()).isEqualTo(NOW);
    }

    @Test
    void markdownGivesHeadlineSubheadingQuoteEmphasisAndRelatedLink() throws Exception {
        ImportResult r = importer.importBytes("strike.md", MARKDOWN.getBytes(StandardCharsets.UTF_8));
        Article a = r.draft();
        assertThat(r.format()).isEqualTo("markdown");
        assertThat(a.headline()).isEqualTo(HEADLINE);
        assertThat(texts(a)).containsExactly(P1, P2, P3, SUB, P4, BLOCK, SEE_ALSO, NEWSLETTER, COPYRIGHT);
        assertThat(a.body().get(3).kind()).isEqualTo(ParagraphKind.SUBHEADING);
        assertThat(a.body().get(5).kind()).isEqualTo(ParagraphKind.BLOCKQUOTE);
        assertThat(a.body().get(0).kind()).isEqualTo(ParagraphKind.PARAGRAPH);
        assertThat(spanned(a.body().get(0), InlineStyle.ITALIC)).isEqualTo("Thursday");
        assertThat(spanned(a.body().get(2), InlineStyle.BOLD)).isEqualTo("night-shift pay");
        assertThat(spanned(a.body().get(4), InlineStyle.ITALIC)).isEqualTo("Hélène Ruiz");
        assertThat(a.links()).containsExactly(new RelatedLink("port-of-marseille-plans-new-container-terminal",
                Relation.SEE_ALSO, "Port of Marseille plans new container terminal"));
        assertThat(a.bodyText()).doesNotContain("*", "](", ".md", "#", ">");
    }

    @Test
    void htmlTakesTheArticleDropsScriptsAndNavigationAndKeepsLanguages() throws Exception {
        ImportResult r = importer.importBytes("strike.html", HTML.getBytes(StandardCharsets.UTF_8));
        Article a = r.draft();
        assertThat(r.format()).isEqualTo("html");
        assertThat(a.headline()).isEqualTo(HEADLINE);
        assertThat(a.language()).isEqualTo("en");
        String p2 = P2.replace("« ", "«\u00A0").replace(" »", "\u00A0»");
        assertThat(texts(a)).containsExactly(P1, p2, P3, SUB, P4, BLOCK, SEE_ALSO, NEWSLETTER, COPYRIGHT);
        assertThat(a.bodyText()).doesNotContain("pwned", "tracked", "Trending", "Subscribe", "About us", "World",
                "<", "color: red");
        assertThat(a.body().get(3).kind()).isEqualTo(ParagraphKind.SUBHEADING);
        assertThat(a.body().get(5).kind()).isEqualTo(ParagraphKind.BLOCKQUOTE);
        assertThat(spanned(a.body().get(0), InlineStyle.ITALIC)).isEqualTo("Thursday");
        assertThat(spanned(a.body().get(2), InlineStyle.BOLD)).isEqualTo("night-shift pay");
        assertThat(spanned(a.body().get(4), InlineStyle.ITALIC)).isEqualTo("Hélène Ruiz");
        assertThat(a.languageMarks()).extracting(LanguageMark::language, LanguageMark::origin)
                .containsExactly(Tuple.tuple("fr", MarkOrigin.MANUAL),
                        Tuple.tuple("fr", MarkOrigin.MANUAL));
        assertThat(marked(a, a.languageMarks().get(0))).isEqualTo("«\u00A0Nous avons obtenu ce que nous demandions\u00A0»");
        assertThat(marked(a, a.languageMarks().get(1))).isEqualTo(BLOCK);
        assertThat(a.links()).extracting(RelatedLink::targetId).containsExactly("port-of-marseille-plans-new-container-terminal");
    }

    @Test
    void docxGivesHeadingsQuoteRunsAndWordsPerRunLanguage() throws Exception {
        ImportResult r = importer.importBytes("strike.docx", Samples.docx());
        Article a = r.draft();
        assertThat(r.format()).isEqualTo("docx");
        assertThat(a.headline()).isEqualTo(HEADLINE);
        assertThat(a.language()).isEqualTo("en");
        assertThat(texts(a)).containsExactly(P1, P2, P3, SUB, P4, BLOCK, SEE_ALSO, NEWSLETTER, COPYRIGHT);
        assertThat(a.body().get(3).kind()).isEqualTo(ParagraphKind.SUBHEADING);
        assertThat(a.body().get(5).kind()).isEqualTo(ParagraphKind.BLOCKQUOTE);
        assertThat(a.body().get(0).inline()).containsExactly(new InlineSpan(35, 43, InlineStyle.ITALIC));
        assertThat(spanned(a.body().get(2), InlineStyle.BOLD)).isEqualTo("night-shift pay");
        assertThat(a.languageMarks()).hasSize(2).allMatch(m -> m.language().equals("fr") && m.origin() == MarkOrigin.MANUAL);
        assertThat(marked(a, a.languageMarks().get(0))).isEqualTo(QUOTE_FR);
        assertThat(marked(a, a.languageMarks().get(1))).isEqualTo(BLOCK);
    }

    @Test
    void theFrenchTakesThePrimaryLanguageWhenTheUserSaysTheCopyIsFrench() throws Exception {
        Importer french = new Importer("fr", Importer.DEFAULT_MAX_BYTES, () -> NOW, id -> false);
        Article a = french.importBytes("strike.docx", Samples.docx()).draft();
        assertThat(a.language()).isEqualTo("fr");
        // now the English runs are the marked ones, and the French quotation is not
        assertThat(a.languageMarks()).allMatch(m -> m.language().equals("en"));
        assertThat(a.languageMarks()).noneMatch(m -> marked(a, m).contains("Nous avons"));
    }

    @Test
    void pastedHtmlBecomesParagraphsWithoutMarkup() {
        List<Paragraph> ps = Importer.fromHtmlFragment("<meta charset=utf-8><b>Breaking:</b> talks resume<br>"
                + "<h3>Reaction</h3><blockquote>« Enfin »</blockquote><script>steal()</script><p>Tom &amp; Jerry &lt;3</p>");
        assertThat(ps).extracting(Paragraph::text)
                .containsExactly("Breaking: talks resume", "Reaction", "« Enfin »", "Tom & Jerry <3");
        assertThat(ps).extracting(Paragraph::kind).containsExactly(ParagraphKind.PARAGRAPH, ParagraphKind.SUBHEADING,
                ParagraphKind.BLOCKQUOTE, ParagraphKind.PARAGRAPH);
        assertThat(ps.get(0).inline()).containsExactly(new InlineSpan(0, 9, InlineStyle.BOLD));
    }
}
