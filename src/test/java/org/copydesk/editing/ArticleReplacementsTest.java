package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;
import org.junit.jupiter.api.Test;

class ArticleReplacementsTest {
    static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    /** "He said «yes» today." / "She said «non» here." with "yes" bold, a French hand mark on "non", a quotation. */
    private static Article article() {
        String p1 = "He said «yes» today.";
        String p2 = "She said «non» here.";
        int p2Start = p1.length() + 1;
        int non = p2Start + p2.indexOf("non");
        return Article.draft("a", "Headline", "en", T)
                .withBody(List.of(new Paragraph(ParagraphKind.PARAGRAPH, p1, List.of(new InlineSpan(9, 12, InlineStyle.BOLD))),
                        new Paragraph(ParagraphKind.BLOCKQUOTE, p2, List.of(new InlineSpan(10, 13, InlineStyle.ITALIC)))))
                .withLanguageMarks(List.of(new LanguageMark(non, non + 3, "fr", MarkOrigin.MANUAL)))
                .withQuoteMarks(List.of(new QuoteMark(p2Start + 9, p2Start + 14, "", MarkOrigin.MANUAL)));
    }

    private static List<TextReplacement> marksOf(String text, char open, String by, char close, String byClose) {
        return Arrays.asList(new TextReplacement(text.indexOf(open), text.indexOf(open) + 1, by),
                new TextReplacement(text.indexOf(close), text.indexOf(close) + 1, byClose));
    }

    @Test
    void marksAreReplacedAndEmphasisAndHandMarksMoveWithTheText() {
        Article a = article();
        String text = a.bodyText();
        int open2 = text.lastIndexOf('«');
        int close2 = text.lastIndexOf('»');
        // the second paragraph's guillemets get no-break spaces inside: each mark grows by one character
        List<TextReplacement> fixes = List.of(new TextReplacement(open2, open2 + 1, "«\u202F"),
                new TextReplacement(close2, close2 + 1, "\u202F»"));
        ArticleReplacements.Result r = ArticleReplacements.apply(a, fixes);
        assertThat(r.applied()).isEqualTo(2);
        Article b = r.article();
        assertThat(b.body().get(0)).isEqualTo(a.body().get(0));
        assertThat(b.body().get(1).text()).isEqualTo("She said «\u202Fnon\u202F» here.");
        assertThat(b.body().get(1).kind()).isEqualTo(ParagraphKind.BLOCKQUOTE);
        InlineSpan italic = b.body().get(1).inline().get(0);
        assertThat(b.body().get(1).text().substring(italic.start(), italic.end())).isEqualTo("non");
        LanguageMark fr = b.languageMarks().get(0);
        assertThat(b.bodyText().substring(fr.start(), fr.end())).isEqualTo("non");
        QuoteMark q = b.quoteMarks().get(0);
        assertThat(b.bodyText().substring(q.start(), q.end())).isEqualTo("«\u202Fnon\u202F»");
    }

    @Test
    void replacementsInSeveralParagraphsAreOneStep() {
        Article a = article();
        String text = a.bodyText();
        List<TextReplacement> fixes = new java.util.ArrayList<>(marksOf(text, '«', "“", '»', "”"));
        int open2 = text.lastIndexOf('«');
        fixes.add(new TextReplacement(open2, open2 + 1, "“"));
        fixes.add(new TextReplacement(text.lastIndexOf('»'), text.lastIndexOf('»') + 1, "”"));
        ArticleReplacements.Result r = ArticleReplacements.apply(a, fixes);
        assertThat(r.applied()).isEqualTo(4);
        assertThat(r.article().bodyText()).isEqualTo("He said “yes” today.\nShe said “non” here.");
        InlineSpan bold = r.article().body().get(0).inline().get(0);
        assertThat(r.article().body().get(0).text().substring(bold.start(), bold.end())).isEqualTo("yes");
    }

    @Test
    void replacementsThatCannotBeMadeAreLeftOutWhole() {
        Article a = article();
        String text = a.bodyText();
        int nl = text.indexOf('\n');
        List<TextReplacement> bad = Arrays.asList(
                new TextReplacement(nl - 1, nl + 1, "x"),         // across the paragraph break
                new TextReplacement(2, 3, "a\nb"),                // a line break into a paragraph
                new TextReplacement(-1, 0, "x"),                  // before the text
                new TextReplacement(text.length(), text.length() + 3, "x"), // past it
                new TextReplacement(5, 3, "x"),                   // backwards
                new TextReplacement(0, 2, null),                  // nothing to put
                null);
        ArticleReplacements.Result r = ArticleReplacements.apply(a, bad);
        assertThat(r.applied()).isZero();
        assertThat(r.article()).isSameAs(a);

        // of two overlapping replacements the first is made, the second left out
        ArticleReplacements.Result o = ArticleReplacements.apply(a, List.of(new TextReplacement(0, 2, "It"),
                new TextReplacement(1, 3, "XX")));
        assertThat(o.applied()).isEqualTo(1);
        assertThat(o.article().bodyText()).startsWith("It said");
    }

    @Test
    void anArticleWithoutBodyIsLeftAlone() {
        Article empty = Article.draft("e", "Empty", "en", T);
        assertThat(ArticleReplacements.apply(empty, List.of(new TextReplacement(0, 0, "x"))).applied()).isZero();
    }
}
