package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.copydesk.analysis.Analyzer;
import org.copydesk.search.SearchIndex;
import org.copydesk.storage.Settings;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window and its list come first; the language models load behind them, and the status bar says so. */
class StartupOrderTest extends FxTestBase {
    @Test
    void theFirstPictureIsTheListTheStoryJoinsItThenAndTheIndexOpensOnlyWhenAskedTo() throws Exception {
        workspace.seedSamples();
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(ctx, stage, Settings.defaults(), null, false, true);
            stage.setScene(new Scene(w.view(), 1280, 800));
            stage.show();
            w.loadWorkspace();
            return w;
        });
        waitUntil(() -> ((TableView<?>) window.view().lookup("#articleTable")).getItems().size() == 6);
        // the first picture: the list, without the story or the side panel, and nothing is opened in the story yet
        assertThat(onFx(() -> window.editor().view().getScene())).isNull();
        assertThat(onFx(() -> window.sidePanels().getTabs().stream().allMatch(t -> t.getContent() == null))).isTrue();
        assertThat(onFx(() -> window.editor().articleProperty().get())).isNull();
        assertThat(workspace.root().resolve(SearchIndex.INDEX_DIR)).as("the index is not even being built").doesNotExist();

        onFx(() -> {
            window.showRest();
            return null;
        });
        waitUntil(() -> window.editor().view().getScene() == stage.getScene());
        waitUntil(() -> window.sidePanels().getTabs().stream()
                .allMatch(t -> t.getContent() != null && t.getContent().getScene() == stage.getScene()));
        waitUntil(() -> window.editor().articleProperty().get() != null);
        assertThat(window.index().readyProperty().get()).isFalse();
        onFx(() -> {
            window.index().open();
            return null;
        });
        waitUntil(() -> window.index().readyProperty().get());
        assertThat(workspace.root().resolve(SearchIndex.INDEX_DIR)).isDirectory();
    }

    @Test
    void theStatusBarSaysWhileTheModelsLoadBehindTheList() throws Exception {
        workspace.seedSamples();
        Analyzer fresh = new Analyzer();
        UiContext c = new UiContext(workspace, fresh, background, UiContext.loadMessages());
        List<String> messages = new CopyOnWriteArrayList<>();
        // the first window of a run loads fonts and skins: on a loaded machine it takes a while (a bound, not a timing)
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(c, stage);
            Label status = (Label) w.view().lookup("#statusMessage");
            status.textProperty().addListener((o, was, now) -> messages.add(now));
            stage.setScene(new Scene(w.view(), 1280, 800));
            stage.show();
            w.loadWorkspace();
            return w;
        }).get(180, TimeUnit.SECONDS);
        String loaded = c.text("status.loaded", 6, workspace.root());
        String loading = c.text("status.loadingModels", loaded);
        waitUntil(() -> messages.contains(loading));
        waitUntil(() -> window.index().readyProperty().get());
        waitUntil(() -> fresh.modelsLoaded().isDone());
        waitUntil(() -> ((Label) window.view().lookup("#statusMessage")).getText().equals(loaded));
        assertThat(onFx(() -> ((TableView<?>) window.view().lookup("#articleTable")).getItems().size())).isEqualTo(6);
        assertThat(messages.indexOf(loading)).as("said while models loaded, then cleared")
                .isLessThan(messages.lastIndexOf(loaded));
    }
}
