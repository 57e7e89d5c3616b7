package org.copydesk.ui.history;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.copydesk.testing.GitIsolation;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.MainWindow;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's history, sync and conflict tests: git reads its configuration from the test's folder only, and each
 * test's desk is closed (its last commits written, the sync dialog closed) before the test's folder is removed.
 */
abstract class DeskWindowTestBase extends FxTestBase {
    @TempDir
    static Path gitConfig;
    static SystemReader before;
    MainWindow window;

    @BeforeAll
    static void isolateGit() throws Exception {
        before = GitIsolation.isolate(gitConfig);
        // off the FX thread: the window's start then does not wait for the language models
        ANALYZER.awaitModels();
    }

    @AfterAll
    static void restoreGit() {
        GitIsolation.restore(before);
    }

    @AfterEach
    void closeDesk() throws Exception {
        if (window != null) {
            onFx(() -> {
                CompletableFuture<Void> closed = window.desk().closing();
                if (window.desk().dialog().isShowing()) {
                    window.desk().dialog().close();
                }
                return closed;
            }).get(60, TimeUnit.SECONDS);
        }
    }
}
