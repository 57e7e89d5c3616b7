package org.copydesk.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.copydesk.analysis.Analyzer;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.common.UiContext;

/**
 * A child process for {@link EditorKillTest}: opens an article in the real {@link ArticleEditor} (JavaFX, headless
 * through Monocle), shown in a window, and types into its body word after word through the editor's text area, as a
 * user would, until it is killed. It prints {@code written N} each time the editor's recovery journal reaches the
 * disk with N words, and never saves (autosave waits for a pause in the typing, and the typing never pauses).
 */
public final class EditorTyper {
    private EditorTyper() {
    }

    /** What the body holds after {@code n} words typed: "w1 w2 …", ten words a paragraph. */
    static String textAfter(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : i % 10 == 1 ? "\n" : " ").append('w').append(i);
        }
        return s.toString();
    }

    static int wordsIn(List<Paragraph> body) {
        return body.stream().mapToInt(p -> p.text().isEmpty() ? 0 : p.text().split(" ").length).sum();
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(Path.of(args[0]));
        String id = args[1];
        ExecutorService background = CopydeskApp.newBackgroundExecutor();
        UiContext ctx = new UiContext(ws, new Analyzer(), background, UiContext.loadMessages(Locale.ENGLISH));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<ArticleEditor> ref = new AtomicReference<>();
        CountDownLatch open = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ArticleEditor editor = new ArticleEditor(ctx);
                editor.body().setSessions(() -> new FakeAnalysis(Map.of()));
                editor.setAutosaveDelay(Duration.hours(1));
                editor.journal().onWritten(a -> {
                    System.out.println("written " + wordsIn(a.body()));
                    System.out.flush();
                });
                Stage stage = new Stage();
                stage.setScene(new Scene(new BorderPane(editor.view()), 900, 600));
                stage.show();
                editor.open(ws.load(id));
                editor.body().area().requestFocus();
                ref.set(editor);
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
            } finally {
                open.countDown();
            }
        });
        open.await();
        for (int n = 1; ; n++) {
            int word = n;
            CountDownLatch typed = new CountDownLatch(1);
            Platform.runLater(() -> {
                var area = ref.get().body().area();
                String sep = word == 1 ? "" : word % 10 == 1 ? "\n" : " ";
                area.moveTo(area.getLength());
                area.replaceSelection(sep + "w" + word); // as typed: at the caret, through the editor's own text area
                typed.countDown();
            });
            typed.await();
            Thread.sleep(5);
        }
    }
}
