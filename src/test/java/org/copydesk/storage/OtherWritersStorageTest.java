package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage side of "the app sees other writers": the watcher, the check before saving, and the kept versions. */
class OtherWritersStorageTest {
    @TempDir
    Path dir;

    private static Article draft(String headline, String text) {
        return Article.draft("x", headline, "en", Instant.parse("2026-11-30T08:00:00Z")).withBody(List.of(Paragraph.of(text)));
    }

    @Test
    void aFileRewrittenByHandAtTheSameRevisionIsNotOverwrittenByASaveFromTheOlderVersion() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article base = ws.create(draft("Hand edit", "Original."));
        Path f = ws.fileOf(base.id());
        Files.writeString(f, Files.readString(f).replace("Original.", "Edited in a text editor."), StandardCharsets.UTF_8);
        Article mine = base.withBody(List.of(Paragraph.of("Mine.")));
        ChangedOnDiskException e = Assertions.catchThrowableOfType(ChangedOnDiskException.class,
                () -> ws.save(mine, base));
        assertThat(e.onDisk().bodyText()).isEqualTo("Edited in a text editor.");
        assertThat(ws.get(base.id()).bodyText()).isEqualTo("Edited in a text editor.");
        // the same save from the version on disk goes through
        Article fresh = ws.get(base.id());
        assertThat(ws.save(fresh.withBody(List.of(Paragraph.of("Mine."))), fresh).bodyText()).isEqualTo("Mine.");
    }

    @Test
    void keepMineKeepsTheOtherVersionAndKeepAsideKeepsMine() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article base = ws.create(draft("Two writers", "Original."));
        ws.update(base.id(), a -> a.withBody(List.of(Paragraph.of("Theirs."))));
        Article mine = base.withBody(List.of(Paragraph.of("Mine.")));
        assertThatThrownBy(() -> ws.save(mine, base)).isInstanceOf(ChangedOnDiskException.class);

        Workspace.Replaced r = ws.saveKeepingOther(mine);
        assertThat(ws.get(base.id()).bodyText()).isEqualTo("Mine.");
        assertThat(r.otherKeptAt().getFileName().toString()).startsWith(base.id() + ".").endsWith(".theirs.json");
        assertThat(ArticleCodec.decode(Files.readAllBytes(r.otherKeptAt())).article().bodyText()).isEqualTo("Theirs.");

        Path a1 = ws.keepAside(mine);
        Path a2 = ws.keepAside(mine.withBody(List.of(Paragraph.of("Mine again."))));
        assertThat(a1).isNotEqualTo(a2); // two in the same second get two files
        assertThat(ArticleCodec.decode(Files.readAllBytes(a2)).article().bodyText()).isEqualTo("Mine again.");
        assertThat(ws.get(base.id()).bodyText()).isEqualTo("Mine.");
        assertThat(ws.list()).hasSize(1); // nothing kept aside shows up as an article
    }

    @Test
    void theWatcherReportsArticlesChangedByAnyWriterButNotTempFilesOrOtherNames() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(draft("Watched", "One."));
        LinkedBlockingQueue<ArticleWatcher.Changes> seen = new LinkedBlockingQueue<>();
        try (ArticleWatcher w = ArticleWatcher.start(ws, Duration.ofMillis(100), seen::add)) {
            Files.writeString(ws.articlesDir().resolve(".x.json.1234.tmp"), "partial");
            Files.writeString(ws.articlesDir().resolve("notes.txt"), "not an article");
            Files.writeString(ws.articlesDir().resolve("..json"), "bad name");
            ws.update(a.id(), x -> x.withBody(List.of(Paragraph.of("Two."))));
            ArticleWatcher.Changes c = seen.poll(30, TimeUnit.SECONDS);
            assertThat(c).isNotNull();
            assertThat(c.ids()).containsExactly(a.id());
            assertThat(c.touches(a.id())).isTrue();
            assertThat(c.touches("other")).isFalse();

            Files.delete(ws.fileOf(a.id()));
            ArticleWatcher.Changes gone = seen.poll(30, TimeUnit.SECONDS);
            assertThat(gone).isNotNull();
            assertThat(gone.ids()).containsExactly(a.id());
        }
    }

    @Test
    void aJournalForgottenAfterASaveIsGoneButANewerEditIsKept() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(draft("Forget", "Saved."));
        try (RecoveryJournal j = new RecoveryJournal(ws, Duration.ZERO)) {
            j.record(a.withBody(List.of(Paragraph.of("Typed."))));
            j.flush();
            assertThat(j.fileOf(a.id())).exists();
            j.forget(a.id());
            j.flush();
            assertThat(j.fileOf(a.id())).doesNotExist();
            j.record(a.withBody(List.of(Paragraph.of("Typed after the save."))));
            j.flush();
            assertThat(j.pending()).hasSize(1);
        }
    }
}
