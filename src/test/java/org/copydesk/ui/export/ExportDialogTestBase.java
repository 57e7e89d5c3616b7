package org.copydesk.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.copydesk.analysis.SharedAnalyzer;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.common.Desk;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The export dialog's tests: each test a workspace of its own under the class's folder and a context over it in the
 * interface language the test asks for; after the test the dialog closes and the desk and background threads stop.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ExportDialogTestBase {
    static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    static Path dir;
    Workspace ws;
    ExecutorService background;
    UiContext ctx;
    ExportDialog dialog;

    /** A fresh workspace and a context over it in {@code locale}; what the dialog opens goes to {@code opener}. */
    void context(Locale locale, UiContext.DocumentOpener opener) throws IOException {
        ws = Workspace.open(Files.createTempDirectory(dir, "ws"));
        background = CopydeskApp.newBackgroundExecutor();
        ctx = new UiContext(ws, SharedAnalyzer.get(), background, UiContext.loadMessages(locale), new Desk(ws), opener);
    }

    @AfterEach
    void stop() throws Exception {
        FxTestBase.onFx(() -> {
            if (dialog != null) {
                dialog.stage().close();
            }
            return null;
        });
        ctx.desk().close();
        background.shutdownNow();
    }
}
