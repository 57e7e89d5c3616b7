package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.junit.jupiter.api.Test;

/** Markdown and plain text. */
class TextExportersTest {
    private final MarkdownExporter markdown = new MarkdownExporter();
    private final PlainTextExporter text = new PlainTextExporter();

    @Test
    void markdownOfTheSampleMatchesItsGoldenFile() throws Exception {
        String md = markdown.render(Samples.article(), Samples.analysis(), ExportOptions.DEFAULT);
        Samples.assertGolden("sample.md", md);
        // what matters: English quotation marks for the story's language (nested ones single), kinds and emphasis kept
        assertThat(md).contains("\u201CNous avons gagné sur les salaires et sur les horaires de nuit,\u201D",
                "\u201CHe told us \u2018la grève est finie\u2019 at dawn.\u201D", "\n## What changes for the crews\n",
                "\n> \u201CThe ships are moving again,\u201D", "**4 per cent**", "*night-shift premium*").doesNotContain("\"");
    }

    @Test
    void plainTextOfTheSampleMatchesItsGoldenFile() throws Exception {
        String txt = text.render(Samples.article(), Samples.analysis(), ExportOptions.DEFAULT);
        Samples.assertGolden("sample.txt", txt);
        // what matters: the same typographic quotation marks, and no markup at all
        assertThat(txt).contains("\u201CNous avons gagné sur les salaires et sur les horaires de nuit,\u201D",
                "by 4 per cent from January, and the night-shift premium doubles.").doesNotContain("\"", "*", "#", "<", ">");
    }

    @Test
    void aFrenchStoryGetsFrenchQuotationMarksInMarkdownAndPlainText() throws Exception {
        Article a = Samples.french();
        String md = markdown.render(a, Samples.frenchAnalysis(a), ExportOptions.DEFAULT);
        Samples.assertGolden("french.md", md);
        assertThat(md).contains("\u00AB\u202FNous irons jusqu'au bout\u202F\u00BB",
                "\u00AB\u202Fthink global, act local\u202F\u00BB", "\u00AB\u202FIl m'a répondu \u201Cjamais\u201D hier soir\u202F\u00BB");
        String txt = text.render(a, Samples.frenchAnalysis(a), ExportOptions.DEFAULT);
        Samples.assertGolden("french.txt", txt);
        assertThat(txt).doesNotContain("\"");
    }

    @Test
    void quotationMarksCanBeKeptAsTyped() {
        Article a = Samples.french();
        assertThat(text.render(a, Samples.frenchAnalysis(a), ExportOptions.DEFAULT.withTypographicQuotes(false)))
                .contains("\"Nous irons jusqu'au bout\"");
    }

    @Test
    void markdownEscapesEverythingThatCouldBecomeMarkupOrRawHtml() {
        Article a = Samples.hostile();
        String md = markdown.render(a, Samples.hostileAnalysis(a), ExportOptions.DEFAULT);
        // no '<' survives unescaped, so no HTML block or inline HTML can start
        for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
            assertThat(md.charAt(i - 1)).as("character before '<' at %d", i).isEqualTo('\\');
        }
        assertThat(md).contains("Body \\<script>alert(1)\\</script> and \">\\<img src=x onerror=alert(2)>");
        assertThat(md).contains("\\[link\\](javascript:alert(3)) & \\&lt;b\\&gt;");
    }

    @Test
    void markdownEscapesBlockMarkersAtTheStartOfAParagraph() {
        Article a = Samples.article().withBody(List.of(Paragraph.of("# not a heading"), Paragraph.of("1. not a list"),
                Paragraph.of("- not a list"), Paragraph.of("> not a quotation"), Paragraph.of("    not code")));
        String md = markdown.render(a, Analysis.empty("en"), ExportOptions.DEFAULT);
        assertThat(md).contains("\n\\# not a heading\n", "\n1\\. not a list\n", "\n\\- not a list\n",
                "\n\\> not a quotation\n", "\nnot code\n");
    }

    @Test
    void markdownKeepsEmphasisDelimitersAgainstTheWords() {
        Article a = Samples.article().withBody(List.of(new Paragraph(ParagraphKind.PARAGRAPH, "a bold move",
                List.of(new InlineSpan(1, 7, InlineStyle.BOLD)))));
        assertThat(markdown.render(a, Analysis.empty("en"), ExportOptions.DEFAULT)).endsWith("a **bold** move\n");
    }

    @Test
    void consecutiveBlockQuotationParagraphsStayOneQuotation() {
        Article a = Samples.article().withBody(List.of(Paragraph.of(ParagraphKind.BLOCKQUOTE, "one"),
                Paragraph.of(ParagraphKind.BLOCKQUOTE, "two"), Paragraph.of("after")));
        assertThat(markdown.render(a, Analysis.empty("en"), ExportOptions.DEFAULT)).endsWith("> one\n>\n> two\n\nafter\n");
    }

    @Test
    void plainTextHasNoMarkupAtAll() {
        Article a = Samples.hostile();
        String t = text.render(a, Samples.hostileAnalysis(a), ExportOptions.DEFAULT);
        assertThat(t).contains("Body <script>alert(1)</script> and \"><img src=x onerror=alert(2)>");
        assertThat(t).contains("[link](javascript:alert(3)) & &lt;b&gt;").doesNotContain("\\<", "**");
    }
}
