package org.copydesk.export;

import org.copydesk.PropertySeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Whatever spans overlap however, the export keeps every character and stays well formed. */
class StyledBodyPropertiesTest {
    record Case(Article article, Analysis analysis) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab cé<>&\"'«»“”\u202F.,").ofMinLength(1).ofMaxLength(40);
        return text.list().ofMinSize(1).ofMaxSize(4).flatMap(paragraphs -> {
            int total = String.join("\n", paragraphs).length();
            Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(0, total),
                    Arbitraries.integers().between(0, total)).as((x, y) -> new int[] {Math.min(x, y), Math.max(x, y)});
            Arbitrary<List<int[]>> langs = span.list().ofMaxSize(4);
            Arbitrary<List<int[]>> quotes = span.list().ofMaxSize(4);
            Arbitrary<List<Integer>> inline = Arbitraries.integers().between(0, 40).list().ofMaxSize(6);
            return Combinators.combine(langs, quotes, inline).as((l, q, in) -> build(paragraphs, l, q, in));
        });
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
            body.add(new Paragraph(org.copydesk.model.ParagraphKind.values()[i % 3], t, spans));
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

    @Property(tries = 300, seed = PropertySeed.CI)
    void htmlParsesWithoutErrorsAndKeepsEveryCharacter(@ForAll("cases") Case c) {
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

    @Property(tries = 100, seed = PropertySeed.CI)
    void docxRunsJoinUpToEachParagraph(@ForAll("cases") Case c) throws Exception {
        byte[] docx = new DocxExporter().export(c.article(), c.analysis(), ExportOptions.DEFAULT.withTypographicQuotes(false));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().skip(4).map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsExactlyElementsOf(expectedBlocks(c.article()));
        }
    }
}
