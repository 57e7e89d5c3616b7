package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.FxTestBase;
import org.junit.jupiter.api.AfterEach;

/** Shows an {@link ArticleEditor} on its own (menu bar, editor, status line) over the test's workspace. */
abstract class EditorTestBase extends FxTestBase {
    protected ArticleEditor editor;
    /** Every editor the test made: each is closed, and its writers waited for, before the test's folder goes. */
    private final List<ArticleEditor> made = new ArrayList<>();

    /** A new editor over the test's workspace (on the FX thread), closed after the test if the test did not. */
    protected ArticleEditor newEditor() {
        ArticleEditor e = new ArticleEditor(ctx);
        made.add(e);
        return e;
    }

    /** Saves the article in the workspace, opens it in a fresh editor (with the given analysis, if any). */
    protected ArticleEditor openEditor(Article article, BodyEditor.Session fakeAnalysis) throws Exception {
        Article saved = workspace.create(article);
        BorderPane root = onFx(() -> {
            editor = newEditor();
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
    void closeEditors() throws Exception {
        for (ArticleEditor e : made) {
            onFx(() -> {
                e.close();
                return null;
            });
            // the journal's last write, the lease's release and the watcher end off the FX thread: all done before
            // the test's folder is removed
            e.closed().get(60, TimeUnit.SECONDS);
            assertThat(e.journal().awaitWritten(Duration.ofSeconds(1))).isTrue();
        }
        made.clear();
    }

    /** Clicks the button showing {@code text} (in a dialog, say) once it is shown. */
    protected void clickButton(String text) throws Exception {
        clickWhenShown(() -> robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.getScene() != null).findFirst().orElse(null));
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

    /**
     * What the body shows: the text from the start of the line at its top, and from the line half way down (on the FX
     * thread).
     */
    protected List<String> shownLines() {
        String text = area().getText();
        double x = area().getPadding().getLeft() + 2;
        List<String> lines = new ArrayList<>();
        for (double y : new double[] {area().getPadding().getTop() + 2, area().getPadding().getTop() + 120}) {
            int at = area().hit(x, y).getInsertionIndex();
            lines.add(text.substring(at, Math.min(text.length(), at + 30)));
        }
        return lines;
    }

    /** Scrolls the body down by {@code pixels} as a reader would, and returns once it shows it. */
    protected void scrollDown(double pixels) throws Exception {
        List<String> top = onFx(this::shownLines);
        onFx(() -> {
            area().scrollYBy(pixels);
            return null;
        });
        waitUntil(() -> laidOut(area()) && !shownLines().equals(top));
    }

    static List<String> list(String... s) {
        return List.of(s);
    }

    /** Presses the keys in order and releases them in reverse: a shortcut as a user's fingers type it. */
    protected void key(KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
    }
}
