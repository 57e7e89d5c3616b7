package org.copydesk.ui.articles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.common.UiContext;

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

    public ArticleListView(UiContext ctx) {
        this.ctx = ctx;
        root.getStyleClass().add("article-list");
        filter.setPromptText(ctx.text("list.filter.prompt"));
        filter.setId("articleFilter");
        filter.textProperty().addListener((o, a, text) -> filtered.setPredicate(r -> r.matches(text)));

        TableColumn<ArticleRow, String> headline = new TableColumn<>(ctx.text("list.column.headline"));
        headline.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().headline()));
        headline.setPrefWidth(250);
        headline.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ArticleRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().remove("unreadable");
                setTooltip(null);
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
        table.getColumns().setAll(List.of(headline, status, language, modified));
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
            return r;
        });
        filtered.addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> updateCount());
        updateCount();

        VBox top = new VBox(4, filter);
        top.getStyleClass().add("article-list-top");
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setTop(top);
        root.setCenter(table);
        count.getStyleClass().add("article-count");
        root.setBottom(count);
        root.getStylesheets().add(Objects.requireNonNull(ArticleListView.class.getResource("articles.css")).toExternalForm());
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
    }

    public void remove(String id) {
        mutate(() -> rows.removeIf(r -> r.id().equals(id)));
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

    public List<ArticleRow> rows() {
        return List.copyOf(rows);
    }
}
