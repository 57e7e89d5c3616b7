package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import org.copydesk.testing.GitIsolation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's saves become few commits: one per article per window, and one when the editor leaves it. */
@ExtendWith(GitIsolation.PerClass.class)
class SaveCommitsTest {
    static Workspace desk(Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z")));
        try (DeskRepository repo = DeskRepository.open(ws)) {
            repo.commitAll(Desks.BEN, "Start");
        }
        return ws;
    }

    static void type(Workspace ws, SaveCommits commits, String id, String text) throws Exception {
        Article a = ws.get(id);
        ws.save(a.withBody(Article.paragraphsOf(a.bodyText() + text)));
        commits.saved(id);
    }

    static List<Version> history(DeskQueue queue, String id) {
        return queue.submit(r -> r.history(id)).join();
    }

    @Test
    void aBurstOfSavesIsOneCommitWhenTheEditorLeavesTheArticle(@TempDir Path dir) throws Exception {
        Workspace ws = desk(dir);
        try (DeskQueue queue = new DeskQueue(ws)) {
            SaveCommits commits = new SaveCommits(queue, () -> Desks.ANNA, 3_600_000);
            for (int i = 0; i < 25; i++) {
                type(ws, commits, "harbour", " word" + i);
            }
            assertThat(history(queue, "harbour")).hasSize(1); // only the start: nothing committed within the window
            assertThat(commits.pending()).containsExactly("harbour");

            commits.flush("harbour").get(30, TimeUnit.SECONDS);

            List<Version> versions = history(queue, "harbour");
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).author()).isEqualTo("Anna Reporter");
            assertThat(versions.get(0).email()).isEqualTo("anna@desk.example");
            assertThat(versions.get(0).wordsAdded()).isEqualTo(25);
            assertThat(commits.pending()).isEmpty();
            assertThat(queue.submit(r -> r.articleAt("harbour", versions.get(0).commit())).join().bodyText())
                    .endsWith("word24");
        }
    }

    @Test
    void theWindowEndingCommitsWithoutTheEditorLeaving(@TempDir Path dir) throws Exception {
        Workspace ws = desk(dir);
        try (DeskQueue queue = new DeskQueue(ws)) {
            SaveCommits commits = new SaveCommits(queue, () -> Desks.BEN, 200);
            CountDownLatch committed = new CountDownLatch(1);
            commits.onCommitted(id -> committed.countDown());
            type(ws, commits, "harbour", " first");
            type(ws, commits, "harbour", " second");
            assertThat(committed.await(30, TimeUnit.SECONDS)).isTrue();
            List<Version> versions = history(queue, "harbour");
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).author()).isEqualTo("Ben Subeditor");
            assertThat(versions.get(0).wordsAdded()).isEqualTo(2);
        }
    }

    @Test
    void eachArticleHasItsOwnCommitAndQuittingCommitsThemAll(@TempDir Path dir) throws Exception {
        Workspace ws = desk(dir);
        ws.saveOverwriting(Article.draft("budget", "Budget vote", "en", Instant.parse("2026-11-30T08:00:00Z")));
        try (DeskQueue queue = new DeskQueue(ws)) {
            SaveCommits commits = new SaveCommits(queue, () -> null, 3_600_000);
            type(ws, commits, "harbour", " one");
            type(ws, commits, "budget", " two");
            type(ws, commits, "harbour", " three");
            commits.flushAll().get(30, TimeUnit.SECONDS);
            assertThat(history(queue, "harbour")).hasSize(2);
            assertThat(history(queue, "budget")).hasSize(1);
            // no author in the settings: git's configuration, else the login name
            assertThat(history(queue, "budget").get(0).author()).isNotBlank();
            assertThat(queue.submit(r -> r.history("harbour")).join().get(0).commit())
                    .isNotEqualTo(history(queue, "budget").get(0).commit());
        }
    }

    @Test
    void aDeskWithoutHistoryCommitsNothingAndCreatesNoRepository(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z")));
        try (DeskQueue queue = new DeskQueue(ws)) {
            SaveCommits commits = new SaveCommits(queue, () -> Desks.ANNA, 3_600_000);
            type(ws, commits, "harbour", " more");
            commits.flushAll().get(30, TimeUnit.SECONDS);
            assertThat(commits.pending()).isEmpty();
            assertThat(queue.keepsHistory()).isFalse();
            assertThat(dir.resolve(".git")).doesNotExist();
        }
    }
}
