package org.copydesk.ui.importing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.analysis.Analysis;
import org.copydesk.importing.Cleanup;
import org.copydesk.importing.CleanupItem;
import org.copydesk.importing.ImportException;
import org.copydesk.importing.ImportResult;
import org.copydesk.importing.Importer;
import org.copydesk.model.Article;
import org.copydesk.ui.common.UiContext;

/**
 * File ▸ Import… and dropping files on the article list: the files are read off the FX thread, each becomes a new
 * article (or a one-line error in the progress window; a bad file never stops the others), and an article with
 * clean-up suggestions is then offered for review in a {@link CleanupDialog}.
 */
public final class ImportFeature {
    private static final System.Logger LOG = System.getLogger(ImportFeature.class.getName());

    private final UiContext ctx;
    private final Window owner;
    private final Consumer<String> openArticle;
    private final Consumer<String> status;
    private File lastFolder;

    /**
     * @param openArticle opens an article by id (called with the first imported article once the import is reviewed)
     * @param status      shows a one-line message in the status bar
     */
    public ImportFeature(UiContext ctx, Window owner, Consumer<String> openArticle, Consumer<String> status) {
        this.ctx = ctx;
        this.owner = owner;
        this.openArticle = openArticle;
        this.status = status;
    }

    /** File ▸ Import… (Shortcut+Shift+O; Shortcut+I is italic). */
    public MenuItem menuItem() {
        MenuItem mi = new MenuItem(ctx.text("import.menu"));
        mi.setId("menu.file.import");
        mi.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        mi.setOnAction(e -> chooseAndImport());
        return mi;
    }

    /** Lets files be dropped on {@code target} (the article list) to import them. */
    public void acceptDrops(Node target) {
        if (target instanceof Parent parent) {
            parent.getStylesheets().add(Objects.requireNonNull(ImportFeature.class.getResource("importing.css")).toExternalForm());
        }
        target.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles()) {
                target.getStyleClass().add("import-drop-target");
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove("import-drop-target"));
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            target.getStyleClass().remove("import-drop-target");
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            // after the drop gesture has finished: the import opens a window
            Platform.runLater(() -> importFiles(files));
        });
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("import.chooser.title"));
        List<String> patterns = Importer.extensions().stream().map(x -> "*." + x).toList();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(ctx.text("import.chooser.copy"), patterns),
                new FileChooser.ExtensionFilter(ctx.text("import.chooser.any"), "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        lastFolder = chosen.get(0).getParentFile();
        importFiles(chosen.stream().map(File::toPath).toList());
    }

    /** Imports the files with a progress window listing each file's result; returns that window. */
    public Stage importFiles(List<Path> files) {
        ObservableList<ImportedFile> rows = FXCollections.observableArrayList();
        for (Path p : files) {
            rows.add(new ImportedFile(p, ctx.text("import.file.waiting")));
        }
        Stage window = new Stage();
        if (owner != null) {
            window.initOwner(owner);
        }
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(ctx.text("import.progress.title"));
        Label header = new Label(ctx.text("import.progress.running", files.size()));
        header.getStyleClass().add("import-header");
        header.setId("importHeader");
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("importProgress");
        ListView<ImportedFile> list = new ListView<>(rows);
        list.setId("importResults");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(ImportedFile item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                getStyleClass().removeAll("import-failed", "import-done");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                textProperty().bind(item.statusProperty().map(s -> item.name() + " — " + s));
                if (item.state() == ImportedFile.State.FAILED) {
                    getStyleClass().add("import-failed");
                } else if (item.state() == ImportedFile.State.DONE) {
                    getStyleClass().add("import-done");
                }
            }
        });
        list.setPrefSize(680, Math.min(360, 60 + 40.0 * files.size()));
        Button close = new Button(ctx.text("import.close"));
        close.setId("importClose");
        close.setDefaultButton(true);
        close.setDisable(true);
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.OK_DONE);
        buttons.getButtons().add(close);
        BorderPane pane = new BorderPane(list, new VBox(6, header, bar), null, buttons, null);
        pane.getStyleClass().add("import-dialog");
        pane.setId("importDialog");
        pane.getStylesheets().add(Objects.requireNonNull(ImportFeature.class.getResource("importing.css")).toExternalForm());
        window.setScene(new Scene(pane));

        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                Importer importer = Importer.forWorkspace(ctx.workspace(), null);
                Cleanup.HeadlineLookup lookup;
                try {
                    lookup = Cleanup.lookupOf(ctx.workspace());
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot list the workspace for related headlines", e);
                    lookup = Cleanup.HeadlineLookup.NONE;
                }
                for (int i = 0; i < rows.size(); i++) {
                    ImportedFile row = rows.get(i);
                    Platform.runLater(() -> row.reading(ctx.text("import.file.reading")));
                    importOne(importer, lookup, row);
                    updateProgress(i + 1, rows.size());
                }
                return null;
            }
        };
        bar.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> finished(rows, header, close, list));
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.ERROR, "import failed", task.getException());
            finished(rows, header, close, list);
        });
        close.setOnAction(e -> {
            window.close();
            review(rows);
        });
        window.setOnCloseRequest(e -> {
            if (close.isDisable()) {
                e.consume();
            }
        });
        window.show();
        ctx.background().submit(task);
        return window;
    }

    private void importOne(Importer importer, Cleanup.HeadlineLookup lookup, ImportedFile row) {
        try {
            ImportResult r = importer.importFile(row.path());
            Article created = ctx.workspace().create(r.draft());
            List<CleanupItem> findings = List.of();
            try {
                Analysis analysis = ctx.analyzer().analyze(created);
                findings = Cleanup.findings(created, analysis, lookup, r.firstLine());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "analysis of " + row.path() + " failed", e);
            }
            String text = findings.isEmpty() ? ctx.text("import.file.done", created.headline())
                    : ctx.text("import.file.doneFindings", created.headline(), findings.size());
            if (!r.warnings().isEmpty()) {
                text += ctx.text("import.file.warnings", String.join("; ", r.warnings()));
            }
            List<CleanupItem> f = findings;
            String t = text;
            Platform.runLater(() -> row.done(created, f, t));
        } catch (ImportException e) {
            Platform.runLater(() -> row.failed(e.getMessage(), ctx.text("import.file.failed", strip(e.getMessage(), row))));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "import of " + row.path() + " failed", e);
            String m = row.path() + ": " + e.getMessage();
            Platform.runLater(() -> row.failed(m, ctx.text("import.file.failed", e.getMessage())));
        }
    }

    /** The message without the leading "path: " (the row shows the file name already). */
    private static String strip(String message, ImportedFile row) {
        String prefix = row.path() + ": ";
        String m = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return m.endsWith("; not imported") ? m.substring(0, m.length() - "; not imported".length()) : m;
    }

    private void finished(List<ImportedFile> rows, Label header, Button close, ListView<ImportedFile> list) {
        long ok = rows.stream().filter(r -> r.state() == ImportedFile.State.DONE).count();
        long failed = rows.size() - ok;
        header.setText(ctx.text("import.progress.done", ok, failed));
        status.accept(ctx.text("import.status.done", ok, failed));
        list.refresh();
        close.setDisable(false);
        close.requestFocus();
    }

    /** After the progress window: a review for each article with findings, then the first imported article opens. */
    private void review(List<ImportedFile> rows) {
        List<String> cleaned = new ArrayList<>();
        for (ImportedFile row : rows) {
            if (row.state() != ImportedFile.State.DONE || row.findings().isEmpty()) {
                continue;
            }
            CleanupDialog dialog = new CleanupDialog(ctx, owner, row.article(), row.findings());
            List<CleanupItem> accepted = dialog.showAndWait().orElse(List.of());
            if (accepted.isEmpty()) {
                continue;
            }
            try {
                Article current = ctx.workspace().get(row.article().id());
                ctx.workspace().save(Cleanup.apply(current, accepted));
                cleaned.add(ctx.text("import.cleanup.applied", current.headline(), accepted.size()));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "clean-up of " + row.article().id() + " failed", e);
                status.accept(ctx.text("import.cleanup.failed", row.article().headline(), e.getMessage()));
                return;
            }
        }
        if (!cleaned.isEmpty()) {
            status.accept(String.join(" · ", cleaned));
        }
        rows.stream().filter(r -> r.state() == ImportedFile.State.DONE).findFirst()
                .ifPresent(r -> openArticle.accept(r.article().id()));
    }
}
