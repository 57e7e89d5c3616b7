package org.copydesk.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * After every test (and test class), closes each main window the test left open through the app's own close path and
 * waits, on conditions and with a generous bound, until nothing of it writes any more: the settings, the recovery
 * journal, the lease, the history's last commits and its git thread, the search index, the article watcher, then the
 * desk's last jobs and the background threads of its context. Only then may JUnit remove the test's folder.
 *
 * <p>Registered for every test by auto-detection ({@code META-INF/services}), so tests on TestFX's
 * {@code ApplicationExtension} are covered as well as those on {@link FxTestBase}; a test with nothing open pays nothing.
 * Dialogs and menus still showing are hidden first (a dialog's nested event loop would hold the close back).
 */
public final class ClosesWindows implements AfterEachCallback, AfterAllCallback {
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        closeAll();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        closeAll();
    }

    /** Closes every main window still open and waits for its writers; fails (naming them) if they do not stop. */
    public static void closeAll() throws Exception {
        if (MainWindow.openWindows().isEmpty()) {
            return;
        }
        List<MainWindow> windows = FxTestBase.onFx(() -> {
            hideAllButMainWindows();
            return MainWindow.openWindows();
        });
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        Set<UiContext> contexts = new LinkedHashSet<>();
        for (MainWindow w : windows) {
            closing.add(FxTestBase.onFx(w::close));
            contexts.add(w.context());
        }
        List<String> problems = new ArrayList<>();
        for (CompletableFuture<Void> c : closing) {
            try {
                c.get(90, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                problems.add(String.valueOf(e.getCause()));
            } catch (TimeoutException e) {
                problems.add("a window was still closing after 90 s");
            }
        }
        for (UiContext c : contexts) {
            stop(c.background(), problems);
            c.desk().close();
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("windows left writing after the test: " + problems);
        }
    }

    /**
     * Hides every window but the main windows and the shared stage: the menus, tooltips and dialogs a test left showing
     * (on the FX thread). {@link FxTestBase} calls it after every test, main windows or not: such a window lies over the
     * next test's window and takes the clicks meant for it.
     */
    static void hideAllButMainWindows() {
        Stage primary = FxToolkit.isFXApplicationThreadRunning() ? FxToolkit.toolkitContext().getRegisteredStage() : null;
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != primary && w.isShowing() && !isMainWindow(w)) {
                w.hide();
            }
        }
    }

    private static boolean isMainWindow(Window w) {
        return w.getScene() != null && w.getScene().getRoot() != null && "mainWindow".equals(w.getScene().getRoot().getId());
    }

    private static void stop(ExecutorService background, List<String> problems) throws InterruptedException {
        background.shutdownNow();
        if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
            problems.add("background work still running after 30 s");
        }
    }
}
