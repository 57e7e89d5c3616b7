package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Saving goes through the desk: the file is written off the FX thread, and the editor stays right about what is saved
 * when the user keeps typing, or opens another article, while a save is on its way.
 */
class SaveOffTheFxThreadTest extends EditorTestBase {
    private static final FakeAnalysis NONE = new FakeAnalysis(Map.of());

    private static Article story(String headline, String text) {
        return Article.draft("x", headline, "en", Instant.parse("2026-11-30T08:00:00Z")).withBody(List.of(Paragraph.of(text)));
    }

    /** Holds the desk thread until released: whatever is asked of the desk meanwhile is "on its way". */
    private CountDownLatch holdTheDesk() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        onFx(() -> ctx.desk().run(ws -> {
            held.countDown();
            release.await(30, TimeUnit.SECONDS);
            return null;
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    @Test
    void theFileIsWrittenAndTheIndexToldOffTheFxThread() throws Exception {
        openEditor(story("Harbour", "The harbour opens."), NONE);
        List<Boolean> savedOnFx = new CopyOnWriteArrayList<>();
        workspace.addListener(new Workspace.Listener() {
            @Override
            public void saved(Article article) {
                savedOnFx.add(Platform.isFxApplicationThread());
            }

            @Override
            public void deleted(String id) {
            }
        });
        caretTo(0);
        robot.write("Now: ");
        assertThat(await(() -> editor.save())).isTrue();
        assertThat(savedOnFx).containsExactly(false);
        assertThat(workspace.get("harbour").bodyText()).isEqualTo("Now: The harbour opens.");
    }

    @Test
    void typingWhileASaveIsOnItsWayStaysUnsavedAndTheNextSaveWritesIt() throws Exception {
        openEditor(story("Harbour", "The harbour opens."), NONE);
        caretTo(0);
        robot.write("A ");
        CountDownLatch release = holdTheDesk();
        CompletableFuture<Boolean> first = onFx(() -> editor.save());
        // the FX thread is free while the desk works: the editor takes typing
        robot.write("B ");
        assertThat(bodyText()).isEqualTo("A B The harbour opens.");
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(workspace.get("harbour").bodyText()).as("what was there when the save was asked").isEqualTo("A The harbour opens.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).as("the later typing is not saved yet").isTrue();
        assertThat(onFx(() -> robot.lookup("#statusSave").queryAs(Label.class).getText())).isEqualTo("unsaved changes");
        // the next save builds on the revision the first one wrote: no "changed elsewhere"
        assertThat(await(() -> editor.save())).isTrue();
        assertThat(workspace.get("harbour").bodyText()).isEqualTo("A B The harbour opens.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
        // and undoing to the saved text makes it unsaved again, redoing saved again: the mark is on the right step
        assertThat(onFx(() -> editor.body().history().isAtMarkedPosition())).isTrue();
    }

    @Test
    void twoSavesAskedAtOnceWriteInOrderWithoutAConflict() throws Exception {
        openEditor(story("Harbour", "The harbour opens."), NONE);
        caretTo(0);
        robot.write("A ");
        CountDownLatch release = holdTheDesk();
        CompletableFuture<Boolean> first = onFx(() -> editor.save());
        robot.write("B ");
        CompletableFuture<Boolean> second = onFx(() -> editor.save());
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(workspace.get("harbour").bodyText()).isEqualTo("A B The harbour opens.");
        assertThat(onFx(() -> robot.lookup("#editorBanner").queryAs(Label.class).isVisible())).isFalse();
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void anotherArticleOpenedWhileASaveIsOnItsWayIsLeftAsItIs() throws Exception {
        Article other = workspace.create(story("Weather", "Rain in the north."));
        openEditor(story("Harbour", "The harbour opens."), NONE);
        caretTo(0);
        robot.write("A ");
        CountDownLatch release = holdTheDesk();
        CompletableFuture<Boolean> saving = onFx(() -> editor.save());
        onFx(() -> {
            editor.open(workspace.load(other.id()));
            return null;
        });
        release.countDown();
        assertThat(saving.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(workspace.get("harbour").bodyText()).isEqualTo("A The harbour opens.");
        assertThat(onFx(() -> editor.articleProperty().get().id())).isEqualTo(other.id());
        assertThat(bodyText()).isEqualTo("Rain in the north.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void saveAllAlsoWritesWhatWasTypedDuringTheSave() throws Exception {
        openEditor(story("Harbour", "The harbour opens."), NONE);
        caretTo(0);
        robot.write("A ");
        CountDownLatch release = holdTheDesk();
        CompletableFuture<Boolean> all = onFx(() -> editor.saveAll());
        robot.write("B ");
        release.countDown();
        assertThat(all.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(workspace.get("harbour").bodyText()).isEqualTo("A B The harbour opens.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }
}
