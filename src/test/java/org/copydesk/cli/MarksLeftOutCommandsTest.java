package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `show` and `list` read a file whose marks cannot be placed: the text, with a warning, never an error. */
class MarksLeftOutCommandsTest {
    @TempDir
    Path ws;
    private String json;

    @BeforeEach
    void brokenMarks() throws Exception {
        Workspace.open(ws);
        // the file issue 10 describes: a hand mark shifted past the end of the body by the old editor
        json = """
                {"formatVersion": 1, "id": "marseille", "headline": "Dockers walk out", "created": "2026-11-27T08:00:00Z",
                 "body": [{"text": "The union said: on ne lâchera rien."}, {"text": "Talks resume on Monday."}],
                 "languageMarks": [{"start": 1260, "end": 1292, "language": "fr", "origin": "manual"},
                                   {"start": 16, "end": 35, "language": "fr", "origin": "manual"}],
                 "quoteMarks": [{"start": -3, "end": 2, "origin": "manual"}]}
                """;
        Files.writeString(ws.resolve("articles/marseille.json"), json);
    }

    @Test
    void showPrintsTheTextAndWarnsAboutTheMarksLeftOut() throws Exception {
        CliRunner.Result r = CliRunner.run(ws, "show", "marseille");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Dockers walk out").contains("on ne lâchera rien.").contains("Talks resume on Monday.");
        assertThat(r.err()).startsWith("warning: marseille: 2 marks could not be placed and were left out")
                .contains("language mark [1260, 1292) fr: lies outside the body (59 characters)")
                .contains("quotation mark [-3, 2): negative offset")
                .doesNotContain("Exception");
        assertThat(Files.readString(ws.resolve("articles/marseille.json"))).as("reading rewrites nothing").isEqualTo(json);
    }

    @Test
    void listListsTheArticleAsReadableWithTheWarning() throws Exception {
        CliRunner.Result r = CliRunner.run(ws, "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("marseille").contains("Dockers walk out").doesNotContain("ERROR");
        assertThat(r.err()).contains("warning: marseille: 2 marks could not be placed");
        JsonNode rows = Json.mapper().readTree(CliRunner.run(ws, "list", "--json").out());
        assertThat(rows.get(0).get("readOnly").asBoolean()).isFalse();
        assertThat(rows.get(0).get("error").isNull()).isTrue();
        assertThat(rows.get(0).get("marksLeftOut").size()).isEqualTo(2);
    }
}
