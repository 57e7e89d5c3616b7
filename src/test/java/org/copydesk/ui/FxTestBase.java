package org.copydesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.SharedAnalyzer;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the headless UI tests: starts the JavaFX toolkit and its primary stage once for the whole run, and gives each
 * test a fresh temporary workspace, background executor and {@link UiContext}, plus a robot.
 */
public abstract class FxTestBase {
    /** The one stage every test shows its view in. */
    protected static Stage stage;
    /** A shared analyser: loading language models is done once per run. */
    protected static final Analyzer ANALYZER = SharedAnalyzer.get();

    protected final FxRobot robot = new FxRobot();
    protected Workspace workspace;
    protected ExecutorService background;
    protected UiContext ctx;

    @TempDir
    protected Path tempDir;

    @BeforeAll
    static void startToolkitOnce() throws TimeoutException {
        if (stage == null) {
            stage = FxToolkit.registerPrimaryStage();
            // the app's theme for every view under test, as in the app (its colours are what our stylesheets look up)
            Look.applyTheme(false, null);
        }
    }

    @BeforeEach
    void freshWorkspace() throws IOException {
        workspace = Workspace.open(Files.createDirectories(tempDir.resolve("workspace")));
        background = CopydeskApp.newBackgroundExecutor();
        ctx = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages());
    }

    /**
     * After each test: the main windows it opened close through the app's close path and their writers finish (see
     * {@link ClosesWindows}), then the shared stage is reset and this test's background threads and desk stop, so that
     * nothing writes in {@link #tempDir} once JUnit removes it.
     */
    @AfterEach
    void stopBackground() throws Exception {
        // a key or button this test's robot still holds (a test that failed half way) would change the next test's
        // clicks and typing
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        onFx(() -> {
            ClosesWindows.hideAllButMainWindows();
            return null;
        });
        ClosesWindows.closeAll();
        onFx(() -> {
            // leave the shared stage as found: hidden, at the origin (a window reaching past the headless screen makes
            // Monocle's painter fail for the next test that shows a full-size scene), and sized by its next scene. A
            // size set on it (setWidth, as the window-fit tests and a restored window do) stays with a stage, hidden
            // or not, for every later scene: a test then ran at 1920×1080 or 1024×700 depending on the order of the
            // classes (the caret-follow test failed so after WindowFitTest; the CI's order is its disk's). Sizing the
            // stage to its scene while it shows is what makes it take its next scene's size.
            stage.setMaximized(false);
            stage.setFullScreen(false);
            stage.setIconified(false);
            if (!stage.isShowing()) {
                stage.setScene(new Scene(new Group(), 1, 1));
                stage.show();
            }
            stage.sizeToScene();
            stage.hide();
            stage.setScene(null);
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        background.shutdownNow();
        if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new AssertionError("background work still running 30 s after the test");
        }
        ctx.desk().close();
    }

    /** Shows a view in the shared stage, focused. */
    protected void show(Parent view, double width, double height) throws Exception {
        onFx(() -> {
            stage.setScene(new Scene(view, width, height));
            stage.show();
            stage.toFront();
            stage.requestFocus();
            return null;
        });
    }

    /**
     * The main window over {@code ui}, shown at {@code width} x {@code height} with its workspace's list loading (the
     * first window of a run loads fonts and skins: on a loaded machine it takes a while).
     */
    protected static MainWindow showMainWindow(UiContext ui, double width, double height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(ui, stage);
            stage.setScene(new Scene(w.view(), width, height));
            stage.show();
            w.loadWorkspace();
            return w;
        }).get(180, TimeUnit.SECONDS);
    }

    /** Runs on the FX thread and waits for the result. */
    public static <T> T onFx(Callable<T> c) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /**
     * Starts something on the FX thread that answers later (a save, a load through the desk) and waits, off the FX
     * thread, for its answer.
     */
    public static <T> T await(Callable<? extends CompletionStage<T>> start) throws Exception {
        try {
            return onFx(start).toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /**
     * Waits (up to a generous limit, not a timing assertion: a machine shared by many builds takes its time) until the
     * condition holds, checked on the FX thread.
     */
    protected static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /**
     * Clicks the middle of the node {@code find} returns, once it is shown. The node is looked up and its place read on
     * the FX thread, inside the wait: views that rebuild their cells or lay their text out meanwhile made TestFX's own
     * look-up (which reads bounds from the test thread) click a node no longer in the scene.
     */
    protected void clickWhenShown(Callable<Node> find) throws Exception {
        clickWhenShown(robot, find);
    }

    /** {@link #clickWhenShown(Callable)} with a robot of one's own (tests that do not extend this class). */
    public static void clickWhenShown(FxRobot robot, Callable<Node> find) throws Exception {
        Point2D[] at = new Point2D[1];
        Window[] in = new Window[1];
        waitUntil(() -> {
            Node n = find.call();
            if (n == null || n.getScene() == null || !n.isVisible() || n.isDisabled()) {
                return false;
            }
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            if (b == null || !laidOut(n)) {
                return false;
            }
            // clicked only once it stays put between two looks, with no layout pending in between (a banner or list
            // still being laid out moves it; two looks can fall between the same two pulses)
            Point2D p = new Point2D(b.getCenterX(), b.getCenterY());
            boolean settled = p.equals(at[0]);
            at[0] = p;
            in[0] = n.getScene().getWindow();
            return settled;
        });
        // the keys typed next go to the window of what was clicked (a click on a point, unlike TestFX's click on a
        // node, does not tell the robot which window that is: a dialog's field would get its typing in the main window)
        robot.targetWindow(in[0]);
        robot.clickOn(at[0]);
    }

    /**
     * Clicks, then waits until {@code done} holds (checked on the FX thread); when it does not within 10 s, clicks again,
     * as a user would, and the third time waits the usual 60 s, then fails with what {@code state} tells (read on the FX
     * thread). For a click a view may miss under load: a row or button rebuilt between the press and the release, a
     * field that moves while a box above it folds.
     */
    public static void clickUntil(Click click, Callable<Boolean> done, Callable<String> state) throws Exception {
        for (int n = 1; ; n++) {
            click.run();
            try {
                WaitForAsyncUtils.waitFor(n < 3 ? 10 : 60, TimeUnit.SECONDS, () -> onFx(done));
                return;
            } catch (TimeoutException e) {
                if (n == 3) {
                    throw new AssertionError("not done after 3 clicks: " + onFx(state), e);
                }
            }
        }
    }

    /** A click of a test's (it may wait for what it clicks). */
    @FunctionalInterface
    public interface Click {
        void run() throws Exception;
    }

    /** Which windows are focused and what has the focus in each (on the FX thread): for a test's failure message. */
    static String focusNow() {
        StringBuilder b = new StringBuilder("windows:");
        for (Window w : Window.getWindows()) {
            Node owner = w.getScene() == null ? null : w.getScene().getFocusOwner();
            b.append(' ').append(w.getClass().getSimpleName()).append(w.isFocused() ? " (focused)" : "")
                    .append(" focus owner ").append(owner == null ? "none" : owner.getClass().getSimpleName() + "#" + owner.getId())
                    .append(';');
        }
        return b.toString();
    }

    /**
     * True when {@code n} has a place on screen: it has been laid out and no layout is pending in its scene (a node just
     * shown has an empty box until the next pulse; call on the FX thread).
     */
    protected static boolean laidOut(Node n) {
        return !n.getBoundsInLocal().isEmpty() && !n.getScene().getRoot().isNeedsLayout();
    }

    /** {@link #clickWhenShown(Callable)} for the node a CSS query finds in the shown windows. */
    protected void clickWhenShown(String query) throws Exception {
        clickWhenShown(() -> robot.lookup(query).tryQuery().orElse(null));
    }

    /**
     * Types {@code text} into the text field {@code query} finds: clicks it, waits until it has the keyboard focus in
     * a focused window, types, and waits until the text is in the field. TestFX types into the scene of the first
     * focused window nearest its target window, and under Monocle a dialog and the window that owns it both report
     * being focused: typed right after a click on a point (which does not change the target window), or before the
     * click's focus change was processed, the keys went to the main window's editor instead of the dialog's field.
     */
    protected void typeInto(String query, String text) throws Exception {
        typeInto(robot, query, text);
    }

    /** {@link #typeInto(String, String)} with a robot of one's own (tests that do not extend this class). */
    public static void typeInto(FxRobot robot, String query, String text) throws Exception {
        Callable<Boolean> focused = () -> robot.lookup(query).tryQuery()
                .map(n -> n.isFocused() && n.getScene().getWindow().isFocused() && n.getScene().getFocusOwner() == n)
                .orElse(false);
        // clicked again when a click did not give the field the focus (twice in CI the Related tab's field had not
        // taken it 60 s after one click)
        clickUntil(() -> clickWhenShown(robot, () -> robot.lookup(query).tryQuery().orElse(null)), focused,
                () -> query + " has not taken the focus; " + focusNow());
        robot.targetWindow(onFx(() -> robot.lookup(query).query().getScene().getWindow()));
        robot.write(text);
        waitUntil(() -> ((TextInputControl) robot.lookup(query).query()).getText().contains(text));
    }
}
