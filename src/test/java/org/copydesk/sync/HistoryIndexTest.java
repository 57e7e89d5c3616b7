package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.copydesk.testing.GitIsolation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history index beside the repository: written as commits are made, so a listing reads no trees and no article
 * versions; the same versions as a listing worked out from git alone; a damaged index is worked out again.
 */
@ExtendWith(GitIsolation.PerClass.class)
class HistoryIndexTest {
    static void edit(Workspace ws, String text) throws Exception {
        Article a = ws.get("harbour");
        List<Paragraph> body = new ArrayList<>(a.body());
        body.add(Paragraph.of(text));
        ws.save(a.withBody(body));
    }

    static Path index(Path ws) {
        return ws.resolve(".git").resolve("copydesk-history").resolve("harbour");
    }

    /** Three versions: two committed as the editor does, one as a sync does (every change in the workspace). */
    static Workspace desk(Path dir) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("anna"));
        ws.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf("The port was shut.")));
        try (DeskRepository repo = DeskRepository.open(ws)) {
            repo.commitArticles(List.of("harbour"), Desks.ANNA, "start");
            edit(ws, "Ships wait outside the harbour.");
            repo.commitArticles(List.of("harbour"), Desks.ANNA, "edit");
            edit(ws, "The mayor is pleased.");
            repo.commitAll(Desks.ANNA, "edit again");
        }
        return ws;
    }

    @Test
    void commitsWriteTheirLineAndTheListingEqualsOneWorkedOutFromGitAlone(@TempDir Path dir) throws Exception {
        Workspace ws = desk(dir);
        assertThat(Files.readAllLines(index(ws.root()))).hasSize(3);
        List<Version> fromIndex;
        try (DeskRepository repo = DeskRepository.open(ws)) {
            fromIndex = repo.history("harbour");
        }
        Files.delete(index(ws.root()));
        List<Version> fromGit;
        try (DeskRepository repo = DeskRepository.open(ws)) {
            fromGit = repo.history("harbour");
        }
        assertThat(fromIndex).isEqualTo(fromGit).hasSize(3);
        assertThat(fromGit).extracting(Version::wordsAdded).containsExactly(4, 5, 6);
        // the listing wrote what it worked out: the next one reads it
        assertThat(Files.readAllLines(index(ws.root()))).hasSize(3);
    }

    @Test
    void aDamagedOrHostileIndexIsWorkedOutAgainFromGit(@TempDir Path dir) throws Exception {
        Workspace ws = desk(dir);
        List<Version> expected;
        try (DeskRepository repo = DeskRepository.open(ws)) {
            expected = repo.history("harbour");
        }
        List<String> lines = Files.readAllLines(index(ws.root()));
        String torn = lines.get(0).substring(0, 30);
        String garbage = Stream.of("\u0000\u0001binary", "", "zzzz - 1 1 1", lines.get(1).replace(" 1 ", " 7 "),
                lines.get(1).replaceFirst(" \\d+ \\d+$", " -5 2"), "x".repeat(10_000)).reduce((x, y) -> x + "\n" + y).orElseThrow();
        Files.writeString(index(ws.root()), torn + "\n" + garbage + "\n", StandardCharsets.ISO_8859_1);
        try (DeskRepository repo = DeskRepository.open(ws)) {
            assertThat(repo.history("harbour")).isEqualTo(expected);
            assertThat(repo.history("harbour")).isEqualTo(expected);
        }
    }
}
