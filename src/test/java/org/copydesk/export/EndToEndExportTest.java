package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Analyzer;
import org.copydesk.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real analyser, then every exporter: what it finds is what the exported files mark. */
class EndToEndExportTest {
    private static Article article;
    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        article = Samples.article();
        analysis = new Analyzer().analyze(article);
    }

    /**
     * The French of the sample, written out by hand: each passage as a language span must hold it (from its first
     * letter to its last punctuation inside the quotation marks).
     */
    private static final List<String> FRENCH = List.of(
            "fr:Nous avons gagné sur les salaires et sur les horaires de nuit,", "fr:la grève est finie");

    @Test
    void theAnalyserFindsTheFrenchPassagesOfTheSample() {
        String text = article.bodyText();
        List<String> foreign = analysis.segments().stream().filter(s -> !s.language().equals("en"))
                .map(s -> s.language() + ":" + text.substring(s.start(), s.end()).replaceAll("^[\\s\"“”‘’]+|[\\s\"“”‘’]+$", ""))
                .toList();
        assertThat(foreign).containsExactly(
                "fr:Nous avons gagné sur les salaires et sur les horaires de nuit,", "fr:la grève est finie");
    }

    @Test
    void htmlMarksExactlyTheForeignPassagesTheAnalyserFound() {
        String html = new String(new HtmlExporter().export(article, analysis, ExportOptions.DEFAULT), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("article [lang]").stream().map(e -> e.attr("lang") + ":" + e.text()).toList())
                .containsExactlyElementsOf(FRENCH);
        // the straight quotes of the French quotation become English marks, as the analysis asks
        assertThat(doc.select("span.quote").first().text()).startsWith("\u201CNous avons").endsWith("nuit,\u201D");
    }

    @Test
    void ninjsOfTheRealAnalysisValidates() throws Exception {
        String json = new String(new NinjsExporter().export(article, analysis, ExportOptions.DEFAULT), StandardCharsets.UTF_8);
        try (InputStream in = Samples.ninjsSchema()) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, InputFormat.JSON, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        }
        String body = new ObjectMapper().readTree(json).get("bodies").get(0).get("value").asText();
        assertThat(Jsoup.parseBodyFragment(body).select("[lang]").stream().map(e -> e.attr("lang") + ":" + e.text()).toList())
                .containsExactlyElementsOf(FRENCH);
    }

    @Test
    void docxRunsCarryTheLanguagesTheAnalyserFound() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                new DocxExporter().export(article, analysis, ExportOptions.DEFAULT)))) {
            List<String> french = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "fr".equals(r.getLang())).map(r -> "fr:" + r.text()).toList();
            assertThat(french).containsExactlyElementsOf(FRENCH);
        }
    }

    @Test
    void markdownAndTextGetTypographicQuotesFromTheAnalysis() {
        for (Exporter e : List.of(new MarkdownExporter(), new PlainTextExporter())) {
            String out = new String(e.export(article, analysis, ExportOptions.DEFAULT), StandardCharsets.UTF_8);
            assertThat(out).as(e.format().id()).contains("\u201CNous avons gagné sur les salaires et sur les horaires de nuit,\u201D")
                    .doesNotContain("\"");
        }
    }

    @Test
    void preflightOfTheReadySampleWarnsAboutTheUntranslatedFrenchAndTheStraightQuotes() {
        List<PreflightFinding> f = Preflight.check(article, analysis, id -> Optional.of("x"));
        assertThat(f).extracting(PreflightFinding::check).contains(PreflightFinding.Check.UNTRANSLATED, PreflightFinding.Check.COPY_ISSUE);
        assertThat(Preflight.blocks(f)).isFalse();
    }
}
