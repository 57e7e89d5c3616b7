package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.AfterEach;

/** Shows an {@link ArticleEditor} on its own (menu bar, editor, status line) over the test's workspace. */
abstract class EditorTestBase extends FxTestBase {
    protected ArticleEditor editor;

    /** Saves the article in the workspace, opens it in a fresh editor (with the given analysis, if any). */
    protected ArticleEditor openEditor(Article article, BodyEditor.Session fakeAnalysis) throws Exception {
        Article saved = workspace.create(article);
        BorderPane root = onFx(() -> {
            editor = new ArticleEditor(ctx);
            if (fakeAnalysis != null) {
                editor.body().setSessions(() -> fakeAnalysis);
            }
            BorderPane r = new BorderPane(editor.view());
            r.setTop(new MenuBar(editor.menus().toArray(new Menu[0])));
            r.setBottom(editor.statusView());
            return r;
        });
        show(root, 1100, 700);
        return onFx(() -> {
            editor.open(workspace.load(saved.id()));
            editor.body().area().requestFocus();
            return editor;
        });
    }

    protected void reopen() throws Exception {
        onFx(() -> {
            editor.open(workspace.load(editor.articleProperty().get().id()));
            return null;
        });
    }

    @AfterEach
    void closeEditor() throws Exception {
        if (editor != null) {
            onFx(() -> {
                editor.close();
                return null;
            });
            // the journal's last write runs on its own thread: done before the test's folder is removed
            assertThat(editor.journal().awaitWritten(Duration.ofSeconds(30))).isTrue();
        }
    }

    protected BodyEditor.Area area() {
        return editor.body().area();
    }

    protected String bodyText() throws Exception {
        return onFx(() -> area().getText());
    }

    /** The style classes of the character at {@code pos} of the body. */
    protected Collection<String> classesAt(int pos) throws Exception {
        return onFx(() -> area().getStyleOfChar(pos));
    }

    protected void caretTo(int pos) throws Exception {
        onFx(() -> {
            area().requestFocus();
            area().moveTo(pos);
            return null;
        });
    }

    protected void select(int start, int end) throws Exception {
        onFx(() -> {
            area().requestFocus();
            area().selectRange(start, end);
            return null;
        });
    }

    protected void waitForAnalysisOfCurrentText() throws Exception {
        waitUntil(() -> editor.body().appliedVersion() == editor.body().version());
    }

    static List<String> list(String... s) {
        return List.of(s);
    }
}
