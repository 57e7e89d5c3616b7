package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.junit.jupiter.api.Test;

class StyledBodyTest {
    private static String html(Article a, Analysis an) {
        StringBuilder sb = new StringBuilder();
        HtmlBody.render(StyledBody.of(a, an, null), "", sb);
        return sb.toString();
    }

    private static Article withBody(Paragraph... ps) {
        return Samples.article().withBody(List.of(ps));
    }

    @Test
    void overlappingSpansAreSplitSoTheMarkupStaysNested() {
        // quotation [0,10) and French [5,15) overlap without nesting
        Article a = withBody(Paragraph.of("\"abcdefgh\" ijklmn"));
        Analysis an = new Analysis("en", List.of(new LanguageSegment(0, 5, "en"), new LanguageSegment(5, 15, "fr"),
                new LanguageSegment(15, 17, "en")), List.of(new Quotation(0, 10, "\"", "\"", 0, null)), List.of());
        assertThat(html(a, an)).isEqualTo(
                "<p><span class=\"quote\">\"abcd<span lang=\"fr\">efgh\"</span></span><span lang=\"fr\"> ijkl</span>mn</p>\n");
    }

    @Test
    void aSegmentThatRunsOutOfAQuotationByPunctuationOnlyEndsInsideTheMarks() {
        // the segmenter took the closing mark and the full stop into the French segment
        Article a = withBody(Paragraph.of("He said \u201Cc\u2019est fini\u201D. Then he left."));
        Analysis an = new Analysis("en", List.of(new LanguageSegment(0, 9, "en"), new LanguageSegment(9, 22, "fr"),
                new LanguageSegment(22, 35, "en")), List.of(new Quotation(8, 20, "\u201C", "\u201D", 0, null)), List.of());
        assertThat(html(a, an)).isEqualTo(
                "<p>He said <span class=\"quote\">\u201C<span lang=\"fr\">c\u2019est fini</span>\u201D</span>. Then he left.</p>\n");
    }

    @Test
    void aSegmentOfPunctuationAloneGetsNoSpan() {
        Article a = withBody(Paragraph.of("Yes. Oui."));
        Analysis an = new Analysis("en", List.of(new LanguageSegment(3, 5, "fr"), new LanguageSegment(5, 9, "fr")),
                List.of(), List.of());
        assertThat(html(a, an)).isEqualTo("<p>Yes. <span lang=\"fr\">Oui.</span></p>\n");
    }

    @Test
    void segmentsCrossingParagraphsAreClippedToEachParagraph() {
        Article a = withBody(Paragraph.of("un deux"), Paragraph.of("trois quatre"));
        Analysis an = new Analysis("en", List.of(new LanguageSegment(3, 11, "fr")), List.of(), List.of());
        assertThat(html(a, an)).isEqualTo("<p>un <span lang=\"fr\">deux</span></p>\n<p><span lang=\"fr\">tro</span>is quatre</p>\n");
    }

    @Test
    void boldInsideAForeignSegmentNestsInsideTheLanguageSpan() {
        Article a = withBody(new Paragraph(ParagraphKind.PARAGRAPH, "Il a dit bonjour.",
                List.of(new InlineSpan(9, 16, InlineStyle.BOLD), new InlineSpan(0, 17, InlineStyle.ITALIC))));
        Analysis an = new Analysis("en", List.of(new LanguageSegment(0, 17, "fr")), List.of(), List.of());
        assertThat(html(a, an)).isEqualTo("<p><span lang=\"fr\"><em>Il a dit <strong>bonjour</strong>.</em></span></p>\n");
    }

    @Test
    void aStaleAnalysisRunningPastTheTextIsClippedNotAnError() {
        Article a = withBody(Paragraph.of("short"));
        Analysis an = new Analysis("en", List.of(new LanguageSegment(2, 500, "de")),
                List.of(new Quotation(0, 900, "\"", "\"", 0, null)), List.of());
        assertThat(html(a, an)).isEqualTo("<p><span class=\"quote\">sh<span lang=\"de\">ort</span></span></p>\n");
    }

    @Test
    void replacementsMoveEverySpanAlong() {
        Article a = withBody(new Paragraph(ParagraphKind.PARAGRAPH, "\"Bonjour\" dit-il, \"oui\".",
                List.of(new InlineSpan(10, 16, InlineStyle.ITALIC))), Paragraph.of("Next \"one\""));
        Analysis an = new Analysis("en", List.of(new LanguageSegment(1, 8, "fr")),
                List.of(new Quotation(0, 9, "\"", "\"", 0, null), new Quotation(18, 23, "\"", "\"", 0, null)), List.of());
        List<TextReplacement> fixes = List.of(
                new TextReplacement(0, 1, "\u00AB\u202F"),
                new TextReplacement(8, 9, "\u202F\u00BB"),
                new TextReplacement(18, 19, "\u201C"),
                new TextReplacement(22, 23, "\u201D"),
                new TextReplacement(25, 26, "line\nbreak"), // would split a paragraph: ignored
                new TextReplacement(30, 999, "past the end")); // ignored
        StringBuilder sb = new StringBuilder();
        HtmlBody.render(StyledBody.of(a, an, fixes), "", sb);
        assertThat(sb.toString()).isEqualTo("<p><span class=\"quote\">\u00AB\u202F<span lang=\"fr\">Bonjour</span>\u202F\u00BB</span>"
                + " <em>dit-il</em>, <span class=\"quote\">\u201Coui\u201D</span>.</p>\n<p>Next \"one\"</p>\n");
    }

    @Test
    void theArticlesOwnLanguageGetsNoSpanEvenWithARegionSubtag() {
        Article a = withBody(Paragraph.of("colour")).withLanguage("en-GB");
        Analysis an = new Analysis("en", List.of(new LanguageSegment(0, 6, "en")), List.of(), List.of());
        assertThat(html(a, an)).isEqualTo("<p>colour</p>\n");
    }
}
