package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.copydesk.storage.ArticleLeases;
import org.copydesk.storage.RecoveryJournal;
import org.copydesk.storage.Settings;
import org.copydesk.sync.Author;
import org.copydesk.sync.DeskRepository;
import org.copydesk.testing.GitIsolation;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the main window finishes every writer before it says it is closed: the recovery journal holds the last
 * typing, the lease is let go, the saves are committed to the history, the settings are written, and the watcher, the
 * journal's, git's, the index's and the settings' threads have ended; after that nothing in the workspace changes.
 */
class WindowClosingTest extends FxTestBase {
    @TempDir
    static Path gitConfig;
    static SystemReader before;

    @BeforeAll
    static void isolateGit() throws Exception {
        before = GitIsolation.isolate(gitConfig);
        ANALYZER.awaitModels();
    }

    @AfterAll
    static void restoreGit() {
        SystemReader.setInstance(before);
    }

    @Test
    void closingFinishesTheJournalLeaseHistoryAndSettingsAndLeavesNothingRunning() throws Exception {
        workspace.seedSamples();
        try (DeskRepository repo = DeskRepository.open(workspace)) {
            repo.commitAll(new Author("Night Desk", "night@desk.example"), "Samples");
        }
        Settings settings = Settings.defaults();
        settings.setAuthorName("Day Desk");
        settings.setAuthorEmail("day@desk.example");
        Path settingsFile = tempDir.resolve("config").resolve("settings.json");
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();

        MainWindow window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx, settings, settingsFile, false))
                .get(180, TimeUnit.SECONDS);
        waitUntil(() -> window.editor().articleProperty().get() != null && window.editor().editableProperty().get());
        String id = onFx(() -> window.editor().articleProperty().get().id());
        Path lease = workspace.root().resolve(ArticleLeases.FOLDER).resolve(id);
        Path journal = workspace.root().resolve(RecoveryJournal.FOLDER).resolve(id + ".json");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(lease));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !copydeskThreadsSince(threadsBefore, "copydesk-article-watcher").isEmpty());

        // a save (its commit waits for the end of the history's window), then typing the journal keeps
        clickWhenShown(() -> stage.getScene().lookup("#bodyArea"));
        robot.write("Saved ");
        assertThat(await(() -> window.editor().save())).isTrue();
        robot.write("journalled ");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(journal));
        robot.write("lastwords");
        waitUntil(() -> window.editor().edited().map(a -> a.bodyText().contains("lastwords")).orElse(false));

        CompletableFuture<Void> closed = onFx(window::close);
        closed.get(90, TimeUnit.SECONDS);
        Map<String, String> atClose = files(workspace.root());

        assertThat(Files.readString(journal)).as("the journal's last write is done").contains("lastwords");
        assertThat(lease).as("the lease is let go").doesNotExist();
        try (Git git = Git.open(workspace.root().toFile())) {
            List<RevCommit> log = iterate(git.log().call());
            assertThat(log).as("the save is committed").hasSizeGreaterThanOrEqualTo(2);
            assertThat(log.get(0).getAuthorIdent().getName()).isEqualTo("Day Desk");
        }
        assertThat(Settings.load(settingsFile).settings().lastArticle()).as("the settings are written").isEqualTo(id);
        assertThat(MainWindow.openWindows()).doesNotContain(window);
        assertThat(onFx(() -> stage.isShowing())).isFalse();

        // the context's desk and background threads are the test's to stop (the app stops them when it ends)
        ctx.desk().close();
        background.shutdownNow();
        assertThat(background.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        // a change in the articles folder now wakes nothing: no watcher is left to read the file again
        Files.writeString(workspace.articlesDir().resolve("outsider.txt"), "not an article");
        atClose.put("articles/outsider.txt", "14");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> copydeskThreadsSince(threadsBefore, "copydesk-").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(files(workspace.root())).as("nothing in the workspace changes after the close").isEqualTo(atClose);
    }

    /** The threads named {@code prefix}… started since {@code before} that are still alive. */
    private static List<String> copydeskThreadsSince(Set<Thread> before, String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t) && t.getName().startsWith(prefix))
                .map(Thread::getName).sorted().toList();
    }

    /** Every file under the folder: its size, time and content, by relative path. */
    private static Map<String, String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            Map<String, String> out = new TreeMap<>();
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                out.put(root.relativize(p).toString().replace('\\', '/'),
                        p.getFileName().toString().equals("outsider.txt") ? String.valueOf(bytes.length)
                                : bytes.length + " " + Files.getLastModifiedTime(p).toMillis() + " " + Arrays.hashCode(bytes));
            }
            return out;
        }
    }

    private static <T> List<T> iterate(Iterable<T> it) {
        return StreamSupport.stream(it.spliterator(), false).collect(Collectors.toList());
    }
}
