package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code copydesk export} and {@code copydesk check} as a user runs them. */
class ExportCommandTest {
    static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path tmp;
    Workspace ws;
    Path out;
    final StringWriter stdout = new StringWriter();
    final StringWriter stderr = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        ws = Workspace.open(tmp.resolve("ws"));
        out = tmp.resolve("out");
        ws.save(story("good", "Council approves new tram line", "By Lea Park"));
        ws.save(story("no-byline", "Bridge closes for repairs", ""));
        ws.save(story("no-headline", "", "By Lea Park"));
    }

    private static Article story(String id, String headline, String byline) {
        return Article.draft(id, headline, "en", T).withByline(byline).withStatus(ArticleStatus.READY)
                .withBody(List.of(Paragraph.of("The first paragraph of " + id + ".")));
    }

    private int run(String... args) {
        CommandLine cl = Bench.commandLine();
        cl.setOut(new PrintWriter(stdout, true));
        cl.setErr(new PrintWriter(stderr, true));
        String[] all = Stream.concat(Stream.of("--workspace", ws.root().toString()), Stream.of(args)).toArray(String[]::new);
        return cl.execute(all);
    }

    private List<String> files() throws Exception {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportsAndPrintsThePathOfEachFile() throws Exception {
        int code = run("export", "good", "no-byline", "--format", "html", "--out", out.toString());
        assertThat(code).isZero();
        assertThat(files()).containsExactly("good.html", "no-byline.html");
        assertThat(stdout.toString().lines()).containsExactly(
                out.resolve("good.html").toAbsolutePath().toString(), out.resolve("no-byline.html").toAbsolutePath().toString());
        assertThat(stderr.toString()).contains("no-byline: warning: The story has no byline.");
        assertThat(ws.get("good").status()).isEqualTo(ArticleStatus.EXPORTED);
    }

    @Test
    void aBlockerStopsThatArticleAndExitsOneNamingTheProblem() throws Exception {
        int code = run("export", "good", "no-headline", "--format", "md", "--out", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(files()).containsExactly("good.md");
        assertThat(stderr.toString()).contains("no-headline: blocker: The story has no headline.")
                .contains("no-headline not exported").contains("--force");
        assertThat(ws.get("no-headline").status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void forceExportsDespiteBlockers() throws Exception {
        assertThat(run("export", "no-headline", "--format", "txt", "--out", out.toString(), "--force")).isZero();
        assertThat(files()).containsExactly("no-headline.txt");
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("good.json"), "keep me");
        assertThat(run("export", "good", "--format", "ninjs", "--out", out.toString())).isEqualTo(1);
        assertThat(Files.readString(out.resolve("good.json"))).isEqualTo("keep me");
        assertThat(stderr.toString()).contains("good.json already exists").contains("--force");
        assertThat(ws.get("good").status()).isEqualTo(ArticleStatus.READY);
        assertThat(ws.get("good").exports()).isEmpty();

        assertThat(run("export", "good", "--format", "ninjs", "--out", out.toString(), "--force")).isZero();
        assertThat(Files.readString(out.resolve("good.json"))).contains("\"uri\" : \"urn:copydesk:article:good\"");
    }

    @Test
    void theFragmentOptionWritesTheArticleElementOnly() throws Exception {
        assertThat(run("export", "good", "--format", "html", "--fragment", "--out", out.toString())).isZero();
        assertThat(Files.readString(out.resolve("good.html"))).startsWith("<article lang=\"en\">");
    }

    @Test
    void badInputIsAClearOneLineError() throws Exception {
        assertThat(run("export", "good", "--format", "pdf", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("unknown export format 'pdf'");
        assertThat(run("export", "../etc", "--format", "html", "--out", out.toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("invalid article id '../etc'");
        assertThat(run("export", "missing", "--format", "html", "--out", out.toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("no article 'missing'");
        assertThat(files()).isEmpty();
    }

    @Test
    void anUnreadableArticleFileIsReportedAndNothingIsWritten() throws Exception {
        Files.writeString(ws.fileOf("broken"), "{\"formatVersion\": 1, \"id\": ");
        assertThat(run("export", "broken", "good", "--format", "html", "--out", out.toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("broken not exported: broken.json:");
        assertThat(files()).containsExactly("good.html");
        assertThat(Files.readString(ws.fileOf("broken"))).isEqualTo("{\"formatVersion\": 1, \"id\": ");
        assertThat(run("check", "broken")).isEqualTo(1);
    }

    @Test
    void checkReportsFindingsAndExitsOneOnlyForBlockers() {
        assertThat(run("check", "good", "no-byline")).isZero();
        assertThat(stdout.toString()).contains("good: ok").contains("no-byline: 0 blocker(s), 1 warning(s)")
                .contains("  warning: The story has no byline.");
        assertThat(run("check", "no-headline")).isEqualTo(1);
        assertThat(stdout.toString()).contains("  blocker: The story has no headline.");
    }

    @Test
    void checkWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(ws.fileOf("no-headline"));
        run("check", "no-headline", "good");
        assertThat(Files.readAllBytes(ws.fileOf("no-headline"))).isEqualTo(before);
    }

    @Test
    void theExportBenchmarkPrintsAFigureForEveryFormat() {
        assertThat(run("bench", "export", "--paragraphs", "2", "--rounds", "1")).isZero();
        assertThat(stdout.toString()).contains("analyse", "preflight", "html", "ninjs", "docx", "md", "txt", "ms/article");
    }

    @Test
    void checkCanPrintJson() throws Exception {
        assertThat(run("check", "no-headline", "--json")).isEqualTo(1);
        var json = Json.mapper().readTree(stdout.toString());
        assertThat(json.get(0).get("id").asText()).isEqualTo("no-headline");
        assertThat(json.get(0).get("blocked").asBoolean()).isTrue();
        assertThat(json.get(0).get("findings").get(0).get("check").asText()).isEqualTo("missing-headline");
    }
}
