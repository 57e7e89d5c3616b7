package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ExportRecord;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCodecTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    static Article full() {
        return new Article("port-strike", "Port strike « enters » third day", "Talks stall.", "Staff", "MARSEILLE",
                "en", ArticleStatus.EDITING, List.of("labour", "france"), T, T.plusSeconds(60),
                List.of(new Paragraph(ParagraphKind.PARAGRAPH, "« Nous tiendrons », said the union.",
                                List.of(new InlineSpan(0, 15, InlineStyle.ITALIC))),
                        Paragraph.of(ParagraphKind.SUBHEADING, "What next"),
                        Paragraph.of(ParagraphKind.BLOCKQUOTE, "“A quote.”")),
                List.of(new LanguageMark(2, 13, "fr", MarkOrigin.MANUAL)),
                List.of(new QuoteMark(0, 15, "the union", MarkOrigin.AUTO)),
                List.of(new RelatedLink("rail-freight", Relation.BACKGROUND, "context"), new RelatedLink("gone", Relation.SEE_ALSO, null)),
                List.of(new ExportRecord(T, "html", "/tmp/x.html")), 7);
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        Article a = full();
        ArticleCodec.Decoded d = ArticleCodec.decode(ArticleCodec.encode(a, Map.of()));
        assertThat(d.article()).isEqualTo(a);
        assertThat(d.unknownFields()).isEmpty();
    }

    @Test
    void outputIsDeterministicPrettyPrintedWithATrailingNewline() {
        byte[] one = ArticleCodec.encode(full(), Map.of());
        byte[] two = ArticleCodec.encode(full(), Map.of());
        assertThat(one).isEqualTo(two);
        String s = new String(one, StandardCharsets.UTF_8);
        assertThat(s).startsWith("{\n  \"formatVersion\": 2,\n  \"id\": \"port-strike\",\n  \"headline\"");
        assertThat(s).endsWith("}\n").doesNotContain("\r");
        // one paragraph per array element: each paragraph's text on its own line
        assertThat(s).contains("\n      \"text\": \"What next\"\n");
        assertThat(s).contains("« Nous tiendrons »"); // real characters, not \\u escapes
    }

    @Test
    void unknownFieldsSurviveDecodeAndEncode() throws Exception {
        String json = new String(ArticleCodec.encode(full(), Map.of()), StandardCharsets.UTF_8)
                .replaceFirst("\\{\n", "{\n  \"wordTarget\": 800,\n  \"workflow\": {\"desk\": \"foreign\", \"steps\": [1, 2]},\n");
        ArticleCodec.Decoded d = ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        String again = new String(ArticleCodec.encode(d.article(), d.unknownFields()), StandardCharsets.UTF_8);
        assertThat(again).contains("\"wordTarget\": 800").contains("\"desk\": \"foreign\"");
        assertThat(ArticleCodec.decode(again.getBytes(StandardCharsets.UTF_8)).unknownFields()).containsKeys("wordTarget", "workflow");
    }

    @Test
    void aNewerFormatIsRecognisedAsSuch() {
        String json = "{\"formatVersion\": 3, \"id\": \"x\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": []}";
        assertThatThrownBy(() -> ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("newer Copydesk")
                .matches(e -> ((ArticleFormatException) e).isNewerFormat());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "not json",
        "[]",
        "42",
        "{\"formatVersion\": 1,",
        "{\"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 1, \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 1, \"id\": \"../../etc/passwd\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 1, \"id\": \"a\"}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"yesterday\"}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": \"text\"}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": [null]}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": [{\"text\": \"two\\nlines\"}]}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": [{\"kind\": \"table\", \"text\": \"x\"}]}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"status\": \"published\"}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"links\": [{\"relation\": \"see-also\"}]}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"id\": \"b\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"} trailing",
        "{\"formatVersion\": \"one\", \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"revision\": -3}",
    })
    void malformedFilesGiveAClearErrorNotAnException(String json) {
        assertThatThrownBy(() -> ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageNotContaining("Exception")
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void deeplyNestedHostileJsonIsRejected() {
        String json = "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"x\": "
                + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class);
    }

    @Test
    void missingOptionalFieldsGetSensibleDefaults() throws Exception {
        String json = "{\"formatVersion\": 1, \"id\": \"minimal\", \"created\": \"2026-01-01T00:00:00Z\"}";
        Article a = ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8)).article();
        assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).isEmpty();
        assertThat(a.modified()).isEqualTo(a.created());
        assertThat(a.headline()).isEmpty();
    }
}
