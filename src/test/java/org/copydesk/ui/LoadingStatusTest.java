package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The spelling dictionaries load behind the first picture: the status bar says so while they do, then not. */
class LoadingStatusTest extends FxTestBase {
    /** On the FX thread only. */
    private Node find(String selector) {
        return stage.getScene() == null ? null : stage.getScene().lookup(selector);
    }

    @Test
    void theStatusBarSaysWhileTheDictionariesLoadAndClearsWhenTheyAre() throws Exception {
        workspace.seedSamples();
        String[] shownAtFirst = new String[1];
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = CopydeskApp.show(stage, ctx);
            // the dictionaries are being found on a thread of their own: their answer reaches the FX thread after this
            Label l = (Label) find("#statusDictionaries");
            shownAtFirst[0] = l.isVisible() ? l.getText() : null;
            return w;
        }).get(180, TimeUnit.SECONDS);
        assertThat(shownAtFirst[0]).isEqualTo(ctx.text("status.loadingDictionaries")).isEqualTo("Loading spelling dictionaries…");
        waitUntil(() -> window.editor().articleProperty().get() != null && !find("#statusDictionaries").isVisible());
        assertThat(onFx(() -> find("#statusDictionaries").isManaged())).as("takes no room once loaded").isFalse();
    }
}
