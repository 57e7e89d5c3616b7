package org.copydesk.ui.articles;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.copydesk.model.ArticleStatus;
import org.copydesk.search.SearchHit;
import org.copydesk.storage.ArticleSummary;
import org.copydesk.ui.common.ClearableField;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.WorkspaceIndex;

/** The article list: headline, status, language, modified; sortable columns and a filter box. */
public final class ArticleListView {

    private final UiContext ctx;
    private final ObservableList<ArticleRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ArticleRow> filtered = new FilteredList<>(rows);
    private final TableView<ArticleRow> table = new TableView<>();
    private final ClearableField filterBox;
    private final TextField filter;
    private final SimpleObjectProperty<ArticleRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty filtersShown = new SimpleBooleanProperty(this, "filtersShown");
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();
    private boolean mutating;
    private final ChangeListener<String> plainFilter;
    private final TableColumn<ArticleRow, Float> relevance = new TableColumn<>();
    /** The "Match" column's header: its word, or where the word does not fit, a full bar (the word in its tooltip). */
    private final String relevanceTitle;
    private final Node relevanceMark;
    /** The best score among the search hits the list shows: a hit's "Match" bar is its share of it. */
    private double bestScore;
    private final TableColumn<ArticleRow, Instant> modifiedColumn;
    private final VBox top;
    private ArticleSearch search;
    private final List<TableColumn<ArticleRow, ?>> details;
    private final ListDates dates;
    private final VBox placeholder = new VBox(8);
    /**
     * False until the first listing arrives ({@link #setEntries}): meanwhile the empty list says it is reading the
     * articles, not that there are none.
     */
    private boolean listed;
    private boolean narrow;

    public ArticleListView(UiContext ctx) {
        this.ctx = ctx;
        this.dates = new ListDates(ctx.messages().getLocale(), ZoneId.systemDefault(), Clock.systemDefaultZone());
        root.getStyleClass().add("article-list");
        filterBox = new ClearableField(ctx.text("list.clearSearch"));
        filter = filterBox.field();
        filter.setPromptText(ctx.text("list.filter.prompt"));
        filter.setId("articleFilter");
        plainFilter = (o, a, text) -> filtered.setPredicate(r -> r.matches(text));
        filter.textProperty().addListener(plainFilter);

        TableColumn<ArticleRow, String> headline = new TableColumn<>(ctx.text("list.column.headline"));
        headline.setId("headlineColumn");
        headline.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().headline()));
        headline.setPrefWidth(250);
        headline.setMinWidth(120);
        headline.setCellFactory(col -> new HeadlineCell());
        TableColumn<ArticleRow, String> status = new TableColumn<>(ctx.text("list.column.status"));
        status.setId("statusColumn");
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(statusText(c.getValue())));
        TableColumn<ArticleRow, String> language = new TableColumn<>(ctx.text("list.column.language"));
        language.setId("languageColumn");
        language.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().language()));
        TableColumn<ArticleRow, Instant> modified = new TableColumn<>(ctx.text("list.column.modified"));
        modified.setId("modifiedColumn");
        modified.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().modified()));
        modified.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        modified.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : dates.brief(item));
                Tips.set(this, empty || item == null ? null : dates.full(item));
            }
        });
        modified.setSortType(TableColumn.SortType.DESCENDING);
        modifiedColumn = modified;
        relevanceTitle = ctx.text("search.column.relevance");
        relevance.setText(relevanceTitle);
        relevanceMark = MatchCell.headerMark(relevanceTitle);
        relevance.setId("relevanceColumn");
        relevance.setCellValueFactory(c -> new SimpleObjectProperty<>(search == null ? null : search.score(c.getValue().id())));
        relevance.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        relevance.setSortType(TableColumn.SortType.DESCENDING);
        relevance.setCellFactory(col -> new MatchCell<>(ctx, () -> bestScore));
        relevance.setVisible(false);
        details = List.of(status, language, modified);
        table.getColumns().setAll(List.of(headline, status, language, modified, relevance));
        table.setId("articleTable");
        SortedList<ArticleRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(modified);
        table.setPlaceholder(placeholder);
        placeholder.getStyleClass().add("list-placeholder");
        placeholder.setId("listPlaceholder");
        placeholder.setAlignment(Pos.CENTER);
        placeholder.maxWidthProperty().bind(table.widthProperty().subtract(24));
        // the columns take the width their header and values need; a narrow list shows only the headline, with the
        // status, language and date on a line under it
        table.widthProperty().addListener((o, a, w) -> fitColumns());
        table.skinProperty().addListener((o, a, skin) -> fitColumns());
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
                if (r.getItem() != null && r.getItem().summary() != null) {
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
        rows.addListener((ListChangeListener<ArticleRow>) c -> fitColumns());
        updateCount();

        top = new VBox(4, filterBox.view());
        top.getStyleClass().add("article-list-top");
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setTop(top);
        root.setCenter(table);
        count.getStyleClass().add("article-count");
        root.setBottom(count);
        root.getStylesheets().add(Objects.requireNonNull(ArticleListView.class.getResource("articles.css")).toExternalForm());
    }

    private String statusText(ArticleRow row) {
        return row.status().isEmpty() ? "" : ctx.text("status." + row.status());
    }

    /** "editing · fr-FR · 26 Nov": what the hidden columns would say, under the headline of a narrow list. */
    String detailLine(ArticleRow row) {
        List<String> parts = new ArrayList<>();
        for (String s : List.of(statusText(row), row.language(), row.modified() == null ? "" : dates.brief(row.modified()))) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    /** Whether the list is too narrow for its columns and shows the headline with a line of details under it. */
    public boolean isNarrow() {
        return narrow;
    }

    /**
     * Gives each detail column the width its header and its widest value need (so none is cut off), and hides them
     * when the headline would be left less than {@link #MIN_HEADLINE_WIDTH}.
     */
    private void fitColumns() {
        double need = 0;
        for (TableColumn<ArticleRow, ?> c : details) {
            double w = ColumnWidths.fit(c, values(c));
            c.setMinWidth(w);
            c.setPrefWidth(w);
            c.setMaxWidth(w);
            need += w;
        }
        if (relevance.isVisible()) {
            need += fitMatchColumn();
        }
        boolean tooNarrow = table.getWidth() > 0 && table.getWidth() - need - 20 < MIN_HEADLINE_WIDTH;
        if (tooNarrow != narrow || details.get(0).isVisible() == tooNarrow) {
            narrow = tooNarrow;
            for (TableColumn<ArticleRow, ?> c : details) {
                c.setVisible(!narrow);
            }
            table.refresh();
        }
    }

    /**
     * Sizes the "Match" column and gives its width. Done before it is shown too: the table shares its width out among
     * the columns when one appears, and a width set after that pushed the column past the list's edge.
     */
    private double fitMatchColumn() {
        // its word as the header when the headline keeps its room beside it; else (a narrow list, a long word:
        // "Pertinence") a full bar as the header, the word in its tooltip, and the column as wide as the bars
        double bars = Math.ceil(MATCH_BAR_EM * ColumnWidths.em(relevance) + ColumnWidths.CELL_EXTRA);
        double word = ColumnWidths.header(relevance, relevanceTitle);
        boolean compact = table.getWidth() > 0 && table.getWidth() - Math.max(word, bars) - 20 < MIN_HEADLINE_BESIDE_MATCH
                && word > bars;
        relevance.setText(compact ? "" : relevanceTitle);
        relevance.setGraphic(compact ? relevanceMark : null);
        double w = compact ? bars : Math.max(word, bars);
        relevance.setMinWidth(w);
        relevance.setPrefWidth(w);
        relevance.setMaxWidth(w);
        return w;
    }

    private static final double MIN_HEADLINE_WIDTH = 200;
    /** The least a hit's headline keeps beside the "Match" column's word (wrapped, still 20-odd characters a line). */
    private static final double MIN_HEADLINE_BESIDE_MATCH = 150;
    /** How wide the "Match" column's bar is, in ems (as {@code .match-bar} in articles.css). */
    static final double MATCH_BAR_EM = 3;

    private List<String> values(TableColumn<ArticleRow, ?> c) {
        List<String> v = new ArrayList<>();
        switch (c.getId()) {
            case "statusColumn" -> {
                for (ArticleStatus st : ArticleStatus.values()) {
                    v.add(ctx.text("status." + st.id()));
                }
            }
            case "languageColumn" -> rows.forEach(r -> v.add(r.language()));
            default -> rows.forEach(r -> v.add(r.modified() == null ? "" : dates.brief(r.modified())));
        }
        return v;
    }

    /** A headline cell: the headline wrapped over as many lines as it needs, and in a narrow list the details under it. */
    private final class HeadlineCell extends TableCell<ArticleRow, String> {
        private final Text headline = new Text();
        private final Text details = new Text();
        private final VBox box = new VBox(2, headline);
        private DoubleBinding wrap;

        HeadlineCell() {
            headline.getStyleClass().add("row-headline");
            details.getStyleClass().add("row-details");
            box.getStyleClass().add("row-box");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // the lines wrap at the column's width, which the table knows before it asks a new row for its height: the
            // cell's own width is 0 until the row is laid out, and a row measured then was one headline line tall, its
            // second line and the details drawn over the next row in the first picture
            wrapAt(widthProperty());
            tableColumnProperty().addListener((o, was, column) -> wrapAt(column == null ? widthProperty() : column.widthProperty()));
        }

        private void wrapAt(ReadOnlyDoubleProperty width) {
            wrap = width.subtract(18);
            headline.wrappingWidthProperty().bind(wrap);
            details.wrappingWidthProperty().bind(wrap);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ArticleRow row = empty ? null : getTableRow().getItem();
            setText(null);
            getStyleClass().remove("unreadable");
            Tips.set(this, null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            SearchHit hit = search == null ? null : search.hit(row.id());
            Node top;
            if (hit != null && hit.hasDetails()) {
                top = SearchHighlights.cell(hit, wrap);
            } else {
                headline.setText(row.error() != null ? "⚠ " + item : item);
                top = headline;
            }
            if (row.error() != null) {
                getStyleClass().add("unreadable");
                Tips.set(this, ctx.text("list.unreadable", row.error()));
            }
            details.setText(detailLine(row));
            box.getChildren().setAll(top);
            if (narrow && !details.getText().isEmpty()) {
                box.getChildren().add(details);
            }
            setGraphic(box);
        }
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
        Tips.set(filter, ctx.text("search.prompt.help"));
        filter.textProperty().addListener((o, a, b) -> updatePlaceholder());
        search = new ArticleSearch(ctx, index, filter);
        search.updateChoices(rows);
        search.setOnHighlightsChanged(table::refresh);
        search.predicateProperty().addListener((o, a, p) -> afterSearch(p));
        // the filters fold under a button beside the search box, which counts those that narrow the list
        ToggleButton toggle = new ToggleButton();
        toggle.setId("filtersToggle");
        toggle.getStyleClass().add("filters-toggle");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> search.activeFiltersProperty().get() == 0
                ? ctx.text("search.filters") : ctx.text("search.filters.active", search.activeFiltersProperty().get()),
                search.activeFiltersProperty()));
        Tips.set(toggle, ctx.text("search.filters.help"));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(filtersShown);
        HBox line = new HBox(4, filterBox.view(), toggle);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filterBox.view(), Priority.ALWAYS);
        top.getChildren().setAll(line, search.noticeLabel());
        filtersShown.addListener((o, was, shown) -> {
            Node row = search.filtersView();
            if (shown && !top.getChildren().contains(row)) {
                top.getChildren().add(1, row);
                search.focusFilters();
            } else if (!shown) {
                top.getChildren().remove(row);
            }
        });
        rows.addListener((ListChangeListener<ArticleRow>) c -> search.updateChoices(rows));
    }

    /** Whether the status, language, tag and date filters are shown under the search box (folded on start). */
    public BooleanProperty filtersShownProperty() {
        return filtersShown;
    }

    public ArticleSearch search() {
        return search;
    }

    /** Ranks by relevance while the box holds text; back to the previous order when it is cleared. */
    private void afterSearch(Predicate<ArticleRow> p) {
        boolean text = search.isTextSearch();
        mutate(() -> {
            filtered.setPredicate(p);
            bestScore = text ? filtered.stream().map(r -> search.score(r.id())).filter(Objects::nonNull)
                    .mapToDouble(Float::doubleValue).max().orElse(0) : 0;
            if (text && !relevance.isVisible()) {
                fitMatchColumn();
            }
            relevance.setVisible(text);
            fitColumns();
            updatePlaceholder();
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
        count.setText(listed ? ctx.text("list.count", filtered.size(), rows.size()) : "");
        updatePlaceholder();
    }

    /**
     * What an empty list says: how to create the first article, or that nothing matches the search (or the filters),
     * with a button that clears it.
     */
    private void updatePlaceholder() {
        String q = filter.getText() == null ? "" : filter.getText().strip();
        boolean filters = search != null && search.hasFilters();
        Label what = new Label();
        what.setWrapText(true);
        what.setId("listEmptyMessage");
        what.setMinHeight(Region.USE_PREF_SIZE);
        Button clear = new Button();
        clear.setId("clearSearch");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> {
            filter.clear();
            if (search != null) {
                search.clearFilters();
            }
            filter.requestFocus();
        });
        if (!listed) {
            what.setText(ctx.text("list.reading"));
            placeholder.getChildren().setAll(what);
        } else if (rows.isEmpty()) {
            what.setText(ctx.text("list.empty"));
            placeholder.getChildren().setAll(what);
        } else if (!q.isEmpty()) {
            what.setText(ctx.text(filters ? "list.noMatchFiltered" : "list.noMatch", q));
            clear.setText(ctx.text(filters ? "list.clearSearchAndFilters" : "list.clearSearch"));
            placeholder.getChildren().setAll(what, clear);
        } else if (filters) {
            what.setText(ctx.text("list.noMatchFilters"));
            clear.setText(ctx.text("list.clearFilters"));
            placeholder.getChildren().setAll(what, clear);
        } else {
            what.setText(ctx.text("list.empty"));
            placeholder.getChildren().setAll(what);
        }
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
    public void setEntries(List<ArticleSummary> entries) {
        listed = true;
        mutate(() -> rows.setAll(entries.stream().map(ArticleRow::new).toList()));
        updateCount(); // an empty workspace changes no row, and now says how to create the first article
        refreshSearch();
    }

    /** Runs the current search again (the index changed). */
    public void refreshSearch() {
        if (search != null) {
            search.refresh();
        }
    }

    /** Replaces or adds one entry (after a save) without disturbing the rest or the selection. */
    public void upsert(ArticleSummary entry) {
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
