package org.copydesk.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.copydesk.export.ExportFormat;
import org.copydesk.export.ExportOptions;
import org.copydesk.export.ExportService;
import org.copydesk.export.PreflightFinding;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.common.UiContext;

/**
 * File ▸ Export…: format, destination folder and options; the articles to export (several at once), each checked by
 * preflight with its findings listed; "Export anyway" for an article with warnings only; a progress bar while the
 * files are written; "Go to" a finding (the dialog closes and the main window shows the problem); and "Open the
 * exported file" when done. Analysis, preflight and writing run on the background executor.
 */
public final class ExportDialog {
    private static final System.Logger LOG = System.getLogger(ExportDialog.class.getName());

    /** Shows the main window at a finding of an article. */
    @FunctionalInterface
    public interface FindingNavigator {
        void reveal(String articleId, PreflightFinding finding);
    }

    /** One article of the dialog and what happened to it. */
    public static final class Item {
        final String id;
        final String headline;
        final BooleanProperty included = new SimpleBooleanProperty();
        final BooleanProperty exportAnyway = new SimpleBooleanProperty();
        final ObjectProperty<ExportService.Checked> checked = new SimpleObjectProperty<>();
        final ObjectProperty<Path> exported = new SimpleObjectProperty<>();
        final StringProperty problem = new SimpleStringProperty();
        boolean checking;

        Item(String id, String headline) {
            this.id = id;
            this.headline = headline;
        }

        public String id() {
            return id;
        }

        public BooleanProperty includedProperty() {
            return included;
        }

        public BooleanProperty exportAnywayProperty() {
            return exportAnyway;
        }

        public ExportService.Checked checked() {
            return checked.get();
        }

        public Path exported() {
            return exported.get();
        }

        public String problem() {
            return problem.get();
        }

        boolean blocked() {
            return checked.get() != null && checked.get().blocked();
        }

        boolean hasWarnings() {
            return checked.get() != null && !checked.get().findings().isEmpty() && !blocked();
        }

        /** Checked, no blocker, and any warnings accepted by the user. */
        boolean exportable() {
            return checked.get() != null && !blocked() && (!hasWarnings() || exportAnyway.get());
        }
    }

    private final UiContext ctx;
    private final ExportService service;
    private final FindingNavigator navigator;
    private final Stage stage = new Stage();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(ExportFormat.values()));
    private final CheckBox fragment = new CheckBox();
    private final TextField destination = new TextField();
    private final CheckBox overwrite = new CheckBox();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ListView<Item> articles = new ListView<>(items);
    private final ListView<PreflightFinding> findings = new ListView<>();
    private final CheckBox exportAnyway = new CheckBox();
    private final Button goTo = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button exportButton = new Button();
    private final Button openButton = new Button();
    private final Button closeButton = new Button();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private Consumer<Path> opener;
    private Item shownItem;

    public ExportDialog(UiContext ctx, Window owner, Collection<String> selectedIds, FindingNavigator navigator) {
        this.ctx = ctx;
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.service = new ExportService(ctx.workspace(), ctx.analyzer());
        this.opener = ctx::showDocument;
        stage.setTitle(ctx.text("export.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        BorderPane root = new BorderPane();
        root.getStyleClass().add("export-dialog");
        root.setId("exportDialog");
        root.getStylesheets().add(Objects.requireNonNull(ExportDialog.class.getResource("export.css")).toExternalForm());
        root.setTop(optionsPane());
        root.setCenter(articlesPane());
        root.setBottom(bottomPane());
        stage.setScene(new Scene(root, 820, 560));
        load(selectedIds);
    }

    /** Builds and shows the dialog. */
    public static ExportDialog show(UiContext ctx, Window owner, Collection<String> selectedIds, FindingNavigator navigator) {
        ExportDialog d = new ExportDialog(ctx, owner, selectedIds, navigator);
        d.stage.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** How "Open the exported file" opens a file (default: the desktop's application for it, through HostServices). */
    public void setOpener(Consumer<Path> opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    private GridPane optionsPane() {
        format.setId("exportFormat");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : ctx.text("export.format." + f.id());
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.getSelectionModel().select(ExportFormat.HTML);
        fragment.setId("exportFragment");
        fragment.setText(ctx.text("export.fragment"));
        fragment.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.HTML));
        destination.setId("exportDestination");
        destination.setText(ctx.workspace().root().resolve("exports").toString());
        Button browse = new Button(ctx.text("export.browse"));
        browse.setId("exportBrowse");
        browse.setOnAction(e -> browse());
        overwrite.setId("exportOverwrite");
        overwrite.setText(ctx.text("export.overwrite"));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-options");
        grid.setHgap(8);
        grid.setVgap(6);
        Label formatLabel = new Label(ctx.text("export.format"));
        formatLabel.setLabelFor(format);
        Label destLabel = new Label(ctx.text("export.destination"));
        destLabel.setLabelFor(destination);
        grid.addRow(0, formatLabel, new HBox(12, format, fragment));
        grid.addRow(1, destLabel, destination, browse);
        grid.add(overwrite, 1, 2);
        GridPane.setHgrow(destination, Priority.ALWAYS);
        return grid;
    }

    private SplitPane articlesPane() {
        articles.setId("exportArticles");
        articles.getStyleClass().add("export-articles");
        articles.setCellFactory(lv -> new ItemCell());
        articles.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showFindings(b));
        Label articlesTitle = new Label(ctx.text("export.articles"));
        articlesTitle.getStyleClass().add("section-title");
        VBox left = new VBox(4, articlesTitle, articles);
        VBox.setVgrow(articles, Priority.ALWAYS);

        findings.setId("exportFindings");
        findings.getStyleClass().add("export-findings");
        findings.setPlaceholder(new Label(ctx.text("export.findings.none")));
        findings.setCellFactory(lv -> new FindingCell());
        findings.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                goToSelected();
            }
        });
        goTo.setId("exportGoTo");
        goTo.setText(ctx.text("export.goTo"));
        goTo.disableProperty().bind(findings.getSelectionModel().selectedItemProperty().isNull());
        goTo.setOnAction(e -> goToSelected());
        exportAnyway.setId("exportAnyway");
        exportAnyway.setText(ctx.text("export.anyway"));
        exportAnyway.setDisable(true);
        Label findingsTitle = new Label(ctx.text("export.findings"));
        findingsTitle.getStyleClass().add("section-title");
        HBox actions = new HBox(12, exportAnyway, goTo);
        actions.getStyleClass().add("finding-actions");
        VBox right = new VBox(4, findingsTitle, findings, actions);
        VBox.setVgrow(findings, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.45);
        return split;
    }

    private VBox bottomPane() {
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("exportStatus");
        status.getStyleClass().add("export-status");
        status.setWrapText(true);
        exportButton.setId("exportRun");
        exportButton.setText(ctx.text("export.run"));
        exportButton.setDefaultButton(true);
        exportButton.disableProperty().bind(running.or(destination.textProperty().isEmpty()));
        exportButton.setOnAction(e -> runExport());
        openButton.setId("exportOpen");
        openButton.setText(ctx.text("export.open"));
        openButton.setDisable(true);
        openButton.setOnAction(e -> openExported());
        closeButton.setId("exportClose");
        closeButton.setText(ctx.text("export.close"));
        closeButton.setCancelButton(true);
        closeButton.disableProperty().bind(running);
        closeButton.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(exportButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(openButton, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(closeButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(openButton, exportButton, closeButton);
        VBox box = new VBox(6, progress, status, buttons);
        box.getStyleClass().add("export-bottom");
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /** Lists the readable articles, the selected ones first and ticked, and checks the ticked ones. */
    private void load(Collection<String> selectedIds) {
        Set<String> selected = new LinkedHashSet<>(selectedIds);
        status.setText(ctx.text("export.status.loading"));
        Task<List<ArticleEntry>> task = new Task<>() {
            @Override
            protected List<ArticleEntry> call() throws IOException {
                return ctx.workspace().list();
            }
        };
        task.setOnSucceeded(e -> {
            List<Item> first = new ArrayList<>();
            List<Item> rest = new ArrayList<>();
            for (ArticleEntry entry : task.getValue()) {
                if (!entry.ok()) {
                    continue;
                }
                Item item = new Item(entry.id(), entry.article().headline().isBlank() ? entry.id() : entry.article().headline());
                item.included.set(selected.contains(entry.id()));
                item.included.addListener((o, was, now) -> {
                    if (now) {
                        check(item);
                    }
                    updateStatus();
                });
                item.exportAnyway.addListener((o, was, now) -> {
                    articles.refresh();
                    updateStatus();
                });
                (item.included.get() ? first : rest).add(item);
            }
            items.setAll(first);
            items.addAll(rest);
            if (!first.isEmpty()) {
                articles.getSelectionModel().select(0);
            }
            first.forEach(this::check);
            updateStatus();
        });
        task.setOnFailed(e -> status.setText(ctx.text("export.status.listFailed", task.getException().getMessage())));
        ctx.background().submit(task);
    }

    /** Runs preflight for one article in the background (again, if it was checked before). */
    private void check(Item item) {
        if (item.checking) {
            return;
        }
        item.checking = true;
        Task<ExportService.Checked> task = new Task<>() {
            @Override
            protected ExportService.Checked call() throws IOException {
                return service.check(item.id);
            }
        };
        task.setOnSucceeded(e -> {
            item.checking = false;
            item.checked.set(task.getValue());
            item.problem.set(null);
            articles.refresh();
            if (item == shownItem) {
                showFindings(item);
            }
            updateStatus();
        });
        task.setOnFailed(e -> {
            item.checking = false;
            item.problem.set(task.getException().getMessage());
            articles.refresh();
            updateStatus();
        });
        ctx.background().submit(task);
    }

    private void showFindings(Item item) {
        if (shownItem != null) {
            exportAnyway.selectedProperty().unbindBidirectional(shownItem.exportAnyway);
        }
        shownItem = item;
        findings.getItems().setAll(item == null || item.checked() == null ? List.of() : item.checked().findings());
        if (item != null) {
            exportAnyway.selectedProperty().bindBidirectional(item.exportAnyway);
        } else {
            exportAnyway.setSelected(false);
        }
        exportAnyway.setDisable(item == null || !item.hasWarnings());
        openButton.setDisable(exportedFile() == null);
    }

    private void goToSelected() {
        PreflightFinding f = findings.getSelectionModel().getSelectedItem();
        if (f == null || shownItem == null) {
            return;
        }
        String id = shownItem.id;
        stage.close();
        navigator.reveal(id, f);
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ctx.text("export.destination.choose"));
        String typed = destination.getText();
        // the nearest existing folder of what is typed is looked up on the desk, not on the FX thread
        ctx.desk().run(ws -> ExportService.nearestFolder(typed)).whenComplete((folder, failure) -> {
            if (folder != null) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                destination.setText(dir.toPath().toAbsolutePath().toString());
            }
        });
    }

    private void updateStatus() {
        if (running.get()) {
            return;
        }
        long included = items.stream().filter(i -> i.included.get()).count();
        long pending = items.stream().filter(i -> i.included.get() && i.checked() == null && i.problem() == null).count();
        long ready = items.stream().filter(i -> i.included.get() && i.exportable()).count();
        if (included == 0) {
            status.setText(ctx.text("export.status.none"));
        } else if (pending > 0) {
            status.setText(ctx.text("export.status.checking", pending));
        } else {
            status.setText(ctx.text("export.status.ready", ready, included - ready));
        }
    }

    private void runExport() {
        Path dir;
        try {
            dir = Path.of(destination.getText().strip());
        } catch (RuntimeException e) {
            status.setText(ctx.text("export.status.badDestination", destination.getText()));
            return;
        }
        List<Item> todo = items.stream().filter(i -> i.included.get() && i.exportable()).toList();
        int skipped = (int) items.stream().filter(i -> i.included.get() && !i.exportable()).count();
        if (todo.isEmpty()) {
            status.setText(ctx.text("export.status.nothing", skipped));
            return;
        }
        ExportFormat fmt = format.getValue();
        ExportOptions options = ExportOptions.DEFAULT.withFragment(fragment.isSelected() && fmt == ExportFormat.HTML);
        boolean replace = overwrite.isSelected();
        todo.forEach(i -> {
            i.exported.set(null);
            i.problem.set(null);
        });
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                int done = 0;
                for (int n = 0; n < todo.size(); n++) {
                    Item item = todo.get(n);
                    updateMessage(ctx.text("export.status.writing", item.headline, n + 1, todo.size()));
                    Path file = null;
                    String problem = null;
                    try {
                        file = service.export(item.checked(), fmt, options, dir, replace).file();
                        done++;
                    } catch (FileAlreadyExistsException e) {
                        problem = ctx.text("export.problem.exists", dir.resolve(fmt.fileNameFor(item.id)).getFileName());
                    } catch (IOException | RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "export of " + item.id + " failed", e);
                        problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    }
                    Path f = file;
                    String p = problem;
                    Platform.runLater(() -> {
                        item.exported.set(f);
                        item.problem.set(p);
                        articles.refresh();
                    });
                    updateProgress(n + 1, todo.size());
                }
                return done;
            }
        };
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(e -> finish(task, todo.size(), skipped));
        task.setOnFailed(e -> finish(task, todo.size(), skipped));
        ctx.background().submit(task);
    }

    private void finish(Task<Integer> task, int attempted, int skipped) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setProgress(1);
        running.set(false);
        int done = task.getValue() == null ? 0 : task.getValue();
        // what is done is unticked, so that exporting again does only what is left
        items.stream().filter(i -> i.exported() != null).forEach(i -> i.included.set(false));
        status.setText(ctx.text("export.status.done", done, attempted - done, skipped));
        Item firstDone = items.stream().filter(i -> i.exported() != null).findFirst().orElse(null);
        if (shownItem == null || shownItem.exported() == null) {
            if (firstDone != null) {
                articles.getSelectionModel().select(firstDone);
            }
        }
        openButton.setDisable(exportedFile() == null);
        articles.refresh();
    }

    /** The file of the article shown, else the first exported one. */
    private Path exportedFile() {
        if (shownItem != null && shownItem.exported() != null) {
            return shownItem.exported();
        }
        return items.stream().map(Item::exported).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void openExported() {
        Path file = exportedFile();
        if (file != null) {
            opener.accept(file);
        }
    }

    private final class ItemCell extends ListCell<Item> {
        private final CheckBox box = new CheckBox();
        private final Label headline = new Label();
        private final Label state = new Label();
        private final VBox text = new VBox(1, headline, state);
        private final HBox graphic = new HBox(6, box, text);
        private Item bound;

        ItemCell() {
            headline.getStyleClass().add("item-headline");
            state.getStyleClass().add("item-state");
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.included);
                bound = null;
            }
            getStyleClass().removeAll("state-ok", "state-warning", "state-blocker", "state-exported", "state-failed");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.included);
            box.disableProperty().bind(running);
            headline.setText(item.headline);
            String st;
            String cls;
            if (item.exported() != null) {
                st = ctx.text("export.item.exported", item.exported().getFileName());
                cls = "state-exported";
            } else if (item.problem() != null) {
                st = ctx.text("export.item.failed", item.problem());
                cls = "state-failed";
            } else if (item.checked() == null) {
                st = item.included.get() ? ctx.text("export.item.checking") : "";
                cls = null;
            } else if (item.blocked()) {
                long n = item.checked().findings().stream().filter(PreflightFinding::isBlocker).count();
                st = ctx.text("export.item.blocked", n);
                cls = "state-blocker";
            } else if (item.hasWarnings()) {
                st = ctx.text(item.exportAnyway.get() ? "export.item.warningsAccepted" : "export.item.warnings",
                        item.checked().findings().size());
                cls = "state-warning";
            } else {
                st = ctx.text("export.item.ok");
                cls = "state-ok";
            }
            state.setText(st);
            if (cls != null) {
                getStyleClass().add(cls);
            }
            setText(null);
            setGraphic(graphic);
        }
    }

    private final class FindingCell extends ListCell<PreflightFinding> {
        FindingCell() {
            setWrapText(true);
            prefWidthProperty().bind(findings.widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(PreflightFinding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("finding-blocker", "finding-warning");
            if (empty || f == null) {
                setText(null);
                return;
            }
            setText(ctx.text(f.isBlocker() ? "export.finding.blocker" : "export.finding.warning", f.message()));
            getStyleClass().add(f.isBlocker() ? "finding-blocker" : "finding-warning");
        }
    }
}
