package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding binds straight to the file format when it can; unusual files still get the careful path's verdict. */
class ArticleCodecFastPathTest {
    static final String OK = """
            {"formatVersion": 1, "id": "storm", "headline": "Storm", "created": "2026-11-20T09:00:00Z",
             "body": [{"text": "A storm."}], "futureField": {"kept": true}}
            """;

    static ArticleCodec.Decoded decode(String json) throws ArticleFormatException {
        return ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOrdinaryFileDecodesWithItsUnknownFields() throws Exception {
        ArticleCodec.Decoded d = decode(OK);
        assertThat(d.article().headline()).isEqualTo("Storm");
        assertThat(d.unknownFields()).containsKey("futureField");
        byte[] again = ArticleCodec.encode(d.article(), d.unknownFields());
        assertThat(ArticleCodec.decode(again).article()).isEqualTo(d.article());
    }

    @Test
    void unusualFilesGetTheSameClearErrorsAsBefore() {
        assertThatThrownBy(() -> decode("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> decode("[1, 2]")).hasMessageContaining("not an article");
        assertThatThrownBy(() -> decode(OK.replace("\"headline\": \"Storm\"", "\"headline\": \"Storm\", \"headline\": \"Twice\"")))
                .hasMessageContaining("not valid article JSON");
        assertThatThrownBy(() -> decode(OK + " {}")).hasMessageContaining("not valid article JSON");
        assertThatThrownBy(() -> decode(OK.replace("\"formatVersion\": 1", "\"formatVersion\": 7")))
                .isInstanceOfSatisfying(ArticleFormatException.class, e -> assertThat(e.isNewerFormat()).isTrue());
        assertThatThrownBy(() -> decode(OK.replace("\"formatVersion\": 1", "\"formatVersion\": 7, \"body\": 3").replace("\"body\": [{\"text\": \"A storm.\"}],", "")))
                .isInstanceOfSatisfying(ArticleFormatException.class, e -> assertThat(e.isNewerFormat()).isTrue());
        assertThatThrownBy(() -> decode(OK.replace("\"body\": [{\"text\": \"A storm.\"}]", "\"body\": \"A storm.\"")))
                .hasMessageContaining("not valid article JSON");
    }

    @TempDir
    Path dir;

    @Test
    void theParallelListKeepsOrderAndListsUnreadableFilesWithTheirError() throws Exception {
        Workspace ws = Workspace.open(dir);
        for (int i = 0; i < 40; i++) {
            ws.create(Article.draft("x", "Story " + i, "en", Instant.parse("2026-11-20T09:00:00Z")));
        }
        Files.writeString(ws.articlesDir().resolve("broken.json"), "{ nope");
        List<ArticleEntry> list = ws.list();
        assertThat(list).hasSize(41);
        assertThat(list).extracting(ArticleEntry::id).isSorted();
        assertThat(list).filteredOn(e -> !e.ok()).singleElement()
                .satisfies(e -> assertThat(e.error()).contains("not valid article JSON"));
    }
}
