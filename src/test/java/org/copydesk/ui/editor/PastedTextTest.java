package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.junit.jupiter.api.Test;

/** Clipboard HTML and text turned into body paragraphs. */
class PastedTextTest {

    @Test
    void htmlKeepsBlocksAndKindsButNoStyling() {
        String html = """
                <html><head><style>p{color:red}</style><title>x</title></head><body>
                <h1 style="font-size:40px">Strike ends</h1>
                <p>The <b>union</b> said <span style="color:blue">yes</span>.</p>
                <blockquote><p>« Nous avons gagné »</p></blockquote>
                <ul><li>one</li><li>two</li></ul>
                <p>Line<br>break</p>
                <script>alert(1)</script>
                </body></html>""";
        assertThat(PastedText.fromHtml(html)).containsExactly(
                Paragraph.of(ParagraphKind.SUBHEADING, "Strike ends"),
                Paragraph.of("The union said yes."),
                Paragraph.of(ParagraphKind.BLOCKQUOTE, "« Nous avons gagné »"),
                Paragraph.of("one"),
                Paragraph.of("two"),
                Paragraph.of("Line"),
                Paragraph.of("break"));
    }

    @Test
    void malformedOrEmptyHtmlGivesWhatTextThereIsAndNeverThrows() {
        assertThat(PastedText.fromHtml("<p>unclosed <b>bold <div>inner")).extracting(Paragraph::text)
                .containsExactly("unclosed bold", "inner");
        assertThat(PastedText.fromHtml("")).isEmpty();
        assertThat(PastedText.fromHtml(null)).isEmpty();
        assertThat(PastedText.fromHtml("<<<>>>&&&;")).extracting(Paragraph::text).containsExactly("<<<>>>&&&;");
    }

    @Test
    void plainTextSplitsAtAnyLineBreakAndDropsControlCharacters() {
        assertThat(PastedText.fromPlain("one\r\ntwo\rthree\nfour\u0000\u0007")).extracting(Paragraph::text)
                .containsExactly("one", "two", "three", "four");
        assertThat(PastedText.fromPlain("narrow\u202Fspace")).extracting(Paragraph::text).containsExactly("narrow\u202Fspace");
    }
}
