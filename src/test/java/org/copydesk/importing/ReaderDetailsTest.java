package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.groups.Tuple;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.RelatedLink;
import org.junit.jupiter.api.Test;

/** The finer points of each reader, one behaviour per test. */
class ReaderDetailsTest {
    private final Importer importer = new Importer(null, Importer.DEFAULT_MAX_BYTES, () -> Instant.EPOCH,
            Set.of("tram-line-opens", "budget-vote")::contains);

    private Article md(String text) throws ImportException {
        return importer.importBytes("t.md", text.getBytes(StandardCharsets.UTF_8)).draft();
    }

    private Article html(String text) throws ImportException {
        return importer.importBytes("t.html", text.getBytes(StandardCharsets.UTF_8)).draft();
    }

    private static String styled(Paragraph p, InlineStyle s) {
        return p.inline().stream().filter(x -> x.style() == s).map(x -> p.text().substring(x.start(), x.end()))
                .reduce((a, b) -> a + "|" + b).orElse("");
    }

    @Test
    void markdownEmphasisNestsAndUnderscoresInsideWordsStayText() throws Exception {
        Article a = md("# T\n\n*all **of** it* and ***both*** but snake_case_name and 2 * 3 * 4 stay, \\*escaped\\*\n");
        Paragraph p = a.body().get(0);
        assertThat(p.text()).isEqualTo("all of it and both but snake_case_name and 2 * 3 * 4 stay, *escaped*");
        assertThat(styled(p, InlineStyle.ITALIC)).isEqualTo("all of it|both");
        assertThat(styled(p, InlineStyle.BOLD)).isEqualTo("of|both");
    }

    @Test
    void markdownSetextHeadingsListsCodeAndReferenceLinks() throws Exception {
        Article a = md("""
                Tram line opens
                ===============

                Background
                ----------

                - first item with `*code*`
                - second [item][ref]

                ```
                raw *text*
                ```

                [ref]: https://news.example/2026/tram-line-opens
                [unused]: https://news.example/other
                """);
        assertThat(a.headline()).isEqualTo("Tram line opens");
        assertThat(a.body()).extracting(Paragraph::text)
                .containsExactly("Background", "first item with *code*", "second item", "raw *text*");
        assertThat(a.body().get(0).kind()).isEqualTo(ParagraphKind.SUBHEADING);
        assertThat(a.body().get(1).inline()).isEmpty();
        assertThat(a.links()).extracting(RelatedLink::targetId).containsExactly("tram-line-opens");
    }

    @Test
    void onlyLinksToStoriesBecomeRelatedLinks() throws Exception {
        Article a = md("# T\n\n[a](https://news.example/budget-vote/) [b](https://elsewhere.example/about) "
                + "[c](../desk/harbour-strike.json#top) [d](mailto:desk@news.example) [e](photo.jpg) [f](#local)\n");
        assertThat(a.links()).extracting(RelatedLink::targetId).containsExactly("budget-vote", "harbour-strike");
        assertThat(a.body().get(0).text()).isEqualTo("a b c d e f");
    }

    @Test
    void aMarkdownFileWithoutATitleUsesItsShortFirstParagraph() throws Exception {
        Article a = md("Budget vote delayed\n\nThe council will vote next week.\n");
        assertThat(a.headline()).isEqualTo("Budget vote delayed");
        assertThat(a.body()).extracting(Paragraph::text).containsExactly("The council will vote next week.");
    }

    @Test
    void htmlWithoutArticleOrMainTakesTheDensestBlock() throws Exception {
        Article a = html("""
                <html><head><title>Tram line opens — City Paper</title></head><body>
                <div class="menu"><p>Home</p><p>News</p><p>Sport</p></div>
                <div class="content"><h1>Tram line opens</h1>
                  <p>The new tram line between the station and the university opened on Monday morning.</p>
                  <p>About twelve thousand passengers used it on the first day, the operator said.</p>
                </div>
                <div class="sidebar"><p>Most read</p></div></body></html>
                """);
        assertThat(a.headline()).isEqualTo("Tram line opens");
        assertThat(a.body()).extracting(Paragraph::text).containsExactly(
                "The new tram line between the station and the university opened on Monday morning.",
                "About twelve thousand passengers used it on the first day, the operator said.");
    }

    @Test
    void htmlMainIsUsedAndTheTitleIsTheHeadlineWhenThereIsNoH1() throws Exception {
        Article a = html("<title>Budget vote delayed | City Paper</title><div>Cookie banner text</div><main><p>Council votes today.</p></main>");
        assertThat(a.headline()).isEqualTo("Budget vote delayed");
        assertThat(a.body()).extracting(Paragraph::text).containsExactly("Council votes today.");
    }

    @Test
    void htmlInWindows1252DeclaredByMetaCharsetIsDecodedByIt() throws Exception {
        String page = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head>"
                + "<body><article><h1>L’été</h1><p>Il a dit « non » — 5 €.</p></article></body></html>";
        ImportResult r = importer.importBytes("ete.htm", page.getBytes(Charset.forName("windows-1252")));
        assertThat(r.encoding()).isEqualTo("windows-1252");
        assertThat(r.draft().headline()).isEqualTo("L’été");
        assertThat(r.draft().bodyText()).isEqualTo("Il a dit « non » — 5 €.");
    }

    @Test
    void htmlLanguageOfTheDocumentIsThePrimaryLanguageAndNestedLangsAreMarked() throws Exception {
        Article a = html("<html lang=fr-CA><body><article><h1>Titre</h1><p>Il a dit <q lang=en>we are done</q> hier."
                + " <b lang=de>Schluss</b>.</p></article></body></html>");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.languageMarks()).extracting(m -> m.language() + ":" + a.bodyText().substring(m.start(), m.end()))
                .containsExactly("en:“we are done”", "de:Schluss");
        assertThat(a.bodyText()).isEqualTo("Il a dit “we are done” hier. Schluss.");
        assertThat(a.body().get(0).inline()).containsExactly(new InlineSpan(29, 36, InlineStyle.BOLD));
    }

    @Test
    void frenchQuotationsInQElementsGetGuillemets() throws Exception {
        Article a = html("<article lang=fr><h1>T</h1><p>Elle a dit <q>c’est <q>fini</q></q>.</p></article>");
        assertThat(a.bodyText()).isEqualTo("Elle a dit «\u00A0c’est ‘fini’\u00A0».");
    }

    @Test
    void docxHyperlinksToStoriesBecomeRelatedLinksAndTheirTextStays() throws Exception {
        byte[] bytes;
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Tram news");
            var p = doc.createParagraph();
            p.createRun().setText("Earlier: ");
            p.createHyperlinkRun("https://news.example/2026/budget-vote").setText("the budget vote");
            p.createRun().setText(" and ");
            p.createHyperlinkRun("https://elsewhere.example/x").setText("elsewhere");
            doc.write(out);
            bytes = out.toByteArray();
        }
        Article a = importer.importBytes("t.docx", bytes).draft();
        assertThat(a.bodyText()).isEqualTo("Earlier: the budget vote and elsewhere");
        assertThat(a.links()).extracting(RelatedLink::targetId, RelatedLink::note)
                .containsExactly(Tuple.tuple("budget-vote", "the budget vote"));
    }

    @Test
    void docxTrackedDeletionsStayDeletedAndContentControlsAreRead() throws Exception {
        String xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Council vote</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">The vote was </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"ed\"><w:r><w:delText xml:space=\"preserve\">very </w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"ed\"><w:r><w:t xml:space=\"preserve\">quite </w:t></w:r></w:ins>"
                + "<w:r><w:t xml:space=\"preserve\">close on </w:t></w:r>"
                + "<w:sdt><w:sdtContent><w:r><w:t>Monday</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>\u00A0</w:t></w:r></w:p></w:body></w:document>";
        Article a = importer.importBytes("tracked.docx", BadInputTest.docxWith(xml)).draft();
        assertThat(a.headline()).isEqualTo("Council vote");
        assertThat(a.body()).extracting(Paragraph::text).containsExactly("The vote was quite close on Monday.");
    }

    @Test
    void htmlSpacerParagraphsAreDropped() throws Exception {
        Article a = html("<article><h1>T</h1><p>One.</p><p>&nbsp;</p><p>\u200B</p><p>Two.</p></article>");
        assertThat(a.body()).extracting(Paragraph::text).containsExactly("One.", "Two.");
    }

    @Test
    void htmlBylineComesFromTheAuthorMetaOrTheBylineElement() throws Exception {
        Article meta = html("<head><meta name=author content=\"Claire Dubois\"></head><article><h1>T</h1><p>Text.</p></article>");
        assertThat(meta.byline()).isEqualTo("Claire Dubois");
        Article inline = html("<article><header><h1>T</h1><p class=byline>By <a rel=author href=/staff/sam>Sam Okafor</a></p></header>"
                + "<p>Text.</p></article>");
        assertThat(inline.byline()).isEqualTo("Sam Okafor");
        assertThat(inline.body()).extracting(Paragraph::text).containsExactly("Text.");
    }

    @Test
    void unknownExtensionsAreSniffed() throws Exception {
        assertThat(Importer.formatOf("story", "<!DOCTYPE html><p>x".getBytes(StandardCharsets.UTF_8))).isEqualTo(Importer.Format.HTML);
        assertThat(Importer.formatOf("story.dat", new byte[] {'P', 'K', 3, 4})).isEqualTo(Importer.Format.DOCX);
        assertThat(Importer.formatOf("README", "Plain words".getBytes(StandardCharsets.UTF_8))).isEqualTo(Importer.Format.TEXT);
        assertThat(Importer.formatOf("NOTES.MD", new byte[0])).isEqualTo(Importer.Format.MARKDOWN);
    }
}
