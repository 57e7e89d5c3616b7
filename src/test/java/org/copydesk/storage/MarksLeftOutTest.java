package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Annotation never locks the text away: a file whose marks cannot be placed opens with all its text and its valid
 * marks; the others are left out and listed; the file stays as it is until the article is saved, and is then valid.
 */
class MarksLeftOutTest {
    /** "Il a dit «bonjour» hier." — 24 characters. */
    private static final String HEAD = "{\"formatVersion\": 1, \"id\": \"a\", \"headline\": \"Bonjour\", \"created\": \"2026-01-01T00:00:00Z\", "
            + "\"revision\": 3, \"body\": [{\"text\": \"Il a dit «bonjour» hier.\"}], ";
    private static final String VALID_MARK = "{\"start\": 9, \"end\": 18, \"language\": \"fr\", \"origin\": \"manual\"}";

    private static ArticleCodec.Decoded decode(String marks) throws ArticleFormatException {
        return ArticleCodec.decode((HEAD + marks + "}").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"languageMarks\": [VALID, {\"start\": 1260, \"end\": 1292, \"language\": \"fr\", \"origin\": \"manual\"}]",
        "\"languageMarks\": [VALID, {\"start\": -4, \"end\": 2, \"language\": \"fr\", \"origin\": \"manual\"}]",
        "\"languageMarks\": [VALID, {\"start\": 8, \"end\": 3, \"language\": \"fr\", \"origin\": \"manual\"}]",
        "\"languageMarks\": [VALID, {\"start\": 10, \"end\": 20, \"language\": \"de\", \"origin\": \"manual\"}]",
        "\"languageMarks\": [VALID, {\"start\": 0, \"end\": 2, \"language\": \"fr\", \"origin\": \"robot\"}]",
        "\"languageMarks\": [VALID, {\"start\": 0, \"end\": 2, \"origin\": \"manual\"}]",
        "\"languageMarks\": [VALID, {\"end\": 2, \"language\": \"fr\"}]",
        "\"languageMarks\": [VALID, {\"start\": \"zero\", \"end\": 2, \"language\": \"fr\"}]",
        "\"languageMarks\": [VALID, null]",
        "\"languageMarks\": [VALID, 42]",
        "\"languageMarks\": [VALID, {\"start\": 0, \"end\": 2, \"language\": \"\\\"><script>\"}]",
        "\"languageMarks\": [VALID], \"quoteMarks\": \"everything\"",
        "\"languageMarks\": [VALID], \"quoteMarks\": [{\"start\": 9, \"end\": 30}]",
        "\"languageMarks\": [VALID], \"quoteMarks\": [{\"start\": 0, \"end\": 12, \"origin\": \"manual\"}, {\"start\": 9, \"end\": 18, \"origin\": \"manual\"}]",
    })
    void anInvalidMarkIsLeftOutAndReportedAndTheTextAndTheValidMarksOpen(String marks) throws Exception {
        ArticleCodec.Decoded d = decode(marks.replace("VALID", VALID_MARK));
        assertThat(d.article().bodyText()).isEqualTo("Il a dit «bonjour» hier.");
        assertThat(d.article().headline()).isEqualTo("Bonjour");
        assertThat(d.article().languageMarks()).contains(new LanguageMark(9, 18, "fr", MarkOrigin.MANUAL));
        assertThat(d.marksLeftOut()).hasSize(1);
        assertThat(d.marksLeftOut().get(0)).doesNotContain("Exception").doesNotContain("java.");
    }

    /** Format 2 keeps marks in their paragraph: the same leniency there. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"start\": 30, \"end\": 40, \"language\": \"de\", \"origin\": \"manual\"}",
        "{\"start\": -1, \"end\": 4, \"language\": \"de\", \"origin\": \"manual\"}",
        "{\"start\": 0, \"end\": 4, \"language\": \"de\", \"origin\": \"someone\"}",
        "{\"start\": 0, \"end\": 4, \"origin\": \"manual\"}",
        "{\"start\": [], \"end\": 4, \"language\": \"de\"}",
        "\"de\"",
        "null",
        "{\"start\": 10, \"end\": 12, \"language\": \"de\", \"origin\": \"manual\"}",
    })
    void anInvalidMarkInAParagraphIsLeftOutAndReported(String bad) throws Exception {
        String json = "{\"formatVersion\": 2, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": ["
                + "{\"text\": \"Il a dit «bonjour» hier.\", \"languageMarks\": [" + VALID_MARK + ", " + bad + "]}]}";
        ArticleCodec.Decoded d = ArticleCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(d.article().bodyText()).isEqualTo("Il a dit «bonjour» hier.");
        assertThat(d.article().languageMarks()).containsExactly(new LanguageMark(9, 18, "fr", MarkOrigin.MANUAL));
        assertThat(d.marksLeftOut()).hasSize(1);
    }

    @Test
    void theReasonSaysWhichMarkAndWhy() throws Exception {
        ArticleCodec.Decoded d = decode("\"languageMarks\": [{\"start\": 1260, \"end\": 1292, \"language\": \"fr\", \"origin\": \"manual\"}],"
                + "\"quoteMarks\": [{\"start\": 0, \"end\": 4, \"origin\": \"by hand\"}]");
        assertThat(d.marksLeftOut()).containsExactly(
                "quotation mark [0, 4): unknown origin 'by hand'",
                "language mark [1260, 1292) fr: lies outside the body (24 characters)");
        assertThat(d.article().languageMarks()).isEmpty();
        assertThat(d.article().quoteMarks()).isEmpty();
    }

    @Test
    void aFileWithInvalidMarksIsEditableAndUntouchedUntilSavedThenWrittenValid(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        String json = HEAD + "\"languageMarks\": [" + VALID_MARK + ", {\"start\": 1260, \"end\": 1292, \"language\": \"fr\", \"origin\": \"manual\"}],"
                + "\"quoteMarks\": [{\"start\": 9, \"end\": 18, \"origin\": \"manual\"}, {\"start\": -1, \"end\": 0}]}";
        Path file = ws.fileOf("a");
        Files.writeString(file, json);

        ArticleEntry e = ws.load("a");
        assertThat(e.ok()).isTrue();
        assertThat(e.readOnly()).isFalse();
        assertThat(e.error()).isNull();
        assertThat(e.marksLeftOut()).hasSize(2);
        assertThat(ws.list()).singleElement().satisfies(x -> assertThat(x.marksLeftOut()).hasSize(2));
        assertThat(Files.readString(file)).as("reading writes nothing").isEqualTo(json);
        assertThat(ws.save(e.article())).as("saving what was read unchanged writes nothing").isNotNull();
        assertThat(Files.readString(file)).isEqualTo(json);

        Article edited = e.article().withHeadline("Bonjour, encore");
        Article saved = ws.save(edited);
        ArticleEntry again = ws.load("a");
        assertThat(again.marksLeftOut()).as("written valid").isEmpty();
        assertThat(again.article().bodyText()).isEqualTo("Il a dit «bonjour» hier.");
        assertThat(again.article().languageMarks()).containsExactly(new LanguageMark(9, 18, "fr", MarkOrigin.MANUAL));
        assertThat(again.article().quoteMarks()).containsExactly(new QuoteMark(9, 18, null, MarkOrigin.MANUAL));
        assertThat(saved.revision()).isEqualTo(4);
    }

    @Test
    void unreadableTextStillMakesTheArticleReadOnly(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        Files.writeString(ws.fileOf("a"), HEAD.replace("\"body\": [{", "\"body\": [7, {") + "\"languageMarks\": []}");
        ArticleEntry e = ws.load("a");
        assertThat(e.readOnly()).isTrue();
        assertThat(e.ok()).isFalse();
        assertThat(List.of(e.error())).singleElement().asString().isNotBlank();
    }
}
