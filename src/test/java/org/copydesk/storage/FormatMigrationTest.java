package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Format 2 keeps marks in their paragraphs; format 1 files (marks as body offsets) are migrated on read. */
class FormatMigrationTest {
    /** Format 1: a French mark in the first paragraph, a quotation in each of the others (body offsets). */
    static final String V1 = """
            {
              "formatVersion": 1,
              "id": "harbour",
              "headline": "Harbour",
              "created": "2026-11-20T09:00:00Z",
              "body": [
                {"text": "Le port est fermé, he said."},
                {"text": "“It will reopen.” Maybe."},
                {"text": "“Or not,” said another."}
              ],
              "languageMarks": [{"start": 0, "end": 17, "language": "fr", "origin": "manual"}],
              "quoteMarks": [{"start": 28, "end": 45, "speaker": null, "origin": "auto"},
                             {"start": 53, "end": 61, "speaker": "another", "origin": "auto"}],
              "wordTarget": 400
            }
            """;

    /** The same article as format 2 writes it by hand: marks in their paragraphs, offsets into the paragraph. */
    static final String V2 = """
            {
              "formatVersion": 2,
              "id": "harbour",
              "headline": "Harbour",
              "created": "2026-11-20T09:00:00Z",
              "body": [
                {"text": "Le port est fermé, he said.",
                 "languageMarks": [{"start": 0, "end": 17, "language": "fr", "origin": "manual"}]},
                {"text": "“It will reopen.” Maybe.", "quoteMarks": [{"start": 0, "end": 17, "origin": "auto"}]},
                {"text": "“Or not,” said another.", "quoteMarks": [{"start": 0, "end": 8, "speaker": "another", "origin": "auto"}]}
              ],
              "wordTarget": 400
            }
            """;

    static Article decode(String s) throws ArticleFormatException {
        return ArticleCodec.decode(s.getBytes(StandardCharsets.UTF_8)).article();
    }

    @Test
    void aFormat1FileReadsAsTheSameArticleAsFormat2() throws Exception {
        Article old = decode(V1);
        assertThat(old.languageMarks()).containsExactly(new LanguageMark(0, 17, "fr", MarkOrigin.MANUAL));
        assertThat(old.bodyText().substring(28, 45)).isEqualTo("“It will reopen.”");
        assertThat(decode(V2)).isEqualTo(old);
    }

    @Test
    void writingMigratesToFormat2WithMarksInTheirParagraph() throws Exception {
        ArticleCodec.Decoded d = ArticleCodec.decode(V1.getBytes(StandardCharsets.UTF_8));
        String written = new String(ArticleCodec.encode(d.article(), d.unknownFields()), StandardCharsets.UTF_8);
        assertThat(written).contains("\"formatVersion\": 2")
                .doesNotContain("\n  \"languageMarks\"").doesNotContain("\n  \"quoteMarks\"")
                .contains("\"wordTarget\": 400");
        // the French mark sits in the first paragraph's object, right after its text
        int first = written.indexOf("Le port est fermé");
        int second = written.indexOf("It will reopen");
        assertThat(written.indexOf("\"language\": \"fr\"")).isBetween(first, second);
        assertThat(decode(written)).isEqualTo(d.article());
    }

    @Test
    void aMarkOverTwoParagraphsIsStoredAsTwoPiecesAndReadBackWhole() throws Exception {
        Article a = decode(V1).withQuoteMarks(List.of(new QuoteMark(20, 35, "him", MarkOrigin.MANUAL)));
        String written = new String(ArticleCodec.encode(a, Map.of()), StandardCharsets.UTF_8);
        assertThat(written).contains("\"continues\": true");
        assertThat(decode(written).quoteMarks()).containsExactly(new QuoteMark(20, 35, "him", MarkOrigin.MANUAL));
    }

    @Test
    void aWorkspaceSaveRewritesAFormat1FileAsFormat2AndKeepsEverything(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        Files.writeString(ws.fileOf("harbour"), V1);
        Article a = ws.get("harbour");
        ws.save(a.withHeadline("Harbour closed"));
        String after = Files.readString(ws.fileOf("harbour"));
        assertThat(after).contains("\"formatVersion\": 2").contains("\"wordTarget\": 400");
        assertThat(ws.get("harbour").quoteMarks()).isEqualTo(a.quoteMarks());
        assertThat(ws.get("harbour").languageMarks()).isEqualTo(a.languageMarks());
    }

    @Test
    void aFileOfALaterFormatStaysReadOnly() {
        String v3 = V2.replace("\"formatVersion\": 2", "\"formatVersion\": 3");
        assertThatThrownBy(() -> decode(v3)).isInstanceOf(ArticleFormatException.class)
                .matches(e -> ((ArticleFormatException) e).isNewerFormat());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"text\": \"abc\", \"languageMarks\": [{\"start\": 1, \"end\": 9, \"language\": \"fr\"}]}",
        "{\"text\": \"abc\", \"languageMarks\": [{\"start\": 2, \"end\": 1, \"language\": \"fr\"}]}",
        "{\"text\": \"abc\", \"languageMarks\": [{\"start\": 1, \"language\": \"fr\"}]}",
        "{\"text\": \"abc\", \"languageMarks\": [{\"start\": 0, \"end\": 1}]}",
        "{\"text\": \"abc\", \"languageMarks\": [null]}",
        "{\"text\": \"abc\", \"quoteMarks\": [{\"start\": -4, \"end\": 1}]}",
        "{\"text\": \"abc\", \"quoteMarks\": [{\"start\": 0, \"end\": 1, \"origin\": \"alien\"}]}",
        "{\"text\": \"abc\", \"quoteMarks\": [{\"start\": 0, \"end\": 3, \"continues\": true}]}",
        "{\"text\": \"abc\", \"quoteMarks\": [{\"start\": 0, \"end\": 1, \"continues\": \"yes\"}]}",
        "{\"text\": \"abc\", \"quoteMarks\": {\"start\": 0}}"
    })
    void aMalformedMarkInAParagraphIsLeftOutAndReportedAndTheTextStillOpens(String paragraph) throws Exception {
        // issue 10: annotation never locks the text away
        String json = "{\"formatVersion\": 2, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": [" + paragraph + "]}";
        ArticleCodec.Decoded d = ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(d.article().bodyText()).isEqualTo("abc");
        // what can be placed stays (a quotation said to continue past the last paragraph keeps its text here)
        assertThat(d.article().languageMarks()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(3));
        assertThat(d.article().quoteMarks()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(3));
        assertThat(d.marksLeftOut()).singleElement().asString().isNotBlank().doesNotContain("Exception");
    }
}
