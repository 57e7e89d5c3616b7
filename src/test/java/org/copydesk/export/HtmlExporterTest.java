package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {
    private final HtmlExporter exporter = new HtmlExporter();

    @Test
    void theSampleMatchesItsGoldenFile() throws Exception {
        String html = exporter.render(Samples.article(), Samples.analysis(), ExportOptions.DEFAULT);
        Samples.assertGolden("sample.html", html);
        // what the snapshot is for: the French passages, and nothing else, inside lang="fr"; the quotations marked
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("[lang=fr]").eachText()).containsExactly(
                "Nous avons gagné sur les salaires et sur les horaires de nuit", "la grève est finie");
        assertThat(doc.select("span.quote").eachText()).contains("\u2018la grève est finie\u2019");
    }

    @Test
    void theFragmentIsTheArticleElementAloneCarryingTheLanguage() throws Exception {
        String html = exporter.render(Samples.article(), Samples.analysis(), ExportOptions.DEFAULT.withFragment(true));
        Samples.assertGolden("sample-fragment.html", html);
        assertThat(html).startsWith("<article lang=\"en\">").doesNotContain("<html", "<head>", "<body");
        assertThat(Jsoup.parseBodyFragment(html).select("article [lang=fr]").eachText()).containsExactly(
                "Nous avons gagné sur les salaires et sur les horaires de nuit", "la grève est finie");
    }

    @Test
    void aDocumentWithLanguageCharsetTitleAndHeadingsThatParsesCleanly() {
        String html = exporter.render(Samples.article(), Samples.analysis(), ExportOptions.DEFAULT);
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        assertThat(doc.documentType()).isNotNull();
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.title()).isEqualTo("Dockers end strike as Marseille port reopens");
        assertThat(doc.select("article h1").eachText()).containsExactly("Dockers end strike as Marseille port reopens");
        assertThat(doc.select("article .standfirst").text()).startsWith("A three-week stoppage");
        assertThat(doc.select("article .byline").text()).isEqualTo("By Ana Ruiz");
        assertThat(doc.select("article .dateline").text()).isEqualTo("MARSEILLE, 26 November");
        assertThat(doc.select("article h2").eachText()).containsExactly("What changes for the crews");
        assertThat(doc.select("article blockquote p").eachText())
                .containsExactly("\u201CThe ships are moving again,\u201D the harbour master wrote.");
        assertThat(doc.select("strong").eachText()).containsExactly("4 per cent");
        assertThat(doc.select("em").eachText()).containsExactly("night-shift premium");
        assertThat(doc.select("span.quote")).hasSize(4);
    }

    @Test
    void everyLangSpanIsOneForeignSegmentOfTheAnalysisAndNoneIsMissing() {
        Article a = Samples.article();
        Analysis an = Samples.analysis();
        Document doc = Jsoup.parse(exporter.render(a, an, ExportOptions.DEFAULT));
        List<String> foreign = an.segments().stream().filter(s -> !s.language().equals("en"))
                .map(s -> s.language() + ":" + a.bodyText().substring(s.start(), s.end())).toList();
        List<String> spans = doc.select("article [lang]").stream()
                .map(e -> e.attr("lang") + ":" + e.text()).toList();
        assertThat(spans).containsExactlyElementsOf(foreign);
    }

    @Test
    void hostileTextIsEscapedEverywhereAndNothingExecutes() {
        Article a = Samples.hostile();
        String html = exporter.render(a, Samples.hostileAnalysis(a), ExportOptions.DEFAULT);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, a, b")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(at -> at.getKey().startsWith("on"))).isEmpty();
        assertThat(doc.title()).isEqualTo("Headline <script>alert(1)</script> and \"><img src=x onerror=alert(2)>");
        assertThat(doc.select("article > p").first().text()).isEqualTo("Body <script>alert(1)</script> and \"><img src=x onerror=alert(2)>");
        assertThat(doc.select("meta[name=author]").attr("content")).isEqualTo("By <script>alert(1)</script> and \"><img src=x onerror=alert(2)>");
        assertThat(doc.select("[lang=fr]").text()).isEqualTo("<script>");
        // the bogus language tag is dropped, not written into an attribute
        assertThat(html).doesNotContain("onclick").doesNotContain("<script").doesNotContain("<img");
        assertThat(doc.select("article > p").last().text()).isEqualTo("[link](javascript:alert(3)) & &lt;b&gt;");
    }

    @Test
    void aLanguageFieldThatIsNotALanguageTagNeverReachesAnAttribute() throws Exception {
        Article a = Samples.article().withLanguage("en\"><script>alert(5)</script>");
        for (boolean fragment : new boolean[] {false, true}) {
            String html = exporter.render(a, Samples.analysis(), ExportOptions.DEFAULT.withFragment(fragment));
            assertThat(html).doesNotContain("<script").contains("lang=\"und\"");
        }
        String json = new String(new NinjsExporter().export(a, Samples.analysis(), ExportOptions.DEFAULT), StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(json).has("language")).isFalse();
    }

    @Test
    void anArticleWithoutHeadlineOrBodyStillGivesAValidDocument() {
        Article a = Article.draft("empty", "", "fr", Samples.CREATED);
        Document doc = Jsoup.parse(exporter.render(a, Analysis.empty("fr"), ExportOptions.DEFAULT));
        assertThat(doc.title()).isEqualTo("empty");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(doc.select("article")).hasSize(1);
        assertThat(doc.select("header")).isEmpty();
    }

    @Test
    void controlCharactersThatHtmlForbidsAreDropped() {
        Article a = Samples.article().withBody(List.of(Paragraph.of("bell\u0007 and nul\u0000 gone")));
        String html = exporter.render(a, new Analysis("en", List.of(new LanguageSegment(0, 10, "en")), List.of(), List.of()),
                ExportOptions.DEFAULT);
        Element p = Jsoup.parse(html).selectFirst("article > p");
        assertThat(p.text()).isEqualTo("bell and nul gone");
    }
}
