package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.cli.CliRunner;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.QuoteMark;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export writes only where it is told, never into the workspace, never changes a read-only article, and fails clean. */
class ExportSafetyTest {
    static final Instant T = Instant.parse("2026-11-26T10:00:00Z");
    static Analyzer analyzer;

    @TempDir
    Path tmp;
    Workspace ws;
    Path out;

    @BeforeAll
    static void analyzer() {
        analyzer = new Analyzer();
    }

    @BeforeEach
    void setUp() throws Exception {
        ws = Workspace.open(tmp.resolve("ws"));
        out = tmp.resolve("out");
        ws.save(story("alpha", "Council approves new tram line"));
        ws.save(story("beta", "Bridge closes for repairs"));
    }

    static Article story(String id, String headline) {
        return Article.draft(id, headline, "en", T).withByline("By Lea Park").withStatus(ArticleStatus.READY)
                .withBody(List.of(Paragraph.of("The first paragraph of " + id + ".")));
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportIntoTheWorkspacesOwnFoldersIsRefusedAndTheArticleStaysReadable() throws Exception {
        byte[] before = Files.readAllBytes(ws.fileOf("alpha"));
        for (Path inside : List.of(ws.articlesDir(), ws.root(), ws.root().resolve(".trash"), ws.root().resolve(".index"),
                ws.articlesDir().resolve("sub"))) {
            CliRunner.Result r = CliRunner.run(ws.root(), "export", "alpha", "--format", "ninjs", "--out", inside.toString(), "--force");
            assertThat(r.exit()).as(inside.toString()).isEqualTo(1);
            assertThat(r.err()).contains("inside the workspace");
            assertThat(r.out()).isEmpty();
        }
        // through a link that leads into the workspace, too
        Path link = Files.createSymbolicLink(tmp.resolve("sneaky"), ws.articlesDir());
        CliRunner.Result r = CliRunner.run(ws.root(), "export", "alpha", "--format", "ninjs", "--out", link.toString(), "--force");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(Files.readAllBytes(ws.fileOf("alpha"))).isEqualTo(before);
        assertThat(names(ws.articlesDir())).containsExactly("alpha.json", "beta.json");
        assertThat(ws.get("alpha").status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void anArticleOpenedReadOnlyIsExportedButNeverChanged() throws Exception {
        // a file whose id differs from its name opens read-only
        String json = Files.readString(ws.fileOf("alpha")).replace("\"id\": \"alpha\"", "\"id\": \"alpha-copy\"");
        Files.writeString(ws.fileOf("alpha"), json);
        byte[] before = Files.readAllBytes(ws.fileOf("alpha"));
        CliRunner.Result r = CliRunner.run(ws.root(), "export", "alpha", "--format", "html", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo(out.resolve("alpha.html").toAbsolutePath().toString());
        assertThat(r.err()).contains("read-only").contains("not marked exported");
        assertThat(Files.readAllBytes(ws.fileOf("alpha"))).isEqualTo(before);
    }

    @Test
    void aFailedExportLeavesNoFileAndTheRestOfTheBatchIsReportedAndExported() throws Exception {
        // alpha's revision cannot move on: recording the export fails, so its file must not appear
        String json = Files.readString(ws.fileOf("alpha")).replaceFirst("\"revision\": \\d+", "\"revision\": 9223372036854775807");
        Files.writeString(ws.fileOf("alpha"), json);
        CliRunner.Result r = CliRunner.run(ws.root(), "export", "alpha", "beta", "--format", "txt", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("alpha not exported").contains("revision");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain(".tmp");
        assertThat(names(out)).containsExactly("beta.txt");
        assertThat(r.out().strip()).endsWith("beta.txt");
        assertThat(ws.get("beta").status()).isEqualTo(ArticleStatus.EXPORTED);
    }

    @Test
    void onAWorkspaceThatCannotBeWrittenNothingIsExported() throws Exception {
        // a workspace no writer can change, whoever runs the test (root ignores permission bits, CI runs as root):
        // a folder where the workspace's lock file must be written
        Path root = ws.root();
        Files.deleteIfExists(root.resolve(".lock"));
        Files.createDirectories(root.resolve(".lock"));
        byte[] before = Files.readAllBytes(ws.fileOf("alpha"));
        CliRunner.Result r = CliRunner.run(root, "export", "alpha", "--format", "html", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("alpha not exported").contains("cannot write in the workspace");
        assertThat(names(out)).as("no output file for an export that could not be recorded").isEmpty();
        assertThat(Files.readAllBytes(ws.fileOf("alpha"))).as("the article is unchanged").isEqualTo(before);
    }

    @Test
    void onAWorkspaceWithPermissionsDeniedNothingIsExported() throws Exception {
        Path articles = ws.articlesDir();
        Path root = ws.root();
        Files.deleteIfExists(root.resolve(".lock"));
        assertThat(articles.toFile().setWritable(false)).isTrue();
        assertThat(root.toFile().setWritable(false)).isTrue();
        try {
            Assumptions.assumeFalse(Files.isWritable(articles),
                    "running as root: permission bits are not enforced (the test above covers this case for root)");
            CliRunner.Result r = CliRunner.run(root, "export", "alpha", "--format", "html", "--out", out.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("alpha not exported");
            assertThat(names(out)).isEmpty();
        } finally {
            root.toFile().setWritable(true);
            articles.toFile().setWritable(true);
        }
    }

    @Test
    void aQuotationMarkedByHandOverTextWithoutMarksKeepsEveryLetterInEveryFormat() throws Exception {
        String text = "The mayor said we will win and left.";
        int s = text.indexOf("we will win");
        Article a = story("gamma", "Mayor speaks").withBody(List.of(Paragraph.of(text)))
                .withQuoteMarks(List.of(new QuoteMark(s, s + "we will win".length(), "the mayor", MarkOrigin.MANUAL)));
        ws.save(a);
        ExportService service = new ExportService(ws, analyzer);
        for (ExportFormat f : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.TEXT, ExportFormat.NINJS)) {
            Path file = service.export(service.check("gamma"), f, ExportOptions.DEFAULT, out, true).file();
            String written = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(written).as(f.id()).contains("we will win").doesNotContain("e will wi”").doesNotContain("“e will");
        }
    }

    @Test
    void typographyNeverReplacesALetter() {
        assertThat(Typography.replacesOnlyMarks("we will win", new TextReplacement(0, 1, "“"))).isFalse();
        assertThat(Typography.replacesOnlyMarks("\"we\"", new TextReplacement(0, 1, "“"))).isTrue();
        assertThat(Typography.replacesOnlyMarks("« we »", new TextReplacement(0, 2, "«\u202F"))).isTrue();
    }

    @Test
    void anOutputFolderThatIsAFileIsRefusedInWords() throws Exception {
        Files.writeString(tmp.resolve("plain"), "x");
        ExportService service = new ExportService(ws, analyzer);
        assertThatThrownBy(() -> service.export(service.check("alpha"), ExportFormat.HTML, ExportOptions.DEFAULT, tmp.resolve("plain"), false))
                .hasMessageContaining("is a file, not a folder");
        assertThat(ws.get("alpha").status()).isEqualTo(ArticleStatus.READY);
    }
}
