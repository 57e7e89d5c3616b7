package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.copydesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The article's spelling ignore list ("Ignore in this article") in the file. */
class IgnoredWordsCodecTest {

    @Test
    void theIgnoreListSurvivesARoundTripSortedAndOnce() throws Exception {
        Article a = ArticleCodecTest.full().withIgnoredWords(List.of("Tramlinie", "Zorbeck", "Tramlinie", " Muller "));
        assertThat(a.ignoredWords()).containsExactly("Muller", "Tramlinie", "Zorbeck");
        byte[] bytes = ArticleCodec.encode(a, Map.of());
        ArticleCodec.Decoded d = ArticleCodec.decode(bytes);
        assertThat(d.article()).isEqualTo(a);
        assertThat(d.article().ignoredWords()).containsExactly("Muller", "Tramlinie", "Zorbeck");
        assertThat(d.unknownFields()).isEmpty();
        String s = new String(bytes, StandardCharsets.UTF_8);
        // diff-friendly: at the end of the file, in sorted order
        assertThat(s.indexOf("\"ignoredWords\"")).isGreaterThan(s.indexOf("\"exports\""));
        assertThat(s.indexOf("\"Muller\"")).isLessThan(s.indexOf("\"Tramlinie\"")).isGreaterThan(s.indexOf("\"ignoredWords\""));
    }

    @Test
    void anArticleWithoutAnIgnoreListIsWrittenAsBefore() throws Exception {
        Article a = ArticleCodecTest.full();
        String s = new String(ArticleCodec.encode(a, Map.of()), StandardCharsets.UTF_8);
        assertThat(s).doesNotContain("ignoredWords");
        assertThat(ArticleCodec.decode(s.getBytes(StandardCharsets.UTF_8)).article().ignoredWords()).isEmpty();
    }

    @Test
    void entriesThatAreNotWordsAreLeftOutAndTheArticleStillOpens() throws Exception {
        String good = new String(ArticleCodec.encode(ArticleCodecTest.full(), Map.of()), StandardCharsets.UTF_8);
        String hostile = withField(good, "[\"Zorbeck\", 12, null, {\"a\": 1}, [\"x\"], \"\","
                + " \"two words\", \"tab\\tword\", \"" + "x".repeat(101) + "\", \"Muller\"]");
        ArticleCodec.Decoded d = ArticleCodec.decode(hostile.getBytes(StandardCharsets.UTF_8));
        assertThat(d.article().ignoredWords()).containsExactly("Muller", "Zorbeck");
        assertThat(d.article().body()).isEqualTo(ArticleCodecTest.full().body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "\"Zorbeck\"", "{\"Zorbeck\": true}", "null", "true"})
    void anIgnoreListThatIsNotAListIsNoListAndTheTextIsKept(String value) throws Exception {
        String good = new String(ArticleCodec.encode(ArticleCodecTest.full(), Map.of()), StandardCharsets.UTF_8);
        String hostile = withField(good, value);
        ArticleCodec.Decoded d = ArticleCodec.decode(hostile.getBytes(StandardCharsets.UTF_8));
        assertThat(d.article().ignoredWords()).isEmpty();
        assertThat(d.article().bodyText()).isEqualTo(ArticleCodecTest.full().bodyText());
    }

    /** The article's JSON with an "ignoredWords" field of this value added at the end. */
    private static String withField(String json, String value) {
        int close = json.lastIndexOf('}');
        return json.substring(0, close).stripTrailing() + ",\n  \"ignoredWords\": " + value + "\n}\n";
    }
}
