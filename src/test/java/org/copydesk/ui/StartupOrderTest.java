package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.copydesk.analysis.Analyzer;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window and its list come first; the language models load behind them, and the status bar says so. */
class StartupOrderTest extends FxTestBase {
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
