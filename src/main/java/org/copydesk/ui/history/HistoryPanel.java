package org.copydesk.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.geometry.Orientation;
import org.copydesk.model.Article;
import org.copydesk.sync.Author;
import org.copydesk.sync.DeskQueue;
import org.copydesk.sync.Version;
import org.copydesk.sync.WordDiff;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.editor.ArticleEditor;

/**
 * The History panel of the open article: its versions (when, who, words added and removed), two of them compared
 * word by word (insertions and deletions marked inline, read-only), and a version restored as a new save that Ctrl+Z
 * in the editor takes back. The history is read on the git thread; the panel only shows.
 */
public final class HistoryPanel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final UiContext ctx;
    private final DeskQueue queue;
    private final ArticleEditor editor;
    private final VBox root = new VBox(6);
    private final Label heading = new Label();
    private final ObservableList<Version> versions = FXCollections.observableArrayList();
    private final ListView<Version> list = new ListView<>(versions);
    private final TextFlow comparison = new TextFlow();
    private final Label comparing = new Label();
    private final Button compare = new Button();
    private final Button restore = new Button();
    private final Button start = new Button();
    private final Consumer<String> restored;
    private String id;
    /** Counts history reads: a late answer for an article no longer shown is dropped. */
    private long generation;

    /** @param restored told the id of an article restored and saved (its new version is committed at once) */
    HistoryPanel(UiContext ctx, DeskQueue queue, ArticleEditor editor, Supplier<Author> author,
                 Consumer<String> restored) {
        this.ctx = ctx;
        this.restored = restored;
        this.queue = queue;
        this.editor = editor;
        root.setId("historyPanel");
        root.getStyleClass().add("history-panel");
        root.getStylesheets().add(Objects.requireNonNull(HistoryPanel.class.getResource("history.css")).toExternalForm());
        root.setPadding(new Insets(8));
        heading.setId("historyHeading");
        heading.setWrapText(true);
        list.setId("historyList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new VersionCell());
        list.setPlaceholder(new Label(ctx.text("history.none")));
        list.setPrefHeight(220);
        compare.setId("historyCompare");
        compare.setText(ctx.text("history.compare"));
        restore.setId("historyRestore");
        restore.setText(ctx.text("history.restore"));
        start.setId("historyStart");
        start.setText(ctx.text("history.start"));
        start.setWrapText(true);
        var selected = list.getSelectionModel().getSelectedItems();
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.size() < 1 || selected.size() > 2, selected));
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.size() != 1 || selected.get(0).deleted()
                || !editor.editableProperty().get(), selected, editor.editableProperty()));
        compare.setOnAction(e -> compareSelected());
        restore.setOnAction(e -> restoreSelected());
        start.setOnAction(e -> startHistory(author));
        comparing.setId("historyComparing");
        comparing.setWrapText(true);
        comparison.setId("historyComparison");
        comparison.getStyleClass().add("history-comparison");
        ScrollPane scroll = new ScrollPane(comparison);
        scroll.setFitToWidth(true);
        scroll.setId("historyComparisonScroll");
        HBox buttons = new HBox(6, compare, restore);
        VBox top = new VBox(6, heading, start, list, buttons);
        VBox bottom = new VBox(6, comparing, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root.getChildren().setAll(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        showStart(false);
        heading.setText(ctx.text("history.noArticle"));
    }

    public Node view() {
        return root;
    }

    /** The versions shown, newest first (tests). */
    ObservableList<Version> versions() {
        return versions;
    }

    private void showStart(boolean show) {
        start.setVisible(show);
        start.setManaged(show);
    }

    /** Shows the history of an article (null: none open). */
    void show(String articleId) {
        if (Objects.equals(articleId, id)) {
            return;
        }
        id = articleId;
        comparison.getChildren().clear();
        comparing.setText("");
        refresh();
    }

    /** An article was committed: its list is read again if it is the one shown. */
    void committed(String articleId) {
        if (articleId.equals(id)) {
            refresh();
        }
    }

    /** Reads the shown article's history again. */
    void refresh() {
        long gen = ++generation;
        String shown = id;
        if (shown == null) {
            versions.clear();
            heading.setText(ctx.text("history.noArticle"));
            showStart(false);
            return;
        }
        queue.submitIfHistory(r -> r.history(shown)).whenComplete((found, e) -> Platform.runLater(() -> {
            if (gen != generation) {
                return;
            }
            if (e != null) {
                versions.clear();
                heading.setText(ctx.text("history.failed", message(e)));
                return;
            }
            boolean keeps = found != null;
            showStart(!keeps);
            if (!keeps) {
                versions.clear();
                heading.setText(ctx.text("history.notKept"));
                return;
            }
            versions.setAll(found);
            // the story by its headline, as the list names it (its file name only when it is not the one open)
            Article open = editor.articleProperty().get();
            String name = open != null && open.id().equals(shown) && !open.headline().isBlank() ? open.headline() : shown;
            heading.setText(found.isEmpty() ? ctx.text("history.notYet", name) : ctx.text("history.heading", found.size(), name));
        }));
    }

    private void startHistory(Supplier<Author> author) {
        start.setDisable(true);
        queue.submit(r -> {
            Author a = author.get();
            return r.commitAll(a != null ? a : r.configuredAuthor(), "Start the desk's history");
        }).whenComplete((c, e) -> Platform.runLater(() -> {
            start.setDisable(false);
            if (e != null) {
                heading.setText(ctx.text("history.failed", message(e)));
            } else {
                refresh();
            }
        }));
    }

    /** One version: compared with the article as saved now; two: the older with the newer. */
    private void compareSelected() {
        List<Version> chosen = new ArrayList<>(list.getSelectionModel().getSelectedItems());
        chosen.sort(Comparator.comparing(Version::time).thenComparing(v -> versions.size() - versions.indexOf(v)));
        String article = id;
        String older = chosen.get(0).commit();
        String newer = chosen.size() > 1 ? chosen.get(1).commit() : null;
        comparing.setText(newer == null ? ctx.text("history.comparing.now", label(chosen.get(0)))
                : ctx.text("history.comparing", label(chosen.get(0)), label(chosen.get(1))));
        queue.submit(r -> r.diff(article, older, newer)).whenComplete((d, e) -> Platform.runLater(() -> {
            if (!Objects.equals(article, id)) {
                return;
            }
            if (e != null) {
                comparing.setText(ctx.text("history.failed", message(e)));
                comparison.getChildren().clear();
                return;
            }
            showComparison(d);
        }));
    }

    private void showComparison(WordDiff.Result d) {
        List<Text> parts = new ArrayList<>();
        for (WordDiff.Part p : d.parts()) {
            Text t = new Text(p.text());
            t.getStyleClass().add(switch (p.op()) {
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
                case SAME -> "diff-same";
            });
            parts.add(t);
        }
        comparison.getChildren().setAll(parts);
        comparing.setText(comparing.getText() + " " + ctx.text("history.words", d.wordsAdded(), d.wordsRemoved()));
    }

    /** Puts the chosen version in the editor as a new save (Ctrl+Z in the editor takes it back). */
    private void restoreSelected() {
        Version v = list.getSelectionModel().getSelectedItem();
        String article = id;
        if (v == null || article == null) {
            return;
        }
        queue.submit(r -> r.articleAt(article, v.commit())).whenComplete((a, e) -> Platform.runLater(() -> {
            if (e != null) {
                comparing.setText(ctx.text("history.failed", message(e)));
                return;
            }
            Article open = editor.articleProperty().get();
            if (open == null || !open.id().equals(article)) {
                return;
            }
            editor.restore(a).thenAccept(ok -> {
                if (ok) {
                    comparing.setText(ctx.text("history.restored", label(v)));
                    comparison.getChildren().clear();
                    restored.accept(article);
                }
            });
        }));
    }

    private String label(Version v) {
        return TIME.withLocale(ctx.messages().getLocale()).format(v.time().atZone(ZoneId.systemDefault())) + " (" + v.author() + ")";
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private final class VersionCell extends ListCell<Version> {
        @Override
        protected void updateItem(Version v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                return;
            }
            String change = v.deleted() ? ctx.text("history.deleted") : ctx.text("history.words", v.wordsAdded(), v.wordsRemoved());
            setText(label(v) + "\n" + change);
        }
    }
}
