package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.search.IndexProgress;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The first `copydesk search` in a large workspace builds the index and says how far it has got, on stderr only. */
class SearchIndexProgressCommandTest {
    @TempDir
    Path dir;

    private void stories(int n) throws IOException {
        Workspace ws = Workspace.open(dir);
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        for (int i = 0; i < n; i++) {
            ws.create(Article.draft("x", "Harbour story number " + i, "en", t)
                    .withBody(Article.paragraphsOf("The harbour reopened on Tuesday, file " + i + ".")));
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private Result search(String... words) {
        String[] args = new String[words.length + 3];
        args[0] = "--workspace";
        args[1] = dir.toString();
        args[2] = "search";
        System.arraycopy(words, 0, args, 3, words.length);
        CommandLine cl = CopydeskCommand.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int exit = cl.execute(args);
        return new Result(exit, o.toString(), e.toString());
    }

    @Test
    void theFirstSearchOfALargeWorkspacePrintsTheBuildsProgressOnStderrAndTheNextNone() throws IOException {
        int n = IndexProgress.WORTH_SHOWING + 300; // 500: more than one batch
        stories(n);
        Result first = search("harbour", "--limit", "3");
        assertThat(first.exit()).isZero();
        List<String> lines = Arrays.asList(first.err().strip().split("\\R"));
        assertThat(lines.get(0)).isEqualTo("copydesk: building the search index of 500 articles (only this once; later searches read only what changed)…");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("copydesk: search index built: 500 articles");
        int last = 0;
        for (String l : lines.subList(1, lines.size() - 1)) {
            assertThat(l).matches("copydesk: indexing \\d+ of 500 articles…");
            int done = Integer.parseInt(l.replaceAll("\\D+(\\d+) of.*", "$1"));
            assertThat(done).isGreaterThan(last).isLessThan(n);
            last = done;
        }
        assertThat(lines.size()).as("a start, at least one step, an end").isGreaterThanOrEqualTo(3);
        assertThat(first.out()).contains("500 articles found.").doesNotContain("index");

        Result again = search("harbour", "--limit", "3");
        assertThat(again.err()).as("nothing to build").isEmpty();
        assertThat(again.out()).isEqualTo(first.out());
    }

    @Test
    void aSmallWorkspaceIsIndexedWithoutAWord() throws IOException {
        stories(5);
        Result r = search("harbour");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("5 articles found.");
    }
}
