package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
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
        Article a = html("<title>Budget vote</title><div>Cookie banner text</div><main><p>Council votes today.</p></main>");
        assertThat(a.headline()).isEqualTo("Budget vote");
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
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple("budget-vote", "the budget vote"));
    }

    @Test
    void unknownExtensionsAreSniffed() throws Exception {
        assertThat(Importer.formatOf("story", "<!DOCTYPE html><p>x".getBytes(StandardCharsets.UTF_8))).isEqualTo(Importer.Format.HTML);
        assertThat(Importer.formatOf("story.dat", new byte[] {'P', 'K', 3, 4})).isEqualTo(Importer.Format.DOCX);
        assertThat(Importer.formatOf("README", "Plain words".getBytes(StandardCharsets.UTF_8))).isEqualTo(Importer.Format.TEXT);
        assertThat(Importer.formatOf("NOTES.MD", new byte[0])).isEqualTo(Importer.Format.MARKDOWN);
    }
}
