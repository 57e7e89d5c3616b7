package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.Article;
import org.copydesk.spelling.DeskSpelling;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk without JavaFX: its answers are delivered on a thread standing in for the FX thread. */
class DeskTest {
    @TempDir
    Path dir;
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "stand-in-fx"));
    private Workspace workspace;
    private Desk desk;

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.open(Files.createDirectories(dir.resolve("ws")));
        desk = new Desk(workspace, fx);
    }

    @AfterEach
    void close() {
        desk.close();
        fx.shutdownNow();
    }

    @Test
    void workRunsOnTheDeskThreadAndItsAnswerComesOnTheDeliveryThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch attached = new CountDownLatch(1);
        var job = desk.run(ws -> {
            threads.add(Thread.currentThread().getName());
            attached.await(10, TimeUnit.SECONDS);
            return "done";
        });
        // attached before the answer came (as a view does on the FX thread): it runs on the delivery thread
        var then = job.thenApply(a -> {
            threads.add(Thread.currentThread().getName());
            return a;
        });
        attached.countDown();
        String answer = then.get(10, TimeUnit.SECONDS);
        assertThat(answer).isEqualTo("done");
        assertThat(threads).containsExactly("copydesk-desk", "stand-in-fx");
    }

    @Test
    void jobsRunInTheOrderTheyWereAskedSoAReadSeesTheSaveBeforeIt() throws Exception {
        Article draft = Article.draft("x", "Harbour", "en", Instant.parse("2026-11-30T08:00:00Z"));
        var created = desk.run(ws -> ws.create(draft));
        var read = desk.run(ws -> ws.get("harbour"));
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(created.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailureIsTheExceptionTheWorkThrewUnwrapped() throws Exception {
        var missing = desk.run(ws -> ws.get("no-such-article"));
        Throwable[] seen = new Throwable[1];
        missing.handle((v, e) -> seen[0] = e).get(10, TimeUnit.SECONDS);
        assertThat(seen[0]).isInstanceOf(IOException.class);
        assertThat(Desk.message(seen[0])).contains("no-such-article");
        assertThatThrownBy(() -> missing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        // after a chained stage the cause is wrapped; cause() finds it
        Throwable[] chained = new Throwable[1];
        missing.thenApply(a -> a).handle((v, e) -> chained[0] = e).get(10, TimeUnit.SECONDS);
        assertThat(Desk.cause(chained[0])).isSameAs(seen[0]);
    }

    @Test
    void aClosedDeskRefusesWorkWithAClearError() throws Exception {
        desk.close();
        var late = desk.run(ws -> "never");
        assertThatThrownBy(() -> late.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void closeWaitsForTheWritesAlreadyAsked() throws Exception {
        Article draft = Article.draft("x", "Late story", "en", Instant.parse("2026-11-30T08:00:00Z"));
        desk.run(ws -> {
            Thread.sleep(200); // a slow disk
            return ws.create(draft);
        });
        desk.close();
        assertThat(workspace.exists("late-story")).isTrue();
    }

    @Test
    void spellingIsFoundOnceAndFoundAgainWhenTheDictionaryFolderOfTheSettingsChanges() throws Exception {
        DeskSpelling without = desk.spelling().get(10, TimeUnit.SECONDS);
        assertThat(desk.spelling().get(10, TimeUnit.SECONDS)).as("found once, shared").isSameAs(without);
        // the tests search no folder of this machine: without a chosen folder there is no French dictionary
        assertThat(without.checker().dictionaries().installed().forLanguage("fr")).isEmpty();

        Path folder = Path.of(DeskTest.class.getResource("/org/copydesk/spelling/dicts/fr_FR.aff").toURI()).getParent();
        assertThat(desk.setDictionaryFolder(folder.toString())).isTrue();
        assertThat(desk.setDictionaryFolder(folder.toString())).as("the same folder again changes nothing").isFalse();
        DeskSpelling with = desk.spelling().get(10, TimeUnit.SECONDS);
        assertThat(with).isNotSameAs(without);
        assertThat(with.checker().dictionaries().installed().forLanguage("fr")).isNotEmpty();

        assertThat(desk.setDictionaryFolder(" ")).as("blank: no folder").isTrue();
        assertThat(desk.spelling().get(10, TimeUnit.SECONDS).checker().dictionaries().installed().forLanguage("fr"))
                .isEmpty();
    }
}
