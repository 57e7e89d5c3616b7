package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * A second Copydesk window on the same article opens it read-only with a banner, and can edit it once the first
 * window lets it go; a lease left by a dead process is taken over.
 */
class SecondWindowTest extends EditorTestBase {
    private static final FakeAnalysis NONE = new FakeAnalysis(Map.of());

    private static Article article() {
        return Article.draft("x", "Shared story", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(List.of(Paragraph.of("Shared text.")));
    }

    @Test
    void theSecondWindowIsReadOnlyUntilTheFirstLetsGoThenEditsHere() throws Exception {
        openEditor(article(), NONE);
        String id = onFx(() -> editor.articleProperty().get().id());
        ArticleEditor first = editor;
        waitUntil(() -> Files.exists(first.leases().fileOf(id)));

        Stage other = onFx(Stage::new);
        ArticleEditor second = onFx(() -> {
            ArticleEditor e = newEditor();
            e.body().setSessions(() -> NONE);
            other.setScene(new Scene(new BorderPane(e.view()), 900, 600));
            other.show();
            e.open(workspace.load(id));
            return e;
        });
        try {
            waitUntil(() -> second.view().lookup("#leaseBanner").isVisible() && !second.body().area().isEditable());
            String text = onFx(() -> ((Label) second.view().lookup("#leaseBannerMessage")).getText());
            assertThat(text).contains("another Copydesk window").contains(String.valueOf(ProcessHandle.current().pid()))
                    .contains("Read-only");
            assertThat(onFx(() -> first.body().area().isEditable())).as("the first window still edits").isTrue();

            // the first window closes the article
            onFx(() -> {
                first.close();
                return null;
            });
            editor = second; // closed after the test
            waitUntil(() -> !Files.exists(first.leases().fileOf(id)));
            onFx(() -> {
                second.checkLeasesNow();
                return null;
            });
            waitUntil(() -> second.view().lookup("#editHere") != null && second.view().lookup("#editHere").isVisible());
            clickWhenShown(() -> second.view().lookup("#editHere"));
            waitUntil(() -> second.body().area().isEditable());
            assertThat(Files.readString(second.leases().fileOf(id))).as("the lease is the second window's now")
                    .contains(second.leases().me().session());
            assertThat(onFx(() -> second.view().lookup("#leaseBanner").isVisible())).isFalse();
        } finally {
            onFx(() -> {
                other.hide();
                return null;
            });
        }
    }

    @Test
    void aLeaseLeftByADeadProcessIsTakenOver() throws Exception {
        Article saved = workspace.create(article());
        Process gone = new ProcessBuilder(ChildJvm.javaBinary(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(gone.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ArticleEditor probe = onFx(this::newEditor);
        String host = probe.leases().me().host();
        onFx(() -> {
            probe.close();
            return null;
        });
        Files.createDirectories(probe.leases().fileOf(saved.id()).getParent());
        Files.writeString(probe.leases().fileOf(saved.id()), "pid=" + gone.pid() + "\nhost=" + host
                + "\nsession=crashed\nsince=" + Instant.now() + "\nrefreshed=" + Instant.now() + "\n");
        // opened as usual: the dead window's lease does not make it read-only
        openEditorOn(saved);
        waitUntil(() -> Files.readString(editor.leases().fileOf(saved.id())).contains(editor.leases().me().session()));
        assertThat(onFx(() -> area().isEditable())).isTrue();
        assertThat(onFx(() -> editor.view().lookup("#leaseBanner").isVisible())).isFalse();
    }

    private void openEditorOn(Article saved) throws Exception {
        BorderPane root = onFx(() -> {
            editor = newEditor();
            editor.body().setSessions(() -> NONE);
            return new BorderPane(editor.view());
        });
        show(root, 900, 600);
        onFx(() -> {
            editor.open(workspace.load(saved.id()));
            return null;
        });
    }
}
