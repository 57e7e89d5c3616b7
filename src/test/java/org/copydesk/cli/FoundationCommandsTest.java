package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoundationCommandsTest {
    @TempDir
    Path ws;
    @TempDir
    Path files;

    @BeforeEach
    void seed() throws Exception {
        Workspace.open(ws).seedSamples();
    }

    @Test
    void listShowsEveryArticleAndJsonIsParseable() throws Exception {
        CliRunner.Result r = CliRunner.run(ws, "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("dockers-strike-halts-marseille-port").contains("lyon-adopte-son-plan-velo");
        CliRunner.Result j = CliRunner.run(ws, "list", "--json");
        JsonNode rows = Json.mapper().readTree(j.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isEqualTo(6);
        assertThat(rows.findValuesAsText("status")).contains("ready", "draft", "editing", "exported");
    }

    @Test
    void listReportsAnUnreadableFileAndStillListsTheRest() throws Exception {
        Files.writeString(ws.resolve("articles/zz-broken.json"), "{ nope");
        CliRunner.Result r = CliRunner.run(ws, "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("zz-broken").contains("ERROR").contains("lyon-adopte-son-plan-velo");
    }

    @Test
    void showPrintsTheArticleAndBrokenLinks() {
        CliRunner.Result r = CliRunner.run(ws, "show", "flood-warnings-lifted-along-the-loire");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Flood warnings lifted along the Loire")
                .contains("“The worst is behind us")
                .contains("follow-up: loire-flood-insurance-claims (broken: no such article)");
        CliRunner.Result j = CliRunner.run(ws, "show", "--json", "flood-warnings-lifted-along-the-loire");
        assertThat(j.out()).contains("\"formatVersion\"");
    }

    @Test
    void badIdsAndMissingArticlesExitOneWithOneLine() {
        for (String id : new String[] {"../../etc/passwd", "no-such-article"}) {
            CliRunner.Result r = CliRunner.run(ws, "show", id);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("copydesk: ").doesNotContain("Exception");
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run(ws, "frobnicate").exit()).isEqualTo(2);
        assertThat(CliRunner.run(ws, "show").exit()).isEqualTo(2);
        assertThat(CliRunner.run(ws, "list", "--nope").exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : CopydeskCommand.commandLine().getSubcommands().keySet()) {
            CliRunner.Result r = CliRunner.run(null, cmd, "--help");
            assertThat(r.exit()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: copydesk " + cmd);
        }
    }

    @Test
    void importMakesOneArticlePerFileAndPrintsTheIds() throws Exception {
        Path f = files.resolve("story.txt");
        Files.writeString(f, "\n\nCouncil backs « plan vélo »\n\nFirst paragraph\ncontinues here.\n\n\nSecond paragraph.\n");
        CliRunner.Result r = CliRunner.run(ws, "import", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("council-backs-plan-velo");
        var a = Workspace.open(ws).get("council-backs-plan-velo");
        assertThat(a.headline()).isEqualTo("Council backs « plan vélo »");
        assertThat(a.body()).extracting(p -> p.text()).containsExactly("First paragraph continues here.", "Second paragraph.");
    }

    @Test
    void importOfBadBytesNamesTheFileAndPositionAndCreatesNothing() throws Exception {
        Path bad = files.resolve("bad.txt");
        // 0x81 is no character in UTF-8, Windows-1252 or ISO-8859-1 (where it is a control code): not text in any encoding
        Files.write(bad, "Title\n\nCaf\u0081 ok\n".getBytes(StandardCharsets.ISO_8859_1));
        Path good = files.resolve("good.txt");
        Files.writeString(good, "Good title\n\nBody.\n");
        long before = Workspace.open(ws).ids().size();
        CliRunner.Result r = CliRunner.run(ws, "import", bad.toString(), good.toString(), files.resolve("missing.txt").toString(), files.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.txt: not valid UTF-8 at byte 10 (line 3, column 4)")
                .contains("missing.txt: no such file").contains("is a folder");
        assertThat(r.out().strip()).isEqualTo("good-title");
        assertThat(Workspace.open(ws).ids()).hasSize((int) before + 1);
    }

    @Test
    void importOfAnEmptyFileIsAClearError() throws Exception {
        Path empty = files.resolve("empty.txt");
        Files.writeString(empty, "\n  \n");
        CliRunner.Result r = CliRunner.run(ws, "import", empty.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt: the file has no text");
    }
}
