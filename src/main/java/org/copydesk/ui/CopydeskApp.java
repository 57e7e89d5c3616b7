package org.copydesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.copydesk.analysis.Analyzer;
import org.copydesk.storage.ArticleSummary;
import org.copydesk.storage.Settings;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.common.Desk;
import org.copydesk.ui.common.DesktopTheme;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.StartupPhases;
import org.copydesk.ui.common.UiContext;

/** The desktop app: opens the chosen workspace in the main window. */
public final class CopydeskApp extends Application {
    /** System property: quit once every start-up phase has been recorded (for {@code copydesk bench startup}). */
    public static final String EXIT_AFTER_STARTUP = "copydesk.startupExit";
    private ExecutorService background;
    private UiContext context;
    private Settings.Loaded settings;
    private Path settingsFile;
    private boolean desktopDark;
    private Workspace workspace;
    private Exception workspaceProblem;
    private ResourceBundle messages;
    private Analyzer analyzer;
    /** The article list as the launch's preparing thread reads it; null when launched otherwise (the desk reads it). */
    private CompletableFuture<List<ArticleSummary>> listing;
    /** The theme as the launch's preparing thread reads it; null when launched otherwise (the FX thread reads it). */
    private CompletableFuture<Void> theme;
    /** What {@link #launchWith} started preparing while the toolkit starts; null when launched otherwise. */
    private static volatile CompletableFuture<Prepared> early;

    /**
     * What the window needs from the disk and the desktop, read off the FX thread before it is built; the article
     * list's listing follows on the same thread ({@link #readListing}), not awaited by the window's construction.
     */
    private record Prepared(Path settingsFile, Settings.Loaded settings, boolean desktopDark, Workspace workspace,
            Exception workspaceProblem, ResourceBundle messages, Analyzer analyzer,
            CompletableFuture<List<ArticleSummary>> listing, CompletableFuture<Void> theme) {
        /** Reads the theme for the FX thread (completes {@link #theme}, whatever happens). */
        void readTheme() {
            try {
                Look.preloadTheme(Look.dark(settings.settings().theme(), desktopDark));
            } finally {
                theme.complete(null);
            }
        }

        /** Reads the workspace's article list (completes {@link #listing}; nothing without a workspace). */
        void readListing() {
            if (workspace == null) {
                listing.cancel(false);
                return;
            }
            try {
                listing.complete(workspace.summaries());
            } catch (Throwable e) {
                listing.completeExceptionally(e);
            }
        }

        static Prepared read(List<String> args) {
            Path file = Settings.defaultLocation();
            Settings.Loaded loaded = Settings.load(file);
            boolean dark = DesktopTheme.prefersDark();
            Workspace ws = null;
            Exception problem = null;
            try {
                ws = Workspace.openChosen(workspaceArgument(args));
            } catch (Exception e) {
                problem = e;
            }
            ResourceBundle bundle = UiContext.loadMessages(loaded.settings().uiLanguage());
            return new Prepared(file, loaded, dark, ws, problem, bundle, ws == null ? null : new Analyzer(),
                    new CompletableFuture<>(), new CompletableFuture<>());
        }
    }

    /**
     * The settings, the desktop's light/dark preference, the workspace, the messages and the analyser: prepared by
     * {@link #launchWith} on a thread of their own while JavaFX starts its toolkit (the settings' JSON reader, the
     * {@code gsettings} process and the workspace's opening cost about as much as the toolkit's start), else read
     * here on the launcher thread.
     */
    @Override
    public void init() {
        CompletableFuture<Prepared> started = early;
        early = null;
        Prepared p = started != null ? started.join() : Prepared.read(getParameters().getRaw());
        settingsFile = p.settingsFile();
        settings = p.settings();
        desktopDark = p.desktopDark();
        workspace = p.workspace();
        workspaceProblem = p.workspaceProblem();
        messages = p.messages();
        analyzer = p.analyzer();
        listing = started != null ? p.listing() : null;
        theme = started != null ? p.theme() : null;
    }

    /**
     * Starts the app: what the window needs is read on a thread of its own while JavaFX starts its toolkit on this one;
     * {@code alsoMeanwhile} runs on that thread afterwards (work the launcher would otherwise do before the toolkit).
     */
    public static void launchWith(String[] args, Runnable alsoMeanwhile) {
        List<String> raw = List.of(args);
        CompletableFuture<Prepared> prepared = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Prepared p = null;
            try {
                p = Prepared.read(raw);
                prepared.complete(p);
            } catch (Throwable e) {
                prepared.completeExceptionally(e);
            }
            if (p != null) {
                p.readTheme();
                // the list is read while the toolkit starts too: by the time the window is built it is there, and is
                // in the window's first picture (a large workspace's listing may finish later: the list fills then)
                p.readListing();
            }
            alsoMeanwhile.run();
        }, "copydesk-prepare");
        t.setDaemon(true);
        t.start();
        early = prepared;
        Application.launch(CopydeskApp.class, args);
    }

    /** {@code --workspace DIR} or {@code --workspace=DIR} from the command line, else null. */
    static Path workspaceArgument(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.equals("--workspace") && i + 1 < raw.size()) {
                return Path.of(raw.get(i + 1));
            }
            if (a.startsWith("--workspace=")) {
                return Path.of(a.substring("--workspace=".length()));
            }
        }
        return null;
    }

    @Override
    public void start(Stage stage) {
        // the theme first: set before the first control exists, JavaFX's default theme is never parsed
        if (theme != null) {
            theme.join();
        }
        Look.applyTheme(Look.dark(settings.settings().theme(), desktopDark), null);
        if (workspace == null) {
            Alert a = new Alert(Alert.AlertType.ERROR, workspaceProblem.getMessage());
            a.setHeaderText(UiContext.loadMessages().getString("error.workspace.header"));
            a.showAndWait();
            Platform.exit();
            return;
        }
        StartupPhases phases = StartupPhases.fromSystemProperty(List.of(StartupPhases.WINDOW_SHOWN,
                StartupPhases.STORY_SHOWN, StartupPhases.LIST_FILLED, StartupPhases.MODELS_READY, StartupPhases.INDEX_OPEN));
        if (Boolean.getBoolean(EXIT_AFTER_STARTUP)) {
            phases.onComplete(line -> Platform.runLater(Platform::exit));
        }
        Analyzer analyzer = this.analyzer;
        background = newBackgroundExecutor();
        UiContext ctx = new UiContext(workspace, analyzer, background, messages, new Desk(workspace),
                UiContext.DocumentOpener.of(getHostServices()));
        context = ctx;
        if (listing != null) {
            // the desk's work (a save, a new article) waits for the listing the launch is reading: one reader or
            // writer of the workspace at a time, as when the desk reads the list itself
            CompletableFuture<List<ArticleSummary>> read = listing;
            ctx.desk().run(w -> read.handle((entries, failure) -> null).join());
        }
        // the first picture is the list; the story and the side panel join it once that frame is laid out (whenFirstFrame)
        MainWindow window = new MainWindow(ctx, stage, settings.settings(), settingsFile, desktopDark, true);
        show(stage, window, listing);
        if (settings.problem() != null) {
            Alert a = new Alert(Alert.AlertType.WARNING, settings.problem());
            a.initOwner(stage);
            a.setHeaderText(null);
            a.show();
        }
        // Only what the first picture needs runs before it: the list, the menus, the toolbar and the status bar (the
        // list's files are read on the desk's thread meanwhile). Once that picture and the filled list are on screen,
        // the story, the side panel and the desk's history are built and join them; once they are on screen the search
        // index opens and the language models load behind them (analysis waits for them, the status bar says so), and
        // the crash recovery journal is looked at: on two cores none of it competes with the pictures.
        Scene scene = stage.getScene();
        int[] waiting = {2}; // the first picture, and the list filled (or found unreadable) and drawn
        Runnable rest = () -> {
            if (--waiting[0] == 0) {
                window.showRest();
                whenFirstFrame(scene, () -> {
                    phases.mark(StartupPhases.STORY_SHOWN);
                    window.index().open();
                    analyzer.preloadInBackground();
                    window.offerRecovery(); // unsaved edits left by a crash: restore or discard
                });
            }
        };
        whenFirstFrame(scene, () -> {
            phases.mark(StartupPhases.WINDOW_SHOWN);
            rest.run();
        });
        window.whenListLoaded(() -> whenFirstFrame(scene, () -> phases.mark(StartupPhases.LIST_FILLED)));
        window.whenListSettled(() -> whenFirstFrame(scene, rest));
        analyzer.modelsLoaded().thenRun(() -> phases.mark(StartupPhases.MODELS_READY));
        window.index().readyProperty().addListener((o, was, ready) -> {
            if (ready) {
                phases.mark(StartupPhases.INDEX_OPEN);
            }
        });
    }

    /**
     * Runs {@code action} once, on the FX thread just after the next frame of {@code scene} has been laid out (the first
     * one it shows), outside that pulse: nodes put into the scene from a post-layout pulse listener were drawn by JavaFX
     * where they stood before their first layout (the story over the list, its body blank), though their bounds were
     * right.
     */
    static void whenFirstFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Builds the main window for a context and shows it (also used by the UI tests). */
    public static MainWindow show(Stage stage, UiContext ctx) {
        return show(stage, ctx, Settings.defaults(), null, false);
    }

    /** As {@link #show(Stage, UiContext)}, with the user's settings (saved to {@code settingsFile} on close). */
    public static MainWindow show(Stage stage, UiContext ctx, Settings settings,
            Path settingsFile, boolean desktopDark) {
        MainWindow window = new MainWindow(ctx, stage, settings, settingsFile, desktopDark);
        show(stage, window, null);
        return window;
    }

    /**
     * Shows the window and its article list: from {@code listing} when given (at once when it is read already, so that
     * the list is in the first picture), else read by the desk.
     */
    private static void show(Stage stage, MainWindow window, CompletableFuture<List<ArticleSummary>> listing) {
        double[] size = firstSize(Screen.getPrimary().getVisualBounds());
        stage.setScene(new Scene(window.view(), size[0], size[1]));
        window.restoreBounds();
        var icon = CopydeskApp.class.getResourceAsStream("/org/copydesk/assets/icons/copydesk-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        boolean ready = listing != null && listing.isDone() && !listing.isCompletedExceptionally();
        if (ready) {
            window.loadWorkspace(listing);
        }
        stage.show();
        if (!ready) {
            if (listing != null) {
                window.loadWorkspace(listing);
            } else {
                window.loadWorkspace();
            }
        }
    }

    /**
     * The window's size on a first start (no saved bounds): 1280×800, or the screen's usable area when it is smaller,
     * so that a small screen (1024×700, say) shows the whole window instead of cutting off its right and bottom.
     */
    static double[] firstSize(Rectangle2D screen) {
        return new double[] {Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight())};
    }

    public static ExecutorService newBackgroundExecutor() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "copydesk-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (context != null) {
            // the writes asked for last (the save on quit) reach the disk before the JVM ends
            context.desk().close();
        }
    }
}
