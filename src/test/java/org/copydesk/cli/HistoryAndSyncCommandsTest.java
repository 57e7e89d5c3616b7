package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.StoryDetails;
import org.copydesk.storage.Workspace;
import org.copydesk.testing.GitIsolation;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryAndSyncCommandsTest {
    @TempDir
    static Path config;
    static SystemReader before;

    /** Git reads its configuration from the test's folder only; the author comes from there. */
    @BeforeAll
    static void isolateGit() throws Exception {
        Files.writeString(config.resolve("user.gitconfig"), "[user]\n\tname = Chris Editor\n\temail = chris@desk.example\n");
        before = GitIsolation.isolate(config);
    }

    @AfterAll
    static void restoreGit() {
        GitIsolation.restore(before);
    }

    static String remote(Path dir) throws Exception {
        Git.init().setBare(true).setDirectory(dir.resolve("remote.git").toFile()).setInitialBranch("main").call().close();
        return dir.resolve("remote.git").toUri().toString();
    }

    static void write(Workspace ws, String... paragraphs) throws Exception {
        Article a = ws.exists("harbour") ? ws.get("harbour")
                : Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"));
        ws.saveOverwriting(a.withBody(Article.paragraphsOf(String.join("\n", paragraphs))));
    }

    /**
     * The command line's versions are by the author of the app's File ▸ Sync settings; without a name there, by git's
     * user; a settings file that does not read falls back the same way (and nothing is lost).
     */
    @Test
    void theAuthorComesFromTheAppsSettingsThenFromGit(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.json");
        String previous = System.getProperty(UserSettings.FILE_PROPERTY);
        System.setProperty(UserSettings.FILE_PROPERTY, settings.toString());
        try {
            Path wsDir = dir.resolve("ws");
            Workspace ws = Workspace.open(wsDir);
            String url = remote(dir);
            Files.writeString(settings, "{\"authorName\": \"Dana Desk\", \"authorEmail\": \"dana@desk.example\"}");
            write(ws, "The port was shut.");
            assertThat(CliRunner.run(wsDir, "sync", "--remote", url).exit()).isEqualTo(0);

            Files.writeString(settings, "{\"authorName\": \"  \"}");
            write(ws, "The port was shut for a week.");
            assertThat(CliRunner.run(wsDir, "sync").exit()).isEqualTo(0);

            Files.writeString(settings, "{ not json");
            CliRunner.Result restored = CliRunner.run(wsDir, "restore", "harbour", "HEAD~1");
            assertThat(restored.exit()).as(restored.err()).isEqualTo(0);

            JsonNode versions = Json.mapper().readTree(CliRunner.run(wsDir, "history", "harbour", "--json").out());
            assertThat(versions).hasSize(3);
            assertThat(versions.get(2).get("author").asText()).isEqualTo("Dana Desk");
            assertThat(versions.get(2).get("email").asText()).isEqualTo("dana@desk.example");
            assertThat(versions.get(1).get("author").asText()).isEqualTo("Chris Editor");
            assertThat(versions.get(0).get("author").asText()).isEqualTo("Chris Editor");
            assertThat(ws.get("harbour").body()).containsExactly(Paragraph.of("The port was shut."));
        } finally {
            if (previous == null) {
                System.clearProperty(UserSettings.FILE_PROPERTY);
            } else {
                System.setProperty(UserSettings.FILE_PROPERTY, previous);
            }
        }
    }

    @Test
    void historyDiffAndRestoreOfAnArticle(@TempDir Path dir) throws Exception {
        Path wsDir = dir.resolve("ws");
        Workspace ws = Workspace.open(wsDir);
        String url = remote(dir);
        write(ws, "The port was shut.");
        ws.saveOverwriting(ws.get("harbour").withDetails(new StoryDetails("Business", "harbour", null, 400))
                .withIgnoredWords(List.of("Rotterdamse")));
        assertThat(CliRunner.run(wsDir, "sync", "--remote", url).exit()).isEqualTo(0);
        write(ws, "The port was shut for a week.");
        ws.saveOverwriting(ws.get("harbour").withDetails(StoryDetails.NONE).withIgnoredWords(List.of()));
        CliRunner.Result synced = CliRunner.run(wsDir, "sync");
        assertThat(synced.exit()).as(synced.err()).isEqualTo(0);

        CliRunner.Result h = CliRunner.run(wsDir, "history", "harbour", "--json");
        assertThat(h.exit()).as(h.err()).isEqualTo(0);
        JsonNode versions = Json.mapper().readTree(h.out());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("author").asText()).isEqualTo("Chris Editor");
        assertThat(versions.get(0).get("wordsAdded").asInt()).isEqualTo(3); // "for a week"
        assertThat(versions.get(0).get("wordsRemoved").asInt()).isZero();
        String first = versions.get(1).get("commit").asText();
        String second = versions.get(0).get("commit").asText();
        assertThat(CliRunner.run(wsDir, "history", "harbour").out()).contains("Chris Editor").contains("+3 -0");

        CliRunner.Result d = CliRunner.run(wsDir, "diff", "harbour", first, second);
        assertThat(d.out()).contains("The port was shut{+ for a week+}.").contains("+3 words, -0 words");

        CliRunner.Result r = CliRunner.run(wsDir, "restore", "harbour", first.substring(0, 8));
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(ws.get("harbour").body()).containsExactly(Paragraph.of("The port was shut."));
        // the story's desk facts and spelling ignore list come back with the version, not only its text
        assertThat(ws.get("harbour").details()).isEqualTo(new StoryDetails("Business", "harbour", null, 400));
        assertThat(ws.get("harbour").ignoredWords()).containsExactly("Rotterdamse");
        // the restore is itself a version: three now, the newest a restore
        JsonNode after = Json.mapper().readTree(CliRunner.run(wsDir, "history", "harbour", "--json").out());
        assertThat(after).hasSize(3);
        assertThat(after.get(0).get("message").asText()).startsWith("Restore harbour");
    }

    @Test
    void syncExitsOneWhileConflictsAreLeftAndAnEmptyWorkspaceReceivesTheDesk(@TempDir Path dir) throws Exception {
        String url = remote(dir);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        write(Workspace.open(a), "The port was shut.", "Ships waited.");
        assertThat(CliRunner.run(a, "sync", "--remote", url).exit()).isEqualTo(0);
        CliRunner.Result got = CliRunner.run(b, "sync", "--remote", url);
        assertThat(got.out()).contains("received: harbour");
        write(Workspace.open(a), "The port was shut.", "Forty ships waited.");
        write(Workspace.open(b), "The port was shut.", "Some ships left.");
        assertThat(CliRunner.run(a, "sync").exit()).isEqualTo(0);
        CliRunner.Result c = CliRunner.run(b, "sync");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.out()).contains("conflict in harbour, body: mine «Some ships left.» | theirs «Forty ships waited.»");
        assertThat(c.err()).contains("conflicts to resolve in harbour");
        assertThat(Workspace.open(b).get("harbour").body()).extracting(Paragraph::text)
                .containsExactly("The port was shut.", "Some ships left.", "Forty ships waited.");
    }

    @Test
    void badInputIsOneClearLine(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.open(ws);
        CliRunner.Result none = CliRunner.run(ws, "sync");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no remote yet").doesNotContain("Exception");
        assertThat(CliRunner.run(ws, "history", "../etc").err()).contains("invalid article id");
        write(Workspace.open(ws), "Text.");
        CliRunner.run(ws, "sync", "--remote", remote(dir));
        CliRunner.Result bad = CliRunner.run(ws, "diff", "harbour", "nonsense-version");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("no version 'nonsense-version'").doesNotContain("\tat ");
        assertThat(List.of(CliRunner.run(ws, "restore", "harbour", "HEAD~7").err())).singleElement().asString().contains("no version");
    }
}
