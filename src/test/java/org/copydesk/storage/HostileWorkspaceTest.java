package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace with odd entries, files at and over the limits, and the edges of its own files. */
class HostileWorkspaceTest {
    @TempDir
    Path dir;

    static Article draft(String headline, List<Paragraph> body) {
        return Article.draft("new", headline, "en", Instant.parse("2026-11-27T09:00:00Z")).withBody(body);
    }

    static Map<String, ArticleEntry> byId(List<ArticleEntry> entries) {
        return entries.stream().collect(Collectors.toMap(ArticleEntry::id, e -> e));
    }

    @Test
    void listReportsEveryOddEntryInWordsNeverHangsAndStillListsTheRest() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article good = ws.create(draft("A good story", List.of(Paragraph.of("Fine."))));
        Path articles = ws.articlesDir();
        Files.createDirectory(articles.resolve("folder.json"));
        Process mkfifo = new ProcessBuilder("mkfifo", articles.resolve("pipe.json").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        try (RandomAccessFile f = new RandomAccessFile(articles.resolve("sparse.json").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // 3 GB, sparse: no disk used
        }
        Files.createSymbolicLink(articles.resolve("passwd.json"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(articles.resolve("zero.json"), Path.of("/dev/zero"));
        Files.createSymbolicLink(articles.resolve("dangling.json"), articles.resolve("nowhere.json"));
        Files.createSymbolicLink(articles.resolve("alias.json"), articles.resolve(good.id() + ".json"));

        ExecutorService one = Executors.newSingleThreadExecutor();
        Future<List<ArticleEntry>> listing = one.submit(ws::list);
        List<ArticleEntry> entries = listing.get(120, TimeUnit.SECONDS); // a FIFO read would block for ever
        one.shutdownNow();
        Map<String, ArticleEntry> e = byId(entries);
        assertThat(e.get(good.id()).ok()).isTrue();
        assertThat(e.get("folder").error()).contains("a folder");
        assertThat(e.get("pipe").error()).contains("not a regular file");
        assertThat(e.get("sparse").error()).contains("3.0 GB").contains("larger than");
        assertThat(e.get("passwd").error()).contains("outside the workspace");
        assertThat(e.get("zero").error()).contains("outside the workspace");
        assertThat(e.get("dangling").error()).contains("does not exist");
        // a link within the articles folder is read; the id in the file is another, so it opens read-only
        assertThat(e.get("alias").article()).isNotNull();
        assertThat(e.get("alias").readOnly()).isTrue();
        for (ArticleEntry x : entries) {
            if (x.error() != null) {
                assertThat(x.readOnly()).isTrue();
                assertThat(x.error()).doesNotContain("Exception").doesNotContain("java.");
            }
        }
    }

    @Test
    void anArticleAtTheTextLimitIsSavedAndReadBackOneCharacterMoreIsRefusedAndNothingIsWritten() throws Exception {
        Workspace ws = Workspace.open(dir);
        String half = "word ".repeat(Limits.MAX_TEXT_CHARS / 10);
        // two paragraphs joined by one line break: exactly MAX_TEXT_CHARS characters of text
        String first = half.substring(0, half.length() - 1);
        String second = half;
        assertThat(first.length() + 1 + second.length()).isEqualTo(Limits.MAX_TEXT_CHARS);
        Article at = ws.create(draft("At the limit", List.of(Paragraph.of(first), Paragraph.of(second))));
        ArticleEntry back = ws.load(at.id());
        assertThat(back.ok()).as(String.valueOf(back.error())).isTrue();
        assertThat(back.article().bodyText().length()).isEqualTo(Limits.MAX_TEXT_CHARS);

        Article over = back.article().withBody(List.of(Paragraph.of(first), Paragraph.of(second + "x")));
        byte[] before = Files.readAllBytes(ws.fileOf(at.id()));
        assertThatThrownBy(() -> ws.save(over)).hasMessageContaining("20,000,001 characters")
                .hasMessageContaining("at most 20,000,000");
        assertThat(Files.readAllBytes(ws.fileOf(at.id()))).isEqualTo(before);
        assertThatThrownBy(() -> ws.create(draft("Over", over.body()))).hasMessageContaining("at most 20,000,000");
        assertThat(ws.ids()).containsExactly(at.id());
    }

    @Test
    void paragraphsAtTheLimitAreReadBackOneMoreIsRefused() throws Exception {
        Workspace ws = Workspace.open(dir);
        List<Paragraph> body = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_PARAGRAPHS; i++) {
            body.add(Paragraph.of("p"));
        }
        Article at = ws.create(draft("Many paragraphs", body));
        assertThat(ws.get(at.id()).body()).hasSize(Limits.MAX_PARAGRAPHS);
        body.add(Paragraph.of("p"));
        assertThatThrownBy(() -> ws.save(ws.get(at.id()).withBody(body)))
                .hasMessageContaining("200,001 paragraphs").hasMessageContaining("at most 200,000");
    }

    @Test
    void theThousandthSameHeadlineStillGetsAnIdOfAtMost64Characters() throws Exception {
        Workspace ws = Workspace.open(dir);
        String headline = "An extremely long headline about the council budget vote that goes on and on";
        String base = Slugs.of(headline);
        byte[] someFile = ArticleCodec.encode(draft(headline, List.of()).withId(base), Map.of());
        Files.write(ws.fileOf(base), someFile);
        for (int n = 2; n < 1000; n++) {
            Files.write(ws.fileOf(Slugs.withSuffix(base, n)), someFile);
        }
        Article a = ws.create(draft(headline, List.of(Paragraph.of("The thousandth."))));
        assertThat(a.id()).endsWith("-1000").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(Slugs.isValidId(a.id())).isTrue();
        assertThat(Slugs.withSuffix("a".repeat(64), 123456)).hasSize(64).endsWith("-123456");
    }

    @Test
    void savedFilesGetTheFoldersNormalPermissionsAndAReplacedFileKeepsItsOwn() throws Exception {
        Workspace ws = Workspace.open(dir);
        Path plain = Files.createFile(dir.resolve("plain-new-file"));
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(plain);
        Article a = ws.create(draft("Permissions", List.of(Paragraph.of("Text."))));
        assertThat(Files.getPosixFilePermissions(ws.fileOf(a.id()))).isEqualTo(normal);
        Set<PosixFilePermission> shared = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE);
        Files.setPosixFilePermissions(ws.fileOf(a.id()), shared);
        ws.save(ws.get(a.id()).withHeadline("Permissions kept"));
        assertThat(Files.getPosixFilePermissions(ws.fileOf(a.id()))).isEqualTo(shared);
    }

    @Test
    void tempFilesLeftByAKilledSaveAreRemovedOnOpenAndOtherFilesAreNot() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(draft("Temp files", List.of(Paragraph.of("Text."))));
        Path stale = Files.writeString(ws.articlesDir().resolve("." + a.id() + ".json.3kd9f0s.tmp"), "{half");
        Path notes = Files.writeString(ws.articlesDir().resolve("notes.tmp"), "mine");
        Workspace.open(dir);
        assertThat(stale).doesNotExist();
        assertThat(notes).exists();
        assertThat(Workspace.open(dir).get(a.id()).headline()).isEqualTo("Temp files");
    }

    @Test
    void formatVersionMustBeAPositiveWholeNumber() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(draft("Versions", List.of(Paragraph.of("Text."))));
        String json = Files.readString(ws.fileOf(a.id()));
        for (String bad : List.of("0", "-1", "1.5", "\"1\"", "null", "true", "[1]")) {
            Files.writeString(ws.fileOf(a.id()), json.replaceFirst("\"formatVersion\": \\d+", "\"formatVersion\": " + bad));
            ArticleEntry e = ws.load(a.id());
            assertThat(e.ok()).as(bad).isFalse();
            assertThat(e.error()).as(bad).contains("formatVersion").doesNotContain("java.").doesNotContain("line -1");
        }
        Files.writeString(ws.fileOf(a.id()), json.replaceFirst("\"formatVersion\": \\d+", "\"formatVersion\": 99999999999"));
        assertThat(ws.load(a.id()).error()).contains("newer Copydesk");
        Files.writeString(ws.fileOf(a.id()), json);
        assertThat(ws.load(a.id()).ok()).isTrue();
    }

    @Test
    void errorsSayWhatIsWrongInWordsWithoutJavaNames() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(draft("Wording", List.of(Paragraph.of("Text."))));
        String json = Files.readString(ws.fileOf(a.id()));
        for (String broken : List.of(json.replace("\"revision\": 1", "\"revision\": \"many\""),
                json.replace("\"body\": [", "\"body\": [ 5, "),
                json.replace("\"status\": \"draft\"", "\"status\": \"evil\""))) {
            Files.writeString(ws.fileOf(a.id()), broken);
            ArticleEntry e = ws.load(a.id());
            assertThat(e.ok()).isFalse();
            assertThat(e.error()).doesNotContain("java.").doesNotContain("org.copydesk").doesNotContain("line -1")
                    .doesNotContain("Exception").doesNotContain("`");
        }
    }

    @Test
    void anEmptyWorkspaceNameIsRefusedAndANamedWorkspaceIsNeverSeeded() throws Exception {
        assertThatThrownBy(() -> Workspace.openChosen(Path.of(""), Map.of())).hasMessageContaining("empty");
        Path named = dir.resolve("named");
        Workspace.openChosen(named, Map.of());
        assertThat(Workspace.open(named).ids()).isEmpty();
        Path fromEnv = dir.resolve("from-env");
        Workspace.openChosen(null, Map.of("COPYDESK_WORKSPACE", fromEnv.toString()));
        assertThat(Workspace.open(fromEnv).ids()).isEmpty();
        Path home = dir.resolve("home-data");
        Workspace seeded = Workspace.openChosen(null, Map.of("XDG_DATA_HOME", home.toString()));
        if (seeded.root().startsWith(home)) {
            assertThat(seeded.ids()).isNotEmpty();
        }
    }

    @Test
    void aFileGrownPastTheLimitIsNotReadIntoMemory() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Limits.MAX_FILE_BYTES + 10);
        }
        assertThatThrownBy(() -> Workspace.readBounded(big)).hasMessageContaining("larger than");
        Files.writeString(big, "{}", StandardCharsets.UTF_8);
        assertThat(Workspace.readBounded(big)).hasSize(2);
    }
}
