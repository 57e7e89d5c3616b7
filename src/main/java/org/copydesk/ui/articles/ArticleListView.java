package org.copydesk.ui.articles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.copydesk.search.SearchHit;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.WorkspaceIndex;

/** The article list: headline, status, language, modified; sortable columns and a filter box. */
public final class ArticleListView {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final UiContext ctx;
    private final ObservableList<ArticleRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ArticleRow> filtered = new FilteredList<>(rows);
    private final TableView<ArticleRow> table = new TableView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private final SimpleObjectProperty<ArticleRow> selected = new SimpleObjectProperty<>();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();
    private boolean mutating;
    private final ChangeListener<String> plainFilter;
    private final TableColumn<ArticleRow, Float> relevance = new TableColumn<>();
    private final TableColumn<ArticleRow, Instant> modifiedColumn;
    private final VBox top;
    private ArticleSearch search;

    public ArticleListView(UiContext ctx) {
        this.ctx = ctx;
        root.getStyleClass().add("article-list");
        filter.setPromptText(ctx.text("list.filter.prompt"));
        filter.setId("articleFilter");
        plainFilter = (o, a, text) -> filtered.setPredicate(r -> r.matches(text));
        filter.textProperty().addListener(plainFilter);

        TableColumn<ArticleRow, String> headline = new TableColumn<>(ctx.text("list.column.headline"));
        headline.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().headline()));
        headline.setPrefWidth(250);
        headline.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ArticleRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setGraphic(null);
                getStyleClass().remove("unreadable");
                setTooltip(null);
                SearchHit hit = row == null || search == null ? null : search.hit(row.id());
                if (hit != null && hit.hasDetails()) {
                    setText(null);
                    setGraphic(SearchHighlights.cell(hit));
                    return;
                }
                if (row != null && row.error() != null) {
                    getStyleClass().add("unreadable");
                    setText("⚠ " + item);
                    setTooltip(new Tooltip(ctx.text("list.unreadable", row.error())));
                }
            }
        });
        TableColumn<ArticleRow, String> status = new TableColumn<>(ctx.text("list.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().status().isEmpty() ? "" : ctx.text("status." + c.getValue().status())));
        status.setPrefWidth(70);
        TableColumn<ArticleRow, String> language = new TableColumn<>(ctx.text("list.column.language"));
        language.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().language()));
        language.setPrefWidth(50);
        TableColumn<ArticleRow, Instant> modified = new TableColumn<>(ctx.text("list.column.modified"));
        modified.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().modified()));
        modified.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        modified.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : MODIFIED.format(item));
            }
        });
        modified.setPrefWidth(120);
        modified.setSortType(TableColumn.SortType.DESCENDING);
        modifiedColumn = modified;
        relevance.setText(ctx.text("search.column.relevance"));
        relevance.setId("relevanceColumn");
        relevance.setCellValueFactory(c -> new SimpleObjectProperty<>(search == null ? null : search.score(c.getValue().id())));
        relevance.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        relevance.setSortType(TableColumn.SortType.DESCENDING);
        relevance.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Float item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%.1f", item));
            }
        });
        relevance.setPrefWidth(50);
        relevance.setVisible(false);
        table.getColumns().setAll(List.of(headline, status, language, modified, relevance));
        table.setId("articleTable");
        SortedList<ArticleRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(modified);
        table.setPlaceholder(new Label(ctx.text("list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!mutating) {
                selected.set(b);
            }
        });
        table.setRowFactory(tv -> {
            TableRow<ArticleRow> r = new TableRow<>();
            r.setId(null);
            // an article dragged from the list can be dropped on the related-stories sidebar
            r.setOnDragDetected(e -> {
                if (r.getItem() != null && r.getItem().article() != null) {
                    Dragboard db = r.startDragAndDrop(TransferMode.LINK);
                    ClipboardContent content = new ClipboardContent();
                    content.put(ARTICLE_ID, r.getItem().id());
                    content.putString(r.getItem().headline());
                    db.setContent(content);
                    e.consume();
                }
            });
            return r;
        });
        filtered.addListener((ListChangeListener<ArticleRow>) c -> updateCount());
        updateCount();

        top = new VBox(4, filter);
        top.getStyleClass().add("article-list-top");
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setTop(top);
        root.setCenter(table);
        count.getStyleClass().add("article-count");
        root.setBottom(count);
        root.getStylesheets().add(Objects.requireNonNull(ArticleListView.class.getResource("articles.css")).toExternalForm());
    }

    /** The drag-and-drop format of an article dragged from the list: its id. */
    public static final DataFormat ARTICLE_ID = dataFormat("application/x-copydesk-article-id");

    private static DataFormat dataFormat(String mime) {
        DataFormat f = DataFormat.lookupMimeType(mime);
        return f != null ? f : new DataFormat(mime);
    }

    /**
     * Turns the filter box into full-text search over the workspace's index (as you type, off the FX thread), adds
     * the status, language, tag and date filters, the relevance column and highlighted matches in the rows.
     */
    public void enableSearch(WorkspaceIndex index) {
        filter.textProperty().removeListener(plainFilter);
        filter.setPromptText(ctx.text("search.prompt"));
        search = new ArticleSearch(ctx, index, filter);
        search.updateChoices(rows);
        search.setOnHighlightsChanged(table::refresh);
        search.predicateProperty().addListener((o, a, p) -> afterSearch(p));
        top.getChildren().addAll(search.filtersView(), search.noticeLabel());
        rows.addListener((ListChangeListener<ArticleRow>) c -> search.updateChoices(rows));
    }

    public ArticleSearch search() {
        return search;
    }

    /** Ranks by relevance while the box holds text; back to the previous order when it is cleared. */
    private void afterSearch(Predicate<ArticleRow> p) {
        boolean text = search.isTextSearch();
        mutate(() -> {
            filtered.setPredicate(p);
            relevance.setVisible(text);
            if (text && !table.getSortOrder().contains(relevance)) {
                table.getSortOrder().setAll(List.of(relevance));
            } else if (!text && table.getSortOrder().contains(relevance)) {
                table.getSortOrder().setAll(List.of(modifiedColumn));
            }
            // the scores changed: sort again
            table.sort();
        });
        table.refresh();
    }

    private void updateCount() {
        count.setText(ctx.text("list.count", filtered.size(), rows.size()));
    }

    public Node view() {
        return root;
    }

    public TableView<ArticleRow> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    public ReadOnlyObjectProperty<ArticleRow> selectedProperty() {
        return selected;
    }

    /** Replaces the list with these entries, keeping the selection on the same id where it still exists. */
    public void setEntries(List<ArticleEntry> entries) {
        mutate(() -> rows.setAll(entries.stream().map(ArticleRow::new).toList()));
        refreshSearch();
    }

    /** Runs the current search again (the index changed). */
    public void refreshSearch() {
        if (search != null) {
            search.refresh();
        }
    }

    /** Replaces or adds one entry (after a save) without disturbing the rest or the selection. */
    public void upsert(ArticleEntry entry) {
        mutate(() -> {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(entry.id())) {
                    rows.set(i, new ArticleRow(entry));
                    return;
                }
            }
            rows.add(new ArticleRow(entry));
        });
        refreshSearch();
    }

    public void remove(String id) {
        mutate(() -> rows.removeIf(r -> r.id().equals(id)));
        refreshSearch();
    }

    /**
     * Changes the rows without the selection jumping: the table may move its selection while rows are replaced or
     * re-sorted; afterwards the same article is selected again, and listeners hear only a real change of article.
     */
    private void mutate(Runnable change) {
        String keep = selected.get() == null ? null : selected.get().id();
        mutating = true;
        try {
            change.run();
            table.getSelectionModel().clearSelection();
            if (keep != null) {
                for (ArticleRow r : table.getItems()) {
                    if (r.id().equals(keep)) {
                        table.getSelectionModel().select(r);
                        break;
                    }
                }
            }
        } finally {
            mutating = false;
        }
        selected.set(table.getSelectionModel().getSelectedItem());
    }

    public boolean select(String id) {
        for (ArticleRow r : table.getItems()) {
            if (r.id().equals(id)) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                return true;
            }
        }
        return false;
    }
}
