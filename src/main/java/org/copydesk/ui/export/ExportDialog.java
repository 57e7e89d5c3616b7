package org.copydesk.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
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
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
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
import org.copydesk.export.ExportSession;
import org.copydesk.export.ExportSession.Group;
import org.copydesk.export.ExportSession.Item;
import org.copydesk.export.ExportSession.Place;
import org.copydesk.export.PreflightFinding;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.WrappingTreeCell;

/**
 * File ▸ Export…, the view of an {@link ExportSession} (which holds all its logic, UI-free): format, destination folder
 * and options; the articles to export, each checked by preflight; its findings grouped (one row for the same finding in
 * many places, opened to list them), "Go to" any of them (the dialog closes and the main window shows it), one fix for
 * a group of quotation marks (undoable); "Export anyway" for an article with warnings only; Export, the default button
 * only when something is ready (else disabled, the status line saying why, and Close is the default); a progress bar
 * and Stop during the run; "Open the exported file" and "Open the folder" through the desktop (JavaFX HostServices).
 * Reading and writing the workspace go through the desk, off the FX thread.
 */
public final class ExportDialog {

    /** Shows the main window at a finding of an article. */
    @FunctionalInterface
    public interface FindingNavigator {
        void reveal(String articleId, PreflightFinding finding);
    }

    /** A row of the findings: a group, or one place of a group of several. */
    record Row(Group group, Place place) {
        PreflightFinding finding() {
            return place != null ? place.finding() : group.first();
        }
    }

    private final UiContext ctx;
    private final ExportSession session;
    private final FindingNavigator navigator;
    private final Stage stage = new Stage();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(ExportFormat.values()));
    private final CheckBox fragment = new CheckBox();
    private final TextField destination = new TextField();
    private final CheckBox overwrite = new CheckBox();
    private final ListView<Item> articles = new ListView<>();
    private final TreeView<Row> findings = new TreeView<>(new TreeItem<>());
    private final CheckBox exportAnyway = new CheckBox();
    private final Button fix = new Button();
    private final Button undoFix = new Button();
    private final Button goTo = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button exportButton = new Button();
    private final Button stopButton = new Button();
    private final Button openButton = new Button();
    private final Button openFolderButton = new Button();
    private final Button closeButton = new Button();
    private Item shownItem;
    private List<Group> shownGroups;
    /** A message about what just happened (a run ended, a fix was made), shown until the user does something else. */
    private String notice;
    private ExportSession.Outcome seenOutcome;
    private ExportSession.Fix seenFix;
    private String seenFixProblem;

    public ExportDialog(UiContext ctx, Window owner, Collection<String> selectedIds, FindingNavigator navigator) {
        this.ctx = ctx;
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        ExportSession.Gateway desk = new ExportSession.Gateway() {
            @Override
            public <T> CompletableFuture<T> run(ExportSession.Job<T> job) {
                return ctx.desk().run(job::run);
            }
        };
        this.session = new ExportSession(desk, new ExportService(ctx.workspace(), ctx.analyzer(), ctx.desk()::spellCheckerWaiting));
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
        session.onChange(this::refresh);
        session.setDestination(destination.getText());
        session.load(selectedIds);
    }

    /** Builds and shows the dialog. */
    public static ExportDialog show(UiContext ctx, Window owner, Collection<String> selectedIds, FindingNavigator navigator) {
        ExportDialog d = new ExportDialog(ctx, owner, selectedIds, navigator);
        d.stage.show();
        return d;
    }

    /** Where articles are open for editing: a fix of one of them is made there (one undoable step), then saved. */
    public void fixOpenArticlesIn(ExportSession.OpenArticles open) {
        session.setOpenArticles(open);
    }

    public Stage stage() {
        return stage;
    }

    /** The logic behind the dialog. */
    public ExportSession session() {
        return session;
    }

    public List<Item> items() {
        return session.items();
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
        destination.setText(ctx.workspace().root().resolveSibling(ctx.workspace().root().getFileName() + "-exports").toString());
        destination.textProperty().addListener((o, was, now) -> {
            notice = null;
            session.setDestination(now);
        });
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
        articles.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            shownItem = b;
            shownGroups = null;
            refresh();
        });
        Label articlesTitle = new Label(ctx.text("export.articles"));
        articlesTitle.getStyleClass().add("section-title");
        VBox left = new VBox(4, articlesTitle, articles);
        VBox.setVgrow(articles, Priority.ALWAYS);

        findings.setId("exportFindings");
        findings.getStyleClass().add("export-findings");
        findings.setShowRoot(false);
        findings.setCellFactory(tv -> new FindingCell());
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> refresh());
        findings.setOnMouseClicked(e -> {
            TreeItem<Row> selected = findings.getSelectionModel().getSelectedItem();
            // a double click on a group of several opens it; on a place, or a group of one, it goes there
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected != null && selected.isLeaf()) {
                goToSelected();
            }
        });
        Label none = new Label(ctx.text("export.findings.none"));
        none.setId("exportNoFindings");
        goTo.setId("exportGoTo");
        goTo.setText(ctx.text("export.goTo"));
        goTo.setOnAction(e -> goToSelected());
        exportAnyway.setId("exportAnyway");
        exportAnyway.setText(ctx.text("export.anyway"));
        exportAnyway.setOnAction(e -> {
            notice = null;
            if (shownItem != null) {
                session.setExportAnyway(shownItem, exportAnyway.isSelected());
            }
        });
        fix.setId("exportFixQuotes");
        fix.setText(ctx.text("export.fix.quotes"));
        fix.setOnAction(e -> {
            if (shownItem != null) {
                notice = null;
                session.fixQuotationMarks(shownItem);
            }
        });
        undoFix.setId("exportUndoFix");
        undoFix.setText(ctx.text("export.fix.undo"));
        undoFix.setOnAction(e -> {
            notice = null;
            session.undoFix();
        });
        for (Button b : List.of(fix, undoFix)) {
            b.managedProperty().bind(b.visibleProperty());
        }
        Label findingsTitle = new Label(ctx.text("export.findings"));
        findingsTitle.getStyleClass().add("section-title");
        // the actions wrap onto a second line where a language's labels are long
        FlowPane actions = new FlowPane(12, 6, exportAnyway, fix, undoFix, goTo);
        actions.getStyleClass().add("finding-actions");
        VBox right = new VBox(4, findingsTitle, findings, none, actions);
        none.visibleProperty().bind(findings.getRoot().leafProperty());
        none.managedProperty().bind(none.visibleProperty());
        VBox.setVgrow(findings, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.42);
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
        exportButton.setOnAction(e -> {
            notice = null;
            ExportFormat fmt = format.getValue();
            session.export(fmt, ExportOptions.DEFAULT.withFragment(fragment.isSelected() && fmt == ExportFormat.HTML),
                    overwrite.isSelected());
        });
        stopButton.setId("exportStop");
        stopButton.setText(ctx.text("export.stop"));
        stopButton.setOnAction(e -> session.stop());
        stopButton.managedProperty().bind(stopButton.visibleProperty());
        openButton.setId("exportOpen");
        openButton.setText(ctx.text("export.open"));
        openButton.setOnAction(e -> {
            Path file = session.exportedFile(shownItem);
            if (file != null) {
                ctx.showDocument(file);
            }
        });
        openFolderButton.setId("exportOpenFolder");
        openFolderButton.setText(ctx.text("export.openFolder"));
        openFolderButton.setOnAction(e -> {
            Path folder = session.exportFolder();
            if (folder != null) {
                ctx.showDocument(folder);
            }
        });
        closeButton.setId("exportClose");
        closeButton.setText(ctx.text("export.close"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(exportButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(stopButton, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(openButton, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(openFolderButton, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(closeButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(openButton, openFolderButton, stopButton, exportButton, closeButton);
        VBox box = new VBox(6, progress, status, buttons);
        box.getStyleClass().add("export-bottom");
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /** Brings the view in line with the session (after every change of it, and of the selection). */
    private void refresh() {
        List<Item> items = session.items();
        if (!articles.getItems().equals(items)) {
            articles.getItems().setAll(items);
            if (shownItem == null && !items.isEmpty() && items.get(0).included()) {
                articles.getSelectionModel().select(0);
                return; // the selection listener refreshes
            }
        }
        articles.refresh();
        refreshFindings();
        noticeWhatHappened();
        boolean running = session.running();
        ExportSession.Hold hold = session.hold();
        exportButton.setDisable(hold != ExportSession.Hold.NONE);
        ExportSession.DefaultAction byDefault = session.defaultAction();
        exportButton.setDefaultButton(byDefault == ExportSession.DefaultAction.EXPORT);
        closeButton.setDefaultButton(byDefault == ExportSession.DefaultAction.CLOSE);
        closeButton.setDisable(running);
        stopButton.setVisible(running);
        stopButton.setDisable(session.stopping());
        openButton.setDisable(running || session.exportedFile(shownItem) == null);
        openFolderButton.setDisable(running || session.exportFolder() == null);
        ExportSession.Progress p = session.progress();
        if (p != null) {
            progress.setVisible(true);
            progress.setProgress(p.fraction());
        } else if (seenOutcome != null && seenOutcome.problem() == null) {
            progress.setProgress(1);
        }
        String text = statusText(hold);
        status.setText(text);
        exportButton.setTooltip(hold == ExportSession.Hold.NONE || hold == ExportSession.Hold.RUNNING ? null : new Tooltip(holdText(hold)));
    }

    /** Notices a run that ended, a fix made or undone, or a fix that failed: said once, until the user acts again. */
    private void noticeWhatHappened() {
        ExportSession.Outcome o = session.outcome();
        if (o != null && o != seenOutcome) {
            seenOutcome = o;
            notice = outcomeText(o);
        }
        ExportSession.Fix f = session.lastFix();
        if (f != seenFix) {
            if (f != null) {
                notice = ctx.text(f.inEditor() ? "export.fix.doneInEditor" : "export.fix.done", f.replaced(), f.headline());
            } else if (seenFix != null && session.fixProblem() == null) {
                notice = ctx.text("export.fix.undone", seenFix.headline());
            }
            seenFix = f;
        }
        String problem = session.fixProblem();
        if (problem != null && !problem.equals(seenFixProblem)) {
            notice = ctx.text("export.fix.failed", problem);
        }
        seenFixProblem = problem;
    }

    private String outcomeText(ExportSession.Outcome o) {
        if (o.problem() != null) {
            return switch (o.problem()) {
                case BAD_DESTINATION -> ctx.text("export.status.badDestination", o.detail());
                case NOT_A_FOLDER -> ctx.text("export.status.notAFolder", o.detail());
                case REFUSED -> ctx.text("export.status.refused", o.detail());
            };
        }
        return o.stopped() ? ctx.text("export.status.stopped", o.exported(), o.failed(), o.notStarted())
                : ctx.text("export.status.done", o.exported(), o.failed(), o.heldBack());
    }

    private String statusText(ExportSession.Hold hold) {
        if (session.listProblem() != null) {
            return ctx.text("export.status.listFailed", session.listProblem());
        }
        ExportSession.Progress p = session.progress();
        if (p != null) {
            return session.stopping() ? ctx.text("export.status.stopping", p.headline())
                    : ctx.text("export.status.writing", p.headline(), p.done() + 1, p.total());
        }
        if (session.fixing() && shownItem != null) {
            return ctx.text("export.status.fixing", shownItem.headline());
        }
        if (notice != null) {
            return notice;
        }
        return holdText(hold);
    }

    /** What the status line says when nothing has just happened: why Export cannot run, or what it would do. */
    private String holdText(ExportSession.Hold hold) {
        ExportSession.Counts c = session.counts();
        return switch (hold) {
            case LOADING, RUNNING -> ctx.text("export.status.loading");
            case NO_DESTINATION -> ctx.text("export.hold.noDestination");
            case NOTHING_TICKED -> ctx.text("export.status.none");
            case CHECKING -> ctx.text("export.status.checking", c.pending());
            case ALL_HELD_BACK -> ctx.text("export.status.nothing", c.heldBack());
            case NONE -> ctx.text("export.status.ready", c.ready(), c.heldBack());
        };
    }

    /** The shown article's findings as groups (rebuilt only when they change, so selection and opened groups stay). */
    private void refreshFindings() {
        Item item = shownItem;
        List<Group> groups = item == null ? List.of() : item.groups();
        if (groups != shownGroups) {
            shownGroups = groups;
            TreeItem<Row> root = findings.getRoot();
            root.getChildren().clear();
            for (Group g : groups) {
                TreeItem<Row> gi = new TreeItem<>(new Row(g, null));
                if (g.count() > 1) {
                    for (Place p : g.places()) {
                        gi.getChildren().add(new TreeItem<>(new Row(g, p)));
                    }
                }
                root.getChildren().add(gi);
            }
            findings.getSelectionModel().clearSelection();
        }
        Row selected = selectedRow();
        boolean busy = session.running() || session.fixing();
        goTo.setDisable(selected == null);
        exportAnyway.setSelected(item != null && item.exportAnyway());
        exportAnyway.setDisable(item == null || !item.hasWarnings() || busy);
        boolean quotes = item != null && item.quotationMarksToFix() > 0
                && groups.stream().anyMatch(Group::fixesQuotationMarks);
        fix.setVisible(quotes);
        // the fix is for the whole article: it needs no row chosen
        fix.setDisable(busy);
        ExportSession.Fix last = session.lastFix();
        // once exported, the fixed text has gone out: the fix is no longer taken back from here
        undoFix.setVisible(item != null && last != null && !last.inEditor() && last.articleId().equals(item.id())
                && item.exported() == null);
        undoFix.setDisable(busy);
    }

    private Row selectedRow() {
        TreeItem<Row> t = findings.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getValue();
    }

    private void goToSelected() {
        Row row = selectedRow();
        if (row == null || shownItem == null) {
            return;
        }
        String id = shownItem.id();
        stage.close();
        navigator.reveal(id, row.finding());
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

    private String stateText(Item item) {
        return switch (item.state()) {
            case NOT_TICKED -> "";
            case CHECKING -> ctx.text("export.item.checking");
            case UNREADABLE -> ctx.text("export.item.unreadable", item.problem().detail());
            case BLOCKED -> ctx.text("export.item.blocked", item.blockers());
            case WARNINGS -> ctx.text("export.item.warnings", item.findings());
            case WARNINGS_ACCEPTED -> ctx.text("export.item.warningsAccepted", item.findings());
            case READY -> ctx.text("export.item.ok");
            case EXPORTED -> ctx.text("export.item.exported", item.exported().getFileName());
            case FAILED -> ctx.text("export.item.failed", item.problem().kind() == ExportSession.Failure.EXISTS
                    ? ctx.text("export.problem.exists", item.problem().detail()) : item.problem().detail());
        };
    }

    private static String stateClass(ExportSession.State state) {
        return switch (state) {
            case NOT_TICKED, CHECKING -> null;
            case READY -> "state-ok";
            case EXPORTED -> "state-exported";
            case WARNINGS, WARNINGS_ACCEPTED -> "state-warning";
            case BLOCKED -> "state-blocker";
            case FAILED, UNREADABLE -> "state-failed";
        };
    }

    private final class ItemCell extends ListCell<Item> {
        private final CheckBox box = new CheckBox();
        private final Label headline = new Label();
        private final Label state = new Label();
        private final VBox text = new VBox(1, headline, state);
        private final HBox graphic = new HBox(6, box, text);

        ItemCell() {
            headline.getStyleClass().add("item-headline");
            state.getStyleClass().add("item-state");
            // long headlines and states wrap in the list's width instead of running past it
            headline.setWrapText(true);
            state.setWrapText(true);
            setPrefWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            box.setOnAction(e -> {
                if (getItem() != null) {
                    notice = null;
                    session.setIncluded(getItem(), box.isSelected());
                }
            });
        }

        /** Asked for its height at the list's width: the wrapped headline and state need their lines at that width. */
        @Override
        protected double computePrefHeight(double width) {
            if (width <= 0 || getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            Insets in = getInsets();
            return in.getTop() + in.getBottom() + graphic.prefHeight(Math.max(20, width - in.getLeft() - in.getRight()));
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("state-ok", "state-warning", "state-blocker", "state-exported", "state-failed");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            box.setSelected(item.included());
            box.setDisable(session.running());
            headline.setText(item.headline());
            state.setText(stateText(item));
            String cls = stateClass(item.state());
            if (cls != null) {
                getStyleClass().add(cls);
            }
            setText(null);
            setGraphic(graphic);
        }
    }

    /** Long findings wrap in the pane's width rather than end in "..." (WindowFitTest). */
    private final class FindingCell extends WrappingTreeCell<Row> {

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("finding-blocker", "finding-warning", "finding-place");
            if (empty || row == null) {
                setText(null);
                return;
            }
            Group g = row.group();
            if (row.place() != null) {
                setText(placeText(row.place()));
                getStyleClass().add("finding-place");
                return;
            }
            String said = ctx.text(g.isBlocker() ? "export.finding.blocker" : "export.finding.warning",
                    FindingText.of(ctx, g.places().get(0).finding()));
            if (g.count() > 1) {
                said = ctx.text("export.group", said, g.count());
            } else if (g.places().get(0).paragraph() > 0 && !g.places().get(0).context().isEmpty()) {
                said = said + "\n" + placeText(g.places().get(0));
            }
            setText(said);
            getStyleClass().add(g.isBlocker() ? "finding-blocker" : "finding-warning");
        }

        private String placeText(Place p) {
            return p.paragraph() > 0 ? ctx.text("export.place", p.paragraph(), p.context()) : FindingText.of(ctx, p.finding());
        }
    }
}
