package org.copydesk.storage;

import org.copydesk.PropertySeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;

/** Properties of the article file reader and of ids, on arbitrary input. */
class ReaderPropertiesTest {

    @Property(tries = 500, seed = PropertySeed.CI)
    void anySequenceOfBytesIsReadOrRejectedWithAFormatError(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            ArticleCodec.decode(bytes);
        } catch (ArticleFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300, seed = PropertySeed.CI)
    void arbitraryJsonLikeTextNeverEscapesAsAnotherException(@ForAll @StringLength(max = 200) String tail) {
        String json = "{\"formatVersion\": 1, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": [" + tail;
        try {
            ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        } catch (ArticleFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500, seed = PropertySeed.CI)
    void everyHeadlineGivesASafeId(@ForAll String headline) {
        String id = Slugs.of(headline);
        assertThat(Slugs.isValidId(id)).as(id).isTrue();
    }

    @Property(tries = 200, seed = PropertySeed.CI)
    void anyTextSurvivesAWriteAndReadUnchanged(@ForAll @StringLength(max = 300) String headline,
                                               @ForAll @Size(max = 5) List<@StringLength(max = 80) String> paragraphs) throws Exception {
        List<Paragraph> body = paragraphs.stream().map(p -> Paragraph.of(p.replace('\n', ' '))).toList();
        Article a = Article.draft("any", headline, "fr", Instant.parse("2026-11-27T00:00:00Z")).withBody(body);
        byte[] bytes = ArticleCodec.encode(a, Map.of());
        assertThat(ArticleCodec.decode(bytes).article()).isEqualTo(a);
        assertThat(ArticleCodec.encode(ArticleCodec.decode(bytes).article(), Map.of())).isEqualTo(bytes);
    }
}
