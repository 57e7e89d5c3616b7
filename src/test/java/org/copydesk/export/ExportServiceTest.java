package org.copydesk.export;

import org.copydesk.model.Paragraph;
import org.copydesk.spelling.SpellingDictionaries;
import org.copydesk.spelling.SpellChecker;
import org.copydesk.spelling.InstalledDictionaries;
import java.util.concurrent.atomic.AtomicReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.analysis.Analyzer;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ExportRecord;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path tmp;
    Workspace ws;
    ExportService service;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        ws = Workspace.open(tmp.resolve("ws"), Clock.fixed(NOW, ZoneOffset.UTC));
        ws.save(Samples.article());
        service = new ExportService(ws, new Analyzer());
        out = tmp.resolve("out");
    }

    private static List<Path> listing(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void exportWritesTheFileMarksTheArticleExportedAndRecordsWhenWhatAndWhere() throws Exception {
        ExportService.Result r = service.export(service.check("port-reopens"), ExportFormat.HTML, ExportOptions.DEFAULT, out, false);
        Path file = out.resolve("port-reopens.html").toAbsolutePath();
        assertThat(r.file()).isEqualTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("<h1>Dockers end strike as Marseille port reopens</h1>");
        assertThat(listing(out)).containsExactly(file).as("no temp file left behind");
        Article stored = ws.get("port-reopens");
        assertThat(stored.status()).isEqualTo(ArticleStatus.EXPORTED);
        assertThat(stored.exports()).containsExactly(new ExportRecord(NOW, "html", file.toString()));
        assertThat(stored).isEqualTo(r.article());
    }

    @Test
    void theExportedFileIsReadableByOthersNotPrivateLikeATempFile() throws Exception {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = service.export(service.check("port-reopens"), ExportFormat.MARKDOWN, ExportOptions.DEFAULT, out, false).file();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void everyFormatGetsItsOwnExtension() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            service.export(service.check("port-reopens"), f, ExportOptions.DEFAULT, out, false);
        }
        assertThat(listing(out)).extracting(p -> p.getFileName().toString())
                .containsExactly("port-reopens.docx", "port-reopens.html", "port-reopens.json", "port-reopens.md",
                        "port-reopens.txt");
        assertThat(ws.get("port-reopens").exports()).extracting(ExportRecord::format)
                .containsExactly("html", "ninjs", "docx", "md", "txt");
    }

    @Test
    void anExistingFileIsNotOverwrittenAndNothingElseIsTouched() throws Exception {
        Files.createDirectories(out);
        Path existing = out.resolve("port-reopens.md");
        Files.writeString(existing, "someone else's file");
        byte[] articleBefore = Files.readAllBytes(ws.fileOf("port-reopens"));

        assertThatThrownBy(() -> service.export(service.check("port-reopens"), ExportFormat.MARKDOWN,
                ExportOptions.DEFAULT, out, false))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("port-reopens.md already exists");

        assertThat(Files.readString(existing)).isEqualTo("someone else's file");
        assertThat(listing(out)).containsExactly(existing);
        assertThat(Files.readAllBytes(ws.fileOf("port-reopens"))).isEqualTo(articleBefore);
    }

    @Test
    void overwritingWhenAskedReplacesTheFile() throws Exception {
        Files.createDirectories(out);
        Path existing = out.resolve("port-reopens.txt");
        Files.writeString(existing, "old");
        service.export(service.check("port-reopens"), ExportFormat.TEXT, ExportOptions.DEFAULT, out, true);
        assertThat(Files.readString(existing)).startsWith("Dockers end strike");
        assertThat(listing(out)).containsExactly(existing);
    }

    @Test
    void aDestinationThatIsAFileIsRefused() throws Exception {
        Path notADir = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> service.export(service.check("port-reopens"), ExportFormat.HTML, ExportOptions.DEFAULT,
                notADir, false)).hasMessageContaining("is a file, not a folder");
        assertThat(ws.get("port-reopens").status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void anEditSavedAfterTheCheckIsNotUndoneByRecordingTheExport() throws Exception {
        ExportService.Checked checked = service.check("port-reopens");
        ws.save(ws.get("port-reopens").withByline("By Ana Ruiz and Tom Hale"));
        service.export(checked, ExportFormat.HTML, ExportOptions.DEFAULT, out, false);
        Article stored = ws.get("port-reopens");
        assertThat(stored.byline()).isEqualTo("By Ana Ruiz and Tom Hale");
        assertThat(stored.status()).isEqualTo(ArticleStatus.EXPORTED);
    }

    @Test
    void theCheckUsesTheWorkspaceToFindBrokenLinks() throws Exception {
        assertThat(service.check("port-reopens").findings()).extracting(PreflightFinding::check)
                .contains(PreflightFinding.Check.BROKEN_LINK);
        ws.save(Article.draft("strike-begins", "Dockers walk out", "en", NOW));
        assertThat(service.check("port-reopens").findings()).extracting(PreflightFinding::check)
                .doesNotContain(PreflightFinding.Check.BROKEN_LINK);
        service.export(service.check("port-reopens"), ExportFormat.NINJS, ExportOptions.DEFAULT, out, false);
        assertThat(Files.readString(out.resolve("port-reopens.json"))).contains("\"Dockers walk out\"");
    }

    @Test
    void theChooseFolderDialogStartsInTheNearestFolderThatExists() throws Exception {
        Path deep = tmp.resolve("a").resolve("b");
        Files.createDirectories(deep);
        assertThat(ExportService.nearestFolder(deep.toString())).isEqualTo(deep.toAbsolutePath());
        assertThat(ExportService.nearestFolder(deep.resolve("not/yet/made").toString())).isEqualTo(deep.toAbsolutePath());
        Path file = Files.writeString(deep.resolve("notes.txt"), "x");
        assertThat(ExportService.nearestFolder(file.toString())).as("a file: its folder").isEqualTo(deep.toAbsolutePath());
        assertThat(ExportService.nearestFolder("")).isNull();
        assertThat(ExportService.nearestFolder("  ")).isNull();
        assertThat(ExportService.nearestFolder(null)).isNull();
        assertThat(ExportService.nearestFolder("bad\0name\u0000")).as("not a path").isNull();
    }

    @Test
    void aSpellCheckerFoundAfterTheServiceWasMadeIsUsedByTheNextCheck() throws Exception {
        Path dicts = Path.of(ExportServiceTest.class.getResource("/org/copydesk/spelling/dicts/en_US.aff").toURI()).getParent();
        Article typo = Article.draft("x", "Tram", "en", NOW).withByline("By Lea Park")
                .withBody(List.of(Paragraph.of("The mayor siad the tram line will open.")));
        String id = ws.create(typo).id();
        AtomicReference<SpellChecker> found = new AtomicReference<>();
        ExportService lazy = new ExportService(ws, new Analyzer(), found::get);

        assertThat(lazy.check(id).findings()).as("no checker yet: no spelling finding")
                .noneMatch(f -> f.check() == PreflightFinding.Check.SPELLING);
        found.set(new SpellChecker(new SpellingDictionaries(InstalledDictionaries.scan(List.of(dicts)))));
        assertThat(lazy.check(id).findings()).filteredOn(f -> f.check() == PreflightFinding.Check.SPELLING)
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("siad");
                    assertThat(f.severity()).isEqualTo(PreflightFinding.Severity.WARNING);
                });
    }
}
