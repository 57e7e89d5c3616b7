package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageTags;
import org.copydesk.model.StoryDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoryDetailsCodecTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    static Article withDetails() {
        return ArticleCodecTest.full().withLanguage("fr-CH")
                .withDetails(new StoryDetails("Économie", "port-strike-day3", Instant.parse("2026-12-01T06:00:00Z"), 800));
    }

    @Test
    void storyDetailsSurviveARoundTrip() throws Exception {
        Article a = withDetails();
        ArticleCodec.Decoded d = ArticleCodec.decode(ArticleCodec.encode(a, Map.of()));
        assertThat(d.article()).isEqualTo(a);
        assertThat(d.article().details().targetWords()).isEqualTo(800);
        assertThat(d.unknownFields()).isEmpty();
        String s = new String(ArticleCodec.encode(a, Map.of()), StandardCharsets.UTF_8);
        assertThat(s).contains("\"section\": \"Économie\"").contains("\"embargo\": \"2026-12-01T06:00:00Z\"")
                .contains("\"targetWords\": 800");
        // written right after the tags, before the times
        assertThat(s.indexOf("\"tags\"")).isLessThan(s.indexOf("\"section\""));
        assertThat(s.indexOf("\"targetWords\"")).isLessThan(s.indexOf("\"created\""));
    }

    @Test
    void anArticleWithoutDetailsIsWrittenAsBefore() {
        String s = new String(ArticleCodec.encode(ArticleCodecTest.full(), Map.of()), StandardCharsets.UTF_8);
        assertThat(s).doesNotContain("section").doesNotContain("slug").doesNotContain("embargo").doesNotContain("targetWords");
    }

    @Test
    void unknownFieldsStillSurviveBesideTheDetails() throws Exception {
        String json = new String(ArticleCodec.encode(withDetails(), Map.of()), StandardCharsets.UTF_8)
                .replaceFirst("\\{\n", "{\n  \"priority\": 3,\n");
        ArticleCodec.Decoded d = ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(d.article().details().slug()).isEqualTo("port-strike-day3");
        String again = new String(ArticleCodec.encode(d.article(), d.unknownFields()), StandardCharsets.UTF_8);
        assertThat(again).contains("\"priority\": 3").contains("\"slug\": \"port-strike-day3\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"embargo\": \"next tuesday\"", "\"targetWords\": -1", "\"targetWords\": \"many\"",
            "\"embargo\": {\"at\": 1}", "\"section\": [1, 2]"})
    void malformedDetailsGiveAClearErrorNotAnArticle(String field) {
        String json = new String(ArticleCodec.encode(ArticleCodecTest.full(), Map.of()), StandardCharsets.UTF_8)
                .replaceFirst("\\{\n", "{\n  " + field + ",\n");
        assertThatThrownBy(() -> ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageFindingMatch("embargo|targetWords|section");
    }

    @Test
    void languageTagsAreNormalisedAndRejectedClearly() {
        assertThat(LanguageTags.normalize("FR_ch")).isEqualTo("fr-CH");
        assertThat(LanguageTags.normalize(" pt-br ")).isEqualTo("pt-BR");
        assertThat(LanguageTags.normalize("de")).isEqualTo("de");
        assertThat(LanguageTags.primary("fr-CH")).isEqualTo("fr");
        for (String bad : new String[] {"", "french!", "12-34", "x".repeat(50), "en--GB"}) {
            assertThatThrownBy(() -> LanguageTags.normalize(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("language tag");
        }
    }
}
