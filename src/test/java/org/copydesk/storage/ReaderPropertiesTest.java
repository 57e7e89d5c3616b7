package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;

/** Properties of the article file reader and of ids, on arbitrary input. */
class ReaderPropertiesTest {

    @Property(tries = 500)
    void anySequenceOfBytesIsReadOrRejectedWithAFormatError(Gen gen) {
        byte[] bytes = gen.bytes(400);
        try {
            ArticleCodec.decode(bytes);
        } catch (ArticleFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void arbitraryJsonLikeTextNeverEscapesAsAnotherException(Gen gen) {
        String tail = gen.bool() ? gen.anyString(200) : gen.string("{}[]\",:0123456789.eE+-truefalsnl \\u", 0, 200);
        String json = "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": [" + tail;
        try {
            ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        } catch (ArticleFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void everyHeadlineGivesASafeId(Gen gen) {
        String headline = gen.anyString(200);
        String id = Slugs.of(headline);
        assertThat(Slugs.isValidId(id)).as(id).isTrue();
    }

    @Property(tries = 200)
    void anyTextSurvivesAWriteAndReadUnchanged(Gen gen) throws Exception {
        String headline = gen.text(300);
        List<String> paragraphs = gen.list(0, 5, () -> gen.text(80));
        List<Paragraph> body = paragraphs.stream().map(p -> Paragraph.of(p.replace('\n', ' '))).toList();
        Article a = Article.draft("any", headline, "fr", Instant.parse("2026-11-27T00:00:00Z")).withBody(body);
        byte[] bytes = ArticleCodec.encode(a, Map.of());
        assertThat(ArticleCodec.decode(bytes).article()).isEqualTo(a);
        assertThat(ArticleCodec.encode(ArticleCodec.decode(bytes).article(), Map.of())).isEqualTo(bytes);
    }
}
