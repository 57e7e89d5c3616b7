package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetCommandTest {
    @TempDir
    Path ws;
    Workspace workspace;
    String id;

    @BeforeEach
    void seed() throws Exception {
        workspace = Workspace.open(ws);
        Article a = workspace.create(Article.draft("", "Lyon adopte son plan vélo", "en", Instant.parse("2026-11-20T09:00:00Z"))
                .withBody(Article.paragraphsOf("La ville a voté mardi un plan de 200 millions d'euros pour les pistes cyclables."))
                .withByline("Rédaction locale"));
        id = a.id();
    }

    @Test
    void setsLanguageStatusTagsAndStoryDetailsAndShowJsonHasThem() throws Exception {
        CliRunner.Result r = CliRunner.run(ws, "set", id, "--language", "fr_ch", "--status", "editing",
                "--tag", "transport", "--tag", "Lyon", "--section", "Régions", "--slug", "plan-velo",
                "--embargo", "2026-12-01T07:00+01:00", "--target-words", "600", "--dateline", "LYON");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("fr-CH · editing · tags transport, Lyon · section Régions · slug plan-velo");

        JsonNode j = Json.mapper().readTree(CliRunner.run(ws, "show", "--json", id).out());
        assertThat(j.get("language").asText()).isEqualTo("fr-CH");
        assertThat(j.get("status").asText()).isEqualTo("editing");
        assertThat(j.get("tags").toString()).isEqualTo("[\"transport\",\"Lyon\"]");
        assertThat(j.get("section").asText()).isEqualTo("Régions");
        assertThat(j.get("slug").asText()).isEqualTo("plan-velo");
        assertThat(j.get("embargo").asText()).isEqualTo("2026-12-01T06:00:00Z");
        assertThat(j.get("targetWords").asInt()).isEqualTo(600);
        assertThat(j.get("dateline").asText()).isEqualTo("LYON");

        assertThat(CliRunner.run(ws, "show", id).out()).contains("Section: Régions · slug: plan-velo")
                .contains("Embargo until 2026-12-01T06:00:00Z").contains("Target length: 600 words");
    }

    @Test
    void tagsAreAddedOnceAndRemovedCaseInsensitively() throws Exception {
        CliRunner.run(ws, "set", id, "--tag", "transport");
        CliRunner.Result again = CliRunner.run(ws, "set", id, "--tag", "Transport", "--tag", "vélo");
        assertThat(again.exit()).isZero();
        assertThat(workspace.get(id).tags()).containsExactly("transport", "vélo");
        assertThat(CliRunner.run(ws, "set", id, "--untag", "TRANSPORT").exit()).isZero();
        assertThat(workspace.get(id).tags()).containsExactly("vélo");
        CliRunner.Result missing = CliRunner.run(ws, "set", id, "--untag", "sport");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("has no tag 'sport'");
    }

    @Test
    void clearingEmbargoAndTargetRemovesThemFromTheFile() throws Exception {
        CliRunner.run(ws, "set", id, "--embargo", "2026-12-01T06:00Z", "--target-words", "500");
        assertThat(CliRunner.run(ws, "set", id, "--embargo", "none", "--target-words", "0").exit()).isZero();
        String json = Files.readString(workspace.fileOf(id));
        assertThat(json).doesNotContain("embargo").doesNotContain("targetWords");
    }

    @Test
    void markingReadyRunsThePreflightAndRefusesABlocker() throws Exception {
        Article noHeadline = workspace.get(id).withHeadline("");
        workspace.save(noHeadline);
        CliRunner.Result r = CliRunner.run(ws, "set", id, "--status", "ready");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no headline").contains("not marked ready");
        assertThat(workspace.get(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(CliRunner.run(ws, "set", id, "--status", "ready", "--force").exit()).isZero();
        assertThat(workspace.get(id).status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void aCleanStoryIsMarkedReady() throws Exception {
        CliRunner.Result r = CliRunner.run(ws, "set", id, "--language", "fr", "--status", "ready");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(workspace.get(id).status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void badValuesExitOneWithOneLineAndChangeNothing() throws Exception {
        byte[] before = Files.readAllBytes(workspace.fileOf(id));
        String[][] bad = {
                {"--language", "not a tag!"}, {"--language", ""}, {"--status", "published"}, {"--status", "exported"},
                {"--embargo", "tomorrow"}, {"--target-words", "-5"}, {"--tag", "a,b"}, {"--tag", " "},
                {"--byline", "two\nlines"}, {"--language", "x".repeat(100)}};
        for (String[] args : bad) {
            String[] all = new String[args.length + 2];
            all[0] = "set";
            all[1] = id;
            System.arraycopy(args, 0, all, 2, args.length);
            CliRunner.Result r = CliRunner.run(ws, all);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(workspace.fileOf(id))).isEqualTo(before);
        assertThat(CliRunner.run(ws, "set", "no-such-article", "--status", "editing").exit()).isEqualTo(1);
        assertThat(CliRunner.run(ws, "set", "../etc", "--status", "editing").exit()).isEqualTo(1);
    }

    @Test
    void nothingToChangeWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(workspace.fileOf(id));
        CliRunner.Result r = CliRunner.run(ws, "set", id, "--language", "en");
        assertThat(r.out()).contains("nothing to change");
        assertThat(Files.readAllBytes(workspace.fileOf(id))).isEqualTo(before);
    }
}
