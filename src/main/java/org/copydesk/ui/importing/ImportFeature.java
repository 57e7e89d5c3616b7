package org.copydesk.ui.importing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import org.copydesk.analysis.LanguageProposal;
import org.copydesk.importing.Cleanup;
import org.copydesk.importing.CleanupItem;
import org.copydesk.importing.Headlines;
import org.copydesk.importing.ImportException;
import org.copydesk.importing.ImportResult;
import org.copydesk.importing.Importer;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.common.Desk;
import org.copydesk.ui.common.UiContext;

/**
 * File ▸ Import… and dropping files on the article list: the files are read, saved as new articles and analysed on the
 * desk thread ({@code ctx.desk()}), one after the other, the progress window counting them; a bad file is a one-line
 * error and never stops the others, and nothing is overwritten (each file becomes a new article). An article with
 * something to decide is then reviewed in a {@link CleanupDialog} (headline, language, clean-up), and the first
 * imported article opens.
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

        // the files are read, saved and analysed one after the other on the desk thread; each answer comes back here
        Cleanup.HeadlineLookup[] lookup = new Cleanup.HeadlineLookup[1];
        Importer[] importer = new Importer[1];
        List<CompletableFuture<Void>> all = new ArrayList<>();
        int[] finishedFiles = new int[1];
        for (ImportedFile row : rows) {
            all.add(ctx.desk().run(ws -> {
                if (importer[0] == null) {
                    importer[0] = Importer.forWorkspace(ws, null);
                    try {
                        lookup[0] = Cleanup.lookupOf(ws);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.WARNING, "cannot list the workspace for related headlines", e);
                        lookup[0] = Cleanup.HeadlineLookup.NONE;
                    }
                }
                return importOne(ws, importer[0], lookup[0], row);
            }).handle((outcome, failure) -> {
                if (failure != null) {
                    Throwable t = Desk.cause(failure);
                    if (t instanceof ImportException e) {
                        row.failed(e.getMessage(), ctx.text("import.file.failed", ReasonText.of(ctx, e.reason())));
                    } else {
                        LOG.log(System.Logger.Level.ERROR, "import of " + row.path() + " failed", t);
                        row.failed(row.path() + ": " + Desk.message(t), ctx.text("import.file.failed", Desk.message(t)));
                    }
                } else {
                    row.done(outcome, describe(outcome));
                }
                finishedFiles[0]++;
                bar.setProgress(finishedFiles[0] / (double) rows.size());
                header.setText(ctx.text("import.progress.running", rows.size()) + " " + finishedFiles[0] + "/" + rows.size());
                list.refresh();
                return null;
            }));
            row.reading(ctx.text("import.file.reading"));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .whenComplete((v, e) -> finished(rows, header, close, list));
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
        return window;
    }

    /** On the desk thread: reads the file, creates the article, analyses it; never overwrites an article. */
    private ImportedFile.Outcome importOne(Workspace ws, Importer importer, Cleanup.HeadlineLookup lookup, ImportedFile row)
            throws Exception {
        ImportResult r = importer.importFile(row.path());
        Article created = ws.create(r.draft());
        List<CleanupItem> findings = List.of();
        String proposed = created.language();
        try {
            Analysis analysis = ctx.analyzer().analyze(created);
            findings = Cleanup.findings(created, analysis, lookup, r.firstLine());
            String primary = LanguageProposal.languageOf(created.headline(), ctx.analyzer().analyze(created.headline()),
                    created.bodyText(), analysis);
            proposed = LanguageProposal.tagFor(primary, created.language());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "analysis of " + row.path() + " failed", e);
        }
        return new ImportedFile.Outcome(created, findings, Headlines.candidates(created), proposed, r.firstLine(),
                r.notes());
    }

    private String describe(ImportedFile.Outcome o) {
        String text = o.findings().isEmpty() ? ctx.text("import.file.done", o.article().headline())
                : ctx.text("import.file.doneFindings", o.article().headline(), o.findings().size());
        if (o.firstLine() != null) {
            text += ctx.text("import.file.headlineChosen", o.firstLine());
        }
        text += ctx.text("import.file.language", o.language());
        if (!o.warnings().isEmpty()) {
            text += ctx.text("import.file.warnings", String.join("; ", o.warnings().stream().map(n -> NoteText.of(ctx, n)).toList()));
        }
        return text;
    }

    /** The message without the leading "path: " (the row shows the file name already). */
    private void finished(List<ImportedFile> rows, Label header, Button close, ListView<ImportedFile> list) {
        long ok = rows.stream().filter(r -> r.state() == ImportedFile.State.DONE).count();
        long failed = rows.size() - ok;
        header.setText(ctx.text("import.progress.done", ok, failed));
        status.accept(ctx.text("import.status.done", ok, failed));
        list.refresh();
        close.setDisable(false);
        close.requestFocus();
    }

    /**
     * After the progress window: a review of each article with something to decide (a clean-up, a headline chosen from
     * the page, a language other than the one it was read with), saved through the desk; then the first imported
     * article opens.
     */
    private void review(List<ImportedFile> rows) {
        List<ImportedFile> done = rows.stream().filter(r -> r.state() == ImportedFile.State.DONE).toList();
        CompletableFuture<Void> saved = CompletableFuture.completedFuture(null);
        List<String> said = new ArrayList<>();
        String[] saving = {""};
        for (ImportedFile row : done) {
            ImportedFile.Outcome o = row.outcome();
            if (o.findings().isEmpty() && o.firstLine() == null && o.language().equals(o.article().language())) {
                continue;
            }
            CleanupDialog dialog = new CleanupDialog(ctx, owner, o.article(), o.findings(), o.candidates(), o.language());
            CleanupDialog.Review chosen = dialog.showAndWait().orElse(null);
            if (chosen == null || chosen.headline() < 0 && chosen.accepted().isEmpty()
                    && chosen.language().equals(o.article().language())) {
                continue;
            }
            String id = o.article().id();
            String headline = o.article().headline();
            saved = saved.thenCompose(v -> {
                saving[0] = headline;
                return ctx.desk().run(ws -> {
                Article current = ws.get(id);
                Article updated = Cleanup.apply(current, chosen.headline(), chosen.accepted()).withLanguage(chosen.language());
                ws.save(updated);
                return updated;
                });
            }).thenAccept(a -> said.add(ctx.text("import.reviewed", a.headline(), a.language(), chosen.accepted().size())));
        }
        saved.whenComplete((v, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.ERROR, "saving an import review failed", Desk.cause(failure));
                status.accept(ctx.text("import.cleanup.failed", saving[0], Desk.message(ctx, failure)));
            } else if (!said.isEmpty()) {
                status.accept(String.join(" · ", said));
            }
            done.stream().findFirst().ifPresent(r -> openArticle.accept(r.article().id()));
        });
    }
}
