package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Whatever spans overlap however, the export keeps every character and stays well formed. */
class StyledBodyPropertiesTest {
    record Case(Article article, Analysis analysis) {
    }

    static Case sample(Gen gen) {
        List<String> paragraphs = gen.list(1, 4, () -> gen.string("ab cé<>&\"'«»“”\u202F.,", 1, 40));
        int total = String.join("\n", paragraphs).length();
        Supplier<int[]> span = () -> {
            int x = gen.between(0, total);
            int y = gen.between(0, total);
            return new int[] {Math.min(x, y), Math.max(x, y)};
        };
        List<int[]> langs = gen.list(0, 4, span);
        List<int[]> quotes = gen.list(0, 4, span);
        List<Integer> inline = gen.list(0, 6, () -> gen.between(0, 40));
        return build(paragraphs, langs, quotes, inline);
    }

    private static Case build(List<String> texts, List<int[]> langs, List<int[]> quotes, List<Integer> inline) {
        List<Paragraph> body = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            List<InlineSpan> spans = new ArrayList<>();
            for (int k = 0; k + 1 < inline.size(); k += 2) {
                int s = Math.min(inline.get(k), t.length());
                int e = Math.min(Math.max(s, inline.get(k + 1)), t.length());
                spans.add(new InlineSpan(s, e, k % 4 == 0 ? InlineStyle.BOLD : InlineStyle.ITALIC));
            }
            body.add(new Paragraph(ParagraphKind.values()[i % 3], t, spans));
        }
        Article a = Samples.article().withBody(body);
        List<LanguageSegment> segs = new ArrayList<>();
        String[] tags = {"fr", "de", "en"};
        for (int i = 0; i < langs.size(); i++) {
            segs.add(new LanguageSegment(langs.get(i)[0], langs.get(i)[1], tags[i % 3]));
        }
        List<Quotation> qs = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            qs.add(new Quotation(quotes.get(i)[0], quotes.get(i)[1], "\"", "\"", i % 2, null));
        }
        return new Case(a, new Analysis("en", segs, qs, List.of()));
    }

    /** The body text as exported with the marks as typed: blank paragraphs are left out. */
    private static List<String> expectedBlocks(Article a) {
        return a.body().stream().map(Paragraph::text).filter(t -> !t.isBlank()).toList();
    }

    @Property(tries = 300)
    void htmlParsesWithoutErrorsAndKeepsEveryCharacter(Gen gen) {
        Case c = sample(gen);
        ExportOptions asTyped = ExportOptions.DEFAULT.withFragment(true).withTypographicQuotes(false);
        String html = new HtmlExporter().render(c.article(), c.analysis(), asTyped);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parseBodyFragment(html);
        Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).isEmpty();
        List<String> blocks = doc.select("article > p, article > h2, article > blockquote > p").stream()
                .map(e -> e.wholeText()).toList();
        assertThat(blocks).containsExactlyInAnyOrderElementsOf(expectedBlocks(c.article()));
        assertThat(doc.select("script, img")).isEmpty();
        doc.select("article [lang]").forEach(e -> assertThat(e.attr("lang")).isIn("fr", "de"));
    }

    @Property(tries = 100)
    void docxRunsJoinUpToEachParagraph(Gen gen) throws Exception {
        Case c = sample(gen);
        byte[] docx = new DocxExporter().export(c.article(), c.analysis(), ExportOptions.DEFAULT.withTypographicQuotes(false));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().skip(4).map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsExactlyElementsOf(expectedBlocks(c.article()));
        }
    }
}
