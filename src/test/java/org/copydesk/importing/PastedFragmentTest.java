package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.junit.jupiter.api.Test;

/** Clipboard HTML and text turned into body paragraphs (what the editor's paste inserts). */
class PastedFragmentTest {

    @Test
    void htmlKeepsBlocksKindsAndEmphasisButNoOtherStyling() {
        String html = """
                <html><head><style>p{color:red}</style><title>x</title></head><body>
                <h1 style="font-size:40px">Strike ends</h1>
                <p>The <b>union</b> said <span style="color:blue">yes</span>.</p>
                <blockquote><p>« Nous avons gagné »</p></blockquote>
                <ul><li>one</li><li>two</li></ul>
                <p>Line<br>break</p>
                <script>alert(1)</script>
                </body></html>""";
        assertThat(Importer.fromHtmlFragment(html)).containsExactly(
                Paragraph.of(ParagraphKind.SUBHEADING, "Strike ends"),
                new Paragraph(ParagraphKind.PARAGRAPH, "The union said yes.", List.of(new InlineSpan(4, 9, InlineStyle.BOLD))),
                Paragraph.of(ParagraphKind.BLOCKQUOTE, "« Nous avons gagné »"),
                Paragraph.of("one"),
                Paragraph.of("two"),
                Paragraph.of("Line"),
                Paragraph.of("break"));
    }

    @Test
    void malformedOrEmptyHtmlGivesWhatTextThereIsAndNeverThrows() {
        assertThat(Importer.fromHtmlFragment("<p>unclosed <b>bold <div>inner")).extracting(Paragraph::text)
                .containsExactly("unclosed bold", "inner");
        assertThat(Importer.fromHtmlFragment("")).isEmpty();
        assertThat(Importer.fromHtmlFragment(null)).isEmpty();
        assertThat(Importer.fromHtmlFragment("<<<>>>&&&;")).extracting(Paragraph::text).containsExactly("<<<>>>&&&;");
    }

    @Test
    void plainTextSplitsAtAnyLineBreakAndDropsControlCharacters() {
        assertThat(Importer.fromTextFragment("one\r\ntwo\rthree\nfour\u0000\u0007")).extracting(Paragraph::text)
                .containsExactly("one", "two", "three", "four");
        assertThat(Importer.fromTextFragment("narrow\u202Fspace")).extracting(Paragraph::text).containsExactly("narrow\u202Fspace");
    }
}
