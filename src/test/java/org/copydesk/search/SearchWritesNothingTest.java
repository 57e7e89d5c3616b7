package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.copydesk.cli.CliRunner;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search reads; it writes to the index only when the article files changed, and survives a broken index link. */
class SearchWritesNothingTest {
    @TempDir
    Path dir;

    static Map<String, Long> snapshot(Path index) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(index)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.size(p));
            }
        }
        return m;
    }

    void story(Workspace ws, String headline) throws Exception {
        ws.create(Article.draft("new", headline, "en", Instant.parse("2026-11-27T09:00:00Z"))
                .withBody(List.of(Paragraph.of("The harbour reopened after the strike."))));
    }

    @Test
    void searchingAgainWithNothingChangedWritesNothing() throws Exception {
        Workspace ws = Workspace.open(dir);
        story(ws, "Port reopens");
        assertThat(CliRunner.run(dir, "search", "harbour").out()).contains("port-reopens");
        Map<String, Long> before = snapshot(dir.resolve(".index"));
        for (int i = 0; i < 3; i++) {
            assertThat(CliRunner.run(dir, "search", "harbour").out()).contains("port-reopens");
        }
        assertThat(snapshot(dir.resolve(".index"))).isEqualTo(before);
    }

    @Test
    void aDanglingIndexLinkIsReplacedByARebuiltIndex() throws Exception {
        Workspace ws = Workspace.open(dir);
        story(ws, "Port reopens");
        Files.createSymbolicLink(dir.resolve(".index"), dir.resolve("gone-elsewhere"));
        CliRunner.Result r = CliRunner.run(dir, "search", "harbour");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("port-reopens");
        assertThat(Files.isSymbolicLink(dir.resolve(".index"))).isFalse();
        assertThat(Files.isDirectory(dir.resolve(".index"))).isTrue();
        assertThat(dir.resolve("gone-elsewhere")).doesNotExist();
    }

    @Test
    void anIndexThatCannotBeWrittenStillAnswersFromMemory() throws Exception {
        Workspace ws = Workspace.open(dir);
        story(ws, "Port reopens");
        // a file where the index folder should be, inside a folder that cannot be changed
        Path index = dir.resolve(".index");
        Files.writeString(index, "not an index");
        assertThat(dir.toFile().setWritable(false)).isTrue();
        try {
            CliRunner.Result r = CliRunner.run(dir, "search", "harbour");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("port-reopens");
        } finally {
            dir.toFile().setWritable(true);
        }
    }
}
