package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NinjsExporterTest {
    private static JsonSchema schema;
    private final NinjsExporter exporter = new NinjsExporter();
    private final ObjectMapper mapper = new ObjectMapper();
    private final ExportOptions options = ExportOptions.DEFAULT
            .withLinks(id -> id.equals("strike-begins") ? Optional.of("Dockers walk out at Marseille") : Optional.empty());

    @BeforeAll
    static void loadOfficialSchema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Samples.ninjsSchema()) {
            schema = factory.getSchema(in, InputFormat.JSON, config);
        }
    }

    private static Set<ValidationMessage> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theSampleMatchesItsGoldenFileAndValidatesAgainstTheOfficialSchema() throws Exception {
        String json = exporter.render(Samples.article(), Samples.analysis(), options);
        Samples.assertGolden("sample.ninjs.json", json);
        assertThat(validate(json)).isEmpty();
        // what matters beside validity: the body keeps the French inside lang="fr", the story's language is en
        JsonNode n = mapper.readTree(json);
        assertThat(n.get("language").asText()).isEqualTo("en");
        assertThat(Jsoup.parseBodyFragment(n.get("bodies").get(0).get("value").asText()).select("[lang=fr]").eachText())
                .containsExactly("Nous avons gagné sur les salaires et sur les horaires de nuit", "la grève est finie");
    }

    @Test
    void theSchemaReallyRejectsWhatIsNotNinjs() {
        assertThat(validate("{\"uri\":\"urn:copydesk:article:x\",\"type\":\"essay\"}")).isNotEmpty();
        assertThat(validate("{\"uri\":\"urn:copydesk:article:x\",\"headline\":\"not a ninjs field\"}")).isNotEmpty();
        assertThat(validate("{\"uri\":\"urn:copydesk:article:x\",\"versioncreated\":\"yesterday\"}")).isNotEmpty();
    }

    @Test
    void fieldsMapAsTheStandardDefinesThem() throws Exception {
        JsonNode n = mapper.readTree(exporter.render(Samples.article(), Samples.analysis(), options));
        assertThat(n.get("uri").asText()).isEqualTo("urn:copydesk:article:port-reopens");
        assertThat(n.get("type").asText()).isEqualTo("text");
        assertThat(n.get("version").asText()).isEqualTo("7");
        assertThat(n.get("firstcreated").asText()).isEqualTo("2026-11-26T08:30:00Z");
        assertThat(n.get("versioncreated").asText()).isEqualTo("2026-11-26T17:45:12Z");
        assertThat(n.get("pubstatus").asText()).isEqualTo("usable");
        assertThat(n.get("language").asText()).isEqualTo("en");
        assertThat(n.get("headlines").get(0).get("value").asText()).isEqualTo("Dockers end strike as Marseille port reopens");
        assertThat(n.get("descriptions").get(0).get("value").asText()).startsWith("A three-week stoppage");
        assertThat(n.get("by").asText()).isEqualTo("By Ana Ruiz");
        assertThat(n.get("located").asText()).isEqualTo("MARSEILLE, 26 November");
        assertThat(n.get("slugline").asText()).isEqualTo("port-reopens");
        JsonNode assoc = n.get("associations").get(0);
        assertThat(assoc.get("name").asText()).isEqualTo("follow-up");
        assertThat(assoc.get("uri").asText()).isEqualTo("urn:copydesk:article:strike-begins");
        assertThat(assoc.get("headlines").get(0).get("value").asText()).isEqualTo("Dockers walk out at Marseille");
        JsonNode body = n.get("bodies").get(0);
        assertThat(body.get("contenttype").asText()).isEqualTo("text/html");
        Document html = Jsoup.parseBodyFragment(body.get("value").asText());
        assertThat(html.select("[lang=fr]").eachText())
                .containsExactly("Nous avons gagné sur les salaires et sur les horaires de nuit", "la grève est finie");
        assertThat(html.select("h1, header")).as("headline and byline have fields of their own").isEmpty();
    }

    @Test
    void brokenRelatedLinksAreLeftOutOfTheAssociations() throws Exception {
        JsonNode n = mapper.readTree(exporter.render(Samples.article(), Samples.analysis(), ExportOptions.DEFAULT));
        assertThat(n.has("associations")).isFalse();
    }

    @Test
    void hostileTextIsInertAndTheDocumentStillValidates() throws Exception {
        Article a = Samples.hostile();
        String json = exporter.render(a, Samples.hostileAnalysis(a), options);
        assertThat(validate(json)).isEmpty();
        JsonNode n = mapper.readTree(json);
        Document body = Jsoup.parseBodyFragment(n.get("bodies").get(0).get("value").asText());
        assertThat(body.select("script, img, a")).isEmpty();
        assertThat(body.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(at -> at.getKey().startsWith("on"))).isEmpty();
        assertThat(body.text()).contains("<script>alert(1)</script>");
        // plain-text fields keep the text exactly, declared as text/plain
        assertThat(n.get("headlines").get(0).get("contenttype").asText()).isEqualTo("text/plain");
        assertThat(n.get("headlines").get(0).get("value").asText())
                .isEqualTo("Headline <script>alert(1)</script> and \"><img src=x onerror=alert(2)>");
    }

    @Test
    void aBareDraftStillValidates() {
        Article a = Article.draft("bare", "", "de", Samples.CREATED);
        assertThat(validate(exporter.render(a, Analysis.empty("de"), options))).isEmpty();
    }

    @Test
    void subsecondTimesAreWrittenAsValidDateTimes() {
        Article a = Samples.article().savedAt(Instant.parse("2026-11-26T17:45:12.123456Z"), 8);
        String json = exporter.render(a, Samples.analysis(a), options);
        assertThat(validate(json)).isEmpty();
        assertThat(json).contains("\"versioncreated\" : \"2026-11-26T17:45:12Z\"");
        assertThat(List.of(json.split("\n"))).noneMatch(l -> l.endsWith(" "));
    }
}
