package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.model.StoryDetails;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The article list reads summaries with a lean reader of the list fields: it must show what the full reader shows
 * (headline, status, language, tags, section, dates, word count, revision), list every unreadable file with its
 * reason, and never change a file.
 */
class ArticleSummaryTest {
    private static final String OK_HEAD = "{\"formatVersion\": 2, \"id\": \"a\", \"headline\": \"Storm\", \"created\": \"2026-01-01T00:00:00Z\"";

    @TempDir
    Path dir;

    @Property(tries = 150)
    void theSummaryOfAnyArticleIsWhatTheFullReaderGives(Gen gen) throws Exception {
        Article a = Article.draft("any", gen.text(120).replace('\n', ' '), gen.oneOf("en", "fr", "de-CH", ""),
                Instant.parse("2026-11-27T08:00:00Z"))
                .withStandfirst(gen.text(200).replace('\n', ' '))
                .withStatus(gen.oneOf(ArticleStatus.values()))
                .withTags(gen.list(0, 4, () -> gen.string("abcdéfg -'’", 1, 12)))
                .withDetails(StoryDetails.NONE.withSection(gen.bool() ? "" : gen.string("Sportéconomie ", 1, 14)))
                .withBody(gen.list(0, 8, () -> Paragraph.of(gen.text(300).replace('\n', ' '))))
                .savedAt(Instant.parse("2026-11-28T09:30:00Z"), gen.between(1, 1_000_000));
        byte[] bytes = ArticleCodec.encode(a, Map.of());
        Article full = ArticleCodec.decode(bytes).article();

        ArticleSummary s = SummaryReader.read("any", bytes);

        assertThat(s).isEqualTo(ArticleSummary.of(full));
        assertThat(s.wordCount()).isEqualTo(full.wordCount());
        assertThat(s.ok()).isTrue();
    }

    @Test
    void aWorkspaceListsTheSameArticlesAsSummariesAsInFull() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.seedSamples();
        Files.writeString(ws.articlesDir().resolve("broken.json"), "{\"formatVersion\": 2, \"id\": \"broken\"", StandardCharsets.UTF_8);

        List<ArticleSummary> summaries = ws.summaries();
        List<ArticleEntry> full = ws.list();

        assertThat(summaries).extracting(ArticleSummary::id).containsExactlyElementsOf(full.stream().map(ArticleEntry::id).toList());
        for (int i = 0; i < full.size(); i++) {
            if (full.get(i).ok()) {
                assertThat(summaries.get(i)).isEqualTo(ArticleSummary.of(full.get(i)));
            } else {
                assertThat(summaries.get(i).ok()).isFalse();
            }
        }
        assertThat(summaries).hasSizeGreaterThan(3);
        ArticleSummary broken = summaries.stream().filter(s -> s.id().equals("broken")).findFirst().orElseThrow();
        assertThat(broken.ok()).isFalse();
        assertThat(broken.error()).contains("not valid article JSON");
        assertThat(summaries.stream().filter(ArticleSummary::ok).mapToInt(ArticleSummary::wordCount).sum()).isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "[]",
        "\"an article\"",
        "42",
        "{",
        OK_HEAD,
        OK_HEAD + "} trailing",
        OK_HEAD + "}}",
        "{\"id\": \"a\", \"headline\": \"x\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": null, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": \"2\", \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 0, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 1.5, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 99, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 2, \"id\": \"../../etc/passwd\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 2, \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 2, \"id\": \"a\"}",
        "{\"formatVersion\": 2, \"id\": \"a\", \"created\": \"yesterday\"}",
        "{\"formatVersion\": 2, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"soon\"}",
        OK_HEAD + ", \"status\": \"published-maybe\"}",
        OK_HEAD + ", \"headline\": {\"text\": \"x\"}}",
        OK_HEAD + ", \"tags\": \"politics\"}",
        OK_HEAD + ", \"tags\": [[\"nested\"]]}",
        OK_HEAD + ", \"body\": \"one long text\"}",
        OK_HEAD + ", \"body\": [null]}",
        OK_HEAD + ", \"body\": [\"text\"]}",
        OK_HEAD + ", \"revision\": \"three\"}",
        "{\"formatVersion\": 2, \"id\": \"a\", \"id\": \"b\", \"created\": \"2026-01-01T00:00:00Z\"}",
        "{\"formatVersion\": 2, \"id\": \"a\", \"created\": \"2026-01-01T00:00:00Z\", \"body\": [{\"text\": \"unterminated",
        "\u0000\u0001binary\u00ff",
    })
    void aFileThatIsNotAnArticleIsListedWithItsReasonAndLeftAsItIs(String content) throws Exception {
        Workspace ws = Workspace.open(dir);
        Path file = ws.articlesDir().resolve("a.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        ArticleSummary s = ws.summary("a");

        assertThat(s.ok()).as(s.toString()).isFalse();
        assertThat(s.id()).isEqualTo("a");
        assertThat(s.error()).isNotBlank().doesNotContain("Exception").doesNotContain("java.").doesNotContain("com.fasterxml");
        assertThat(ws.load("a").ok()).as("the full reader refuses it too").isFalse();
        assertThat(ws.summaries()).containsExactly(s);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileOfANewerFormatSaysSo() throws Exception {
        Workspace ws = Workspace.open(dir);
        Files.writeString(ws.articlesDir().resolve("a.json"), "{\"formatVersion\": 3, \"id\": \"a\"}", StandardCharsets.UTF_8);

        assertThat(ws.summary("a").error()).contains("newer Copydesk").contains("read-only");
    }

    @Test
    void aFileWhoseIdIsAnotherIsListedUnderItsFileNameWithItsFieldsAndOpensReadOnly() throws Exception {
        Workspace ws = Workspace.open(dir);
        Files.writeString(ws.articlesDir().resolve("a.json"), "{\"formatVersion\": 2, \"id\": \"b\", \"headline\": \"Storm\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"body\": [{\"text\": \"Two words\"}]}", StandardCharsets.UTF_8);

        ArticleSummary s = ws.summary("a");

        assertThat(s.ok()).isTrue();
        assertThat(s.id()).isEqualTo("a");
        assertThat(s.headline()).isEqualTo("Storm");
        assertThat(s.wordCount()).isEqualTo(3);
        assertThat(s.error()).contains("'b'").contains("read-only");
        assertThat(ws.load("a").readOnly()).isTrue();
    }

    @Test
    void oddEntriesOfTheArticlesFolderAreListedNotRead() throws Exception {
        Workspace ws = Workspace.open(dir);
        Files.createDirectory(ws.articlesDir().resolve("folder.json"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "{}", StandardCharsets.UTF_8);
        Files.createSymbolicLink(ws.articlesDir().resolve("away.json"), outside);
        byte[] big = new byte[(int) Limits.MAX_FILE_BYTES + 10];
        Arrays.fill(big, (byte) ' ');
        Files.write(ws.articlesDir().resolve("huge.json"), big);

        List<ArticleSummary> s = ws.summaries();

        assertThat(s).extracting(ArticleSummary::id).containsExactly("away", "folder", "huge");
        assertThat(s).allSatisfy(x -> assertThat(x.ok()).isFalse());
        assertThat(s.get(0).error()).contains("outside the workspace");
        assertThat(s.get(1).error()).contains("folder");
        assertThat(s.get(2).error()).contains("larger than");
    }
}
