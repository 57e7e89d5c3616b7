package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicts the editor's merge with a change on disk left are recorded in the article's file, beside the others. */
class ConflictRecordsTest {
    private static final Conflict SYNCED = new Conflict("headline", List.of("Harbour reopens"), List.of("Port reopens"));
    private static final Conflict MERGED = new Conflict(Conflict.BODY, List.of("One, mine."), List.of("One, theirs."));

    @Test
    void addedConflictsJoinTheRecordedOnesAndTheArticleStaysAsItIs(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T09:00:00Z"))
                .withBody(Article.paragraphsOf("One, mine.\nOne, theirs.")));
        ConflictRecords.add(ws, a.id(), List.of(SYNCED));
        Article before = ws.get(a.id());

        assertThat(ConflictRecords.add(ws, a.id(), List.of(MERGED, SYNCED))).containsExactly(SYNCED, MERGED);

        assertThat(ConflictRecords.of(ws, a.id())).containsExactly(SYNCED, MERGED);
        Article after = ws.get(a.id());
        assertThat(after).isEqualTo(before);
        assertThat(ConflictRecords.resolve(ws, a.id(), MERGED)).containsExactly(SYNCED);
    }

    @Test
    void aFileThatDoesNotReadIsLeftAsItIsAndSaysWhy(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T09:00:00Z")));
        Path file = ws.fileOf(a.id());
        String broken = "{\"formatVersion\": 3, \"id\": \"harbour\", \"body\": [";
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConflictRecords.add(ws, a.id(), List.of(MERGED))).hasMessageContaining("cannot be read");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);

        Files.delete(file);
        assertThatThrownBy(() -> ConflictRecords.add(ws, a.id(), List.of(MERGED))).hasMessageContaining("no longer");
        assertThat(Files.exists(file)).isFalse();
    }
}
