package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    Workspace ws() throws IOException {
        return Workspace.open(dir, Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
    }

    Article draft(String headline) {
        return Article.draft("new", headline, "en", Instant.parse("2026-11-27T09:00:00Z"))
                .withBody(List.of(Paragraph.of("First paragraph."), Paragraph.of("Second.")));
    }

    @Test
    void createGivesAUniqueSafeIdFromTheHeadline() throws Exception {
        Workspace ws = ws();
        Article a = ws.create(draft("L’armée « chinoise » participe à Vostok 2026"));
        Article b = ws.create(draft("L’armée « chinoise » participe à Vostok 2026"));
        assertThat(a.id()).isEqualTo("l-armee-chinoise-participe-a-vostok-2026");
        assertThat(b.id()).isEqualTo("l-armee-chinoise-participe-a-vostok-2026-2");
        assertThat(Files.exists(dir.resolve("articles/" + a.id() + ".json"))).isTrue();
        assertThat(ws.get(b.id()).headline()).isEqualTo(b.headline());
    }

    @Test
    void idsCanNeverEscapeTheFolder() throws Exception {
        Workspace ws = ws();
        for (String bad : List.of("../x", "..", "a/b", "a\\b", "/etc/passwd", "A", "", "a..b", "-a", "a-", "x".repeat(65), "a b", "é")) {
            assertThat(Slugs.isValidId(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> ws.fileOf(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Slugs.of("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.of("!!!")).isEqualTo("article");
        assertThat(Slugs.of("Ein sehr langer Titel ".repeat(10)).length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void aSaveWithoutChangesRewritesNothing() throws Exception {
        Workspace ws = ws();
        Article a = ws.create(draft("Quiet save"));
        Path file = ws.fileOf(a.id());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        byte[] before = Files.readAllBytes(file);
        Article again = ws.save(ws.get(a.id()));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(again.revision()).isEqualTo(a.revision());
    }

    @Test
    void aSaveWithChangesMovesTheRevisionOnAndKeepsUnknownFields() throws Exception {
        Workspace ws = ws();
        Article a = ws.create(draft("Kept fields"));
        Path file = ws.fileOf(a.id());
        String json = Files.readString(file).replaceFirst("\\{\n", "{\n  \"x-desk\": \"foreign\",\n");
        Files.writeString(file, json);
        Article saved = ws.save(ws.get(a.id()).withHeadline("Kept fields, edited"));
        assertThat(saved.revision()).isEqualTo(a.revision() + 1);
        assertThat(saved.modified()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(Files.readString(file)).contains("\"x-desk\": \"foreign\"").contains("Kept fields, edited");
    }

    @Test
    void aStaleCopyIsRefusedInsteadOfOverwritingAnotherSave() throws Exception {
        Workspace ws = ws();
        Article opened = ws.create(draft("Two windows"));
        Article elsewhere = ws.save(ws.get(opened.id()).withHeadline("Changed from the command line"));
        byte[] onDisk = Files.readAllBytes(ws.fileOf(opened.id()));

        ChangedOnDiskException e = Assertions.catchThrowableOfType(ChangedOnDiskException.class,
                () -> ws.save(opened.withStandfirst("Edited in the window")));
        assertThat(e.getMessage()).contains("changed elsewhere");
        assertThat(e.onDisk().headline()).isEqualTo("Changed from the command line");
        assertThat(Files.readAllBytes(ws.fileOf(opened.id()))).isEqualTo(onDisk);

        Article mine = ws.saveOverwriting(opened.withStandfirst("Edited in the window"));
        assertThat(mine.revision()).isEqualTo(elsewhere.revision() + 1);
        assertThat(ws.get(opened.id()).standfirst()).isEqualTo("Edited in the window");
    }

    @Test
    void unreadableAndNewerFilesAreListedWithAnErrorAndNeverOverwritten() throws Exception {
        Workspace ws = ws();
        Article good = ws.create(draft("Good one"));
        Path broken = dir.resolve("articles/broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"id\": \"broken\", ");
        Path newer = dir.resolve("articles/future.json");
        String futureJson = "{\"formatVersion\": 9, \"id\": \"future\", \"created\": \"2030-01-01T00:00:00Z\", \"hologram\": true}";
        Files.writeString(newer, futureJson);

        List<ArticleEntry> entries = ws.list();
        assertThat(entries).extracting(ArticleEntry::id).containsExactly("broken", "future", good.id());
        ArticleEntry b = entries.get(0);
        assertThat(b.ok()).isFalse();
        assertThat(b.readOnly()).isTrue();
        assertThat(b.error()).contains("not valid article JSON");
        assertThat(entries.get(1).error()).contains("newer Copydesk");
        assertThat(entries.get(2).ok()).isTrue();

        Article attempt = draft("Overwrite").withId("future");
        assertThatThrownBy(() -> ws.save(attempt)).isInstanceOf(ReadOnlyArticleException.class);
        assertThat(Files.readString(newer)).isEqualTo(futureJson);
        assertThatThrownBy(() -> ws.save(draft("x").withId("broken"))).isInstanceOf(ReadOnlyArticleException.class);
        assertThat(Files.readString(broken)).isEqualTo("{\"formatVersion\": 1, \"id\": \"broken\", ");
    }

    @Test
    void aFileWhoseIdDisagreesWithItsNameOpensReadOnly() throws Exception {
        Workspace ws = ws();
        Article a = ws.create(draft("Named"));
        Files.copy(ws.fileOf(a.id()), dir.resolve("articles/copy.json"));
        ArticleEntry e = ws.load("copy");
        assertThat(e.readOnly()).isTrue();
        assertThat(e.error()).contains("'named'");
    }

    @Test
    void aWriteThatFailsBeforeTheMoveLeavesTheOldFileIntactAndNoTempFile() throws Exception {
        Path target = dir.resolve("story.json");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> AtomicFiles.write(target, "new content".getBytes(StandardCharsets.UTF_8), tmp -> {
            assertThat(Files.readString(tmp)).isEqualTo("new content");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("story.json");
        }
    }

    @Test
    void atomicWriteReplacesTheFileAndLeavesNoTempFiles() throws Exception {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void deleteMovesTheFileToTheTrash() throws Exception {
        Workspace ws = ws();
        Article a = ws.create(draft("To delete"));
        Path trashed = ws.delete(a.id());
        assertThat(ws.exists(a.id())).isFalse();
        assertThat(Files.readString(trashed)).contains("To delete");
        assertThat(trashed.getParent()).isEqualTo(dir.resolve(".trash"));
    }

    @Test
    void listenersHearSavesAndDeletes() throws Exception {
        Workspace ws = ws();
        List<String> heard = new ArrayList<>();
        ws.addListener(new Workspace.Listener() {
            @Override
            public void saved(Article article) {
                heard.add("saved " + article.id());
            }

            @Override
            public void deleted(String id) {
                heard.add("deleted " + id);
            }
        });
        Article a = ws.create(draft("Heard"));
        ws.save(a.withHeadline("Heard twice"));
        ws.save(ws.get(a.id()));
        ws.delete(a.id());
        assertThat(heard).containsExactly("saved heard", "saved heard", "deleted heard");
    }

    @Test
    void defaultLocationFollowsXdgAndThePlatform() {
        Path home = Path.of("/home/ed");
        assertThat(Workspace.defaultLocation(Map.of("XDG_DATA_HOME", "/data"), "Linux", home)).isEqualTo(Path.of("/data/copydesk"));
        assertThat(Workspace.defaultLocation(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ed/.local/share/copydesk"));
        assertThat(Workspace.defaultLocation(Map.of("XDG_DATA_HOME", "relative/path"), "Linux", home)).isEqualTo(Path.of("/home/ed/.local/share/copydesk"));
        assertThat(Workspace.defaultLocation(Map.of(), "Mac OS X", home)).isEqualTo(Path.of("/home/ed/Library/Application Support/Copydesk"));
        assertThat(Workspace.chosenLocation(Map.of("COPYDESK_WORKSPACE", "/ws"))).isEqualTo(Path.of("/ws"));
    }

    @Test
    void samplesSeedAndEverySampleReadsBackUnchanged() throws Exception {
        Workspace ws = ws();
        List<String> seeded = ws.seedSamples();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(5);
        for (ArticleEntry e : ws.list()) {
            assertThat(e.ok()).as(e.id() + ": " + e.error()).isTrue();
            assertThat(e.article().body()).isNotEmpty();
        }
        assertThat(ws.list()).extracting(x -> x.article().language()).contains("en", "fr", "de");
        // seeding again touches nothing
        assertThat(ws.seedSamples()).isEmpty();
    }

    @Test
    void aFileInsteadOfAFolderIsAClearError() throws Exception {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(IOException.class).hasMessageContaining("is a file");
    }
}
