package org.copydesk.ui.articles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.copydesk.model.ArticleStatus;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchResults;
import org.copydesk.storage.ArticleSummary;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.WorkspaceIndex;

/**
 * Full-text search for the article list: the filter box's text goes to the index as you type (off the FX thread, the
 * latest query wins), the status, language, tag and date filters narrow the list. Keeps the current hits (rank, score,
 * highlighted headline and snippet) for the list's cells.
 */
public final class ArticleSearch {
    /** Hits with details (highlights) computed with the search; the rest on demand as rows scroll into view. */
    static final int DETAILED = 16;
    private static final int ALL = 100_000;

    private final UiContext ctx;
    private final WorkspaceIndex index;
    private final TextField text;
    /**
     * The status, language, tag and date filters: made the first time the row is shown ({@link #filtersView()}), not
     * with the list. Three combo boxes (each with the list of its pop-up) and two date pickers were a third of the
     * styling and skins of the window's first picture; the row starts folded and most sessions never open it.
     */
    private Filters filters;
    /** The languages and tags the list offers, kept for the filters until they are made. */
    private Set<String> languageChoices = Set.of();
    private Set<String> tagChoices = Set.of();
    private final ReadOnlyIntegerWrapper activeFilters = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Predicate<ArticleRow>> predicate = new ReadOnlyObjectWrapper<>(r -> true);
    private final ReadOnlyObjectWrapper<String> notice = new ReadOnlyObjectWrapper<>();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(60));
    private final Map<String, SearchHit> hits = new HashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();
    private final Set<String> describing = new HashSet<>();
    private SearchResults results;
    private long latest;
    private Runnable onHighlightsChanged = () -> { };

    ArticleSearch(UiContext ctx, WorkspaceIndex index, TextField text) {
        this.ctx = ctx;
        this.index = index;
        this.text = text;
        debounce.setOnFinished(e -> run());
        text.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        index.readyProperty().addListener((o, a, ready) -> {
            if (ready) {
                run();
            }
        });
        index.failedProperty().addListener((o, a, failed) -> run());
        // a long catch-up (a reload after many files changed): the list's matches meanwhile, the index's after
        index.progressProperty().addListener((o, a, b) -> {
            if ((a == null) != (b == null)) {
                run();
            }
        });
    }

    /** The filters' controls, in their row. */
    private final class Filters {
        final ComboBox<String> status = new ComboBox<>();
        final ComboBox<String> language = new ComboBox<>();
        final ComboBox<String> tag = new ComboBox<>();
        final DatePicker from = new DatePicker();
        final DatePicker to = new DatePicker();
        final FlowPane row = new FlowPane(4, 4);

        Filters() {
            row.getStyleClass().add("search-filters");
            row.setId("searchFilters");
            status.setId("statusFilter");
            language.setId("languageFilter");
            tag.setId("tagFilter");
            from.setId("fromFilter");
            to.setId("toFilter");
            status.getItems().add("");
            for (ArticleStatus s : ArticleStatus.values()) {
                status.getItems().add(s.id());
            }
            status.setValue("");
            language.setValue("");
            tag.setValue("");
            status.setButtonCell(cell("search.filter.anyStatus", true));
            status.setCellFactory(lv -> cell("search.filter.anyStatus", true));
            language.getItems().add("");
            language.setButtonCell(cell("search.filter.anyLanguage", false));
            language.setCellFactory(lv -> cell("search.filter.anyLanguage", false));
            tag.getItems().add("");
            tag.setButtonCell(cell("search.filter.anyTag", false));
            tag.setCellFactory(lv -> cell("search.filter.anyTag", false));
            from.setPromptText(ctx.text("search.filter.from"));
            to.setPromptText(ctx.text("search.filter.to"));
            from.setPrefWidth(120);
            to.setPrefWidth(120);
            row.getChildren().addAll(status, language, tag, from, to);
            replaceChoices(language.getItems(), languageChoices, language);
            replaceChoices(tag.getItems(), tagChoices, tag);
            status.valueProperty().addListener((o, a, b) -> changed());
            language.valueProperty().addListener((o, a, b) -> changed());
            tag.valueProperty().addListener((o, a, b) -> changed());
            from.valueProperty().addListener((o, a, b) -> changed());
            to.valueProperty().addListener((o, a, b) -> changed());
        }

        private void changed() {
            activeFilters.set(count());
            run();
        }

        int count() {
            return (isBlank(status.getValue()) ? 0 : 1) + (isBlank(language.getValue()) ? 0 : 1)
                    + (isBlank(tag.getValue()) ? 0 : 1) + (from.getValue() == null ? 0 : 1) + (to.getValue() == null ? 0 : 1);
        }
    }

    private ListCell<String> cell(String anyKey, boolean statusNames) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null || item.isEmpty() ? ctx.text(anyKey)
                        : statusNames ? ctx.text("status." + item) : item);
            }
        };
    }

    /** The row of filters (made now if it was not yet). */
    Node filtersView() {
        if (filters == null) {
            filters = new Filters();
        }
        return filters.row;
    }

    /** Puts the keyboard in the first filter (the status), so that the row shown by its keys is used by them too. */
    void focusFilters() {
        if (filters != null) {
            filters.status.requestFocus();
        }
    }

    /** How many of the status, language, tag and date filters narrow the list (0 until the row was made). */
    ReadOnlyIntegerProperty activeFiltersProperty() {
        return activeFilters.getReadOnlyProperty();
    }

    /** Whether a status, language, tag or date filter narrows the list. */
    boolean hasFilters() {
        return activeFilters.get() > 0;
    }

    /** Back to "any status, any language, any tag, any date". */
    void clearFilters() {
        if (filters == null) {
            return;
        }
        filters.status.setValue("");
        filters.language.setValue("");
        filters.tag.setValue("");
        filters.from.setValue(null);
        filters.to.setValue(null);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Offers the languages and tags of the listed articles in the filters. */
    void updateChoices(List<ArticleRow> rows) {
        Set<String> langs = new TreeSet<>();
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ArticleRow r : rows) {
            if (r.summary() != null) {
                langs.add(r.summary().language());
                tags.addAll(r.summary().tags());
            }
        }
        languageChoices = langs;
        tagChoices = tags;
        if (filters != null) {
            replaceChoices(filters.language.getItems(), langs, filters.language);
            replaceChoices(filters.tag.getItems(), tags, filters.tag);
        }
    }

    private static void replaceChoices(ObservableList<String> items, Set<String> values, ComboBox<String> box) {
        List<String> wanted = new ArrayList<>();
        wanted.add("");
        wanted.addAll(values);
        if (!items.equals(wanted)) {
            String keep = box.getValue();
            items.setAll(wanted);
            box.setValue(keep != null && wanted.contains(keep) ? keep : "");
        }
    }

    /** What rows the list shows now. */
    ReadOnlyObjectProperty<Predicate<ArticleRow>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }

    /** A message about the query (it was read differently, or the index is still being built); null when none. */
    public ReadOnlyObjectProperty<String> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    void setOnHighlightsChanged(Runnable r) {
        onHighlightsChanged = r;
    }

    /** True while the list shows text-search results (ranked by relevance). */
    boolean isTextSearch() {
        return results != null && results.query().hasText();
    }

    /** The hit for a row of the current text search, with its highlights if known; null when none. */
    SearchHit hit(String id) {
        if (!isTextSearch()) {
            return null;
        }
        SearchHit h = hits.get(id);
        if (h != null && !h.hasDetails() && describing.add(id)) {
            SearchResults asked = results;
            index.query(i -> i.describe(asked, id), d -> {
                describing.remove(id);
                if (asked == results && d.isPresent()) {
                    hits.put(id, d.get());
                    onHighlightsChanged.run();
                }
            });
        }
        return h;
    }

    /** Rank of a row in the current text search (0 = best); {@link Integer#MAX_VALUE} when not ranked. */
    int rank(String id) {
        return rank.getOrDefault(id, Integer.MAX_VALUE);
    }

    Float score(String id) {
        SearchHit h = isTextSearch() ? hits.get(id) : null;
        return h == null ? null : h.score();
    }

    SearchQuery currentQuery() {
        if (filters == null) {
            return SearchQuery.of(text.getText());
        }
        String s = filters.status.getValue();
        return new SearchQuery(text.getText(), s == null || s.isEmpty() ? Set.of() : EnumSet.of(ArticleStatus.fromId(s)),
                filters.language.getValue(), filters.tag.getValue(), filters.from.getValue(), filters.to.getValue());
    }

    /** Runs the current query now (the filter box waits for a pause in typing first). */
    void run() {
        debounce.stop();
        SearchQuery q = currentQuery();
        long seq = ++latest;
        Predicate<ArticleRow> local = localFilters(q);
        if (!q.hasText()) {
            apply(null, local);
            notice.set(null);
            return;
        }
        if (!index.readyProperty().get() || index.progressProperty().get() != null) {
            // until the index is open and up to date: plain matching of what the list holds
            String t = q.text();
            apply(null, local.and(r -> r.matches(t)));
            notice.set(ctx.text(index.failedProperty().get() ? "search.unavailable" : "search.indexing"));
            return;
        }
        index.query(i -> i.search(q, ALL, DETAILED), r -> {
            if (seq == latest) {
                Set<String> ids = new HashSet<>(r.ids());
                apply(r, local.and(row -> ids.contains(row.id())));
                notice.set(r.notice());
            }
        });
    }

    private void apply(SearchResults r, Predicate<ArticleRow> p) {
        results = r;
        hits.clear();
        rank.clear();
        describing.clear();
        if (r != null) {
            int n = 0;
            for (SearchHit h : r.hits()) {
                hits.put(h.id(), h);
                rank.put(h.id(), n++);
            }
        }
        predicate.set(p);
    }

    /** Status, language, tag and date filters, applied to the rows the list holds. */
    private static Predicate<ArticleRow> localFilters(SearchQuery q) {
        return row -> {
            if (q.statuses().isEmpty() && q.language() == null && q.tag() == null && q.from() == null && q.to() == null) {
                return true;
            }
            ArticleSummary a = row.summary();
            if (a == null) {
                return false;
            }
            if (!q.statuses().isEmpty() && !q.statuses().contains(a.status())) {
                return false;
            }
            if (q.language() != null && !a.language().equalsIgnoreCase(q.language())) {
                return false;
            }
            if (q.tag() != null && a.tags().stream().noneMatch(t -> t.equalsIgnoreCase(q.tag()))) {
                return false;
            }
            LocalDate day = a.modified().atZone(ZoneOffset.UTC).toLocalDate();
            return (q.from() == null || !day.isBefore(q.from())) && (q.to() == null || !day.isAfter(q.to()));
        };
    }

    /** Forgets the results and runs the query again (after articles were saved, deleted or reloaded). */
    void refresh() {
        if (!currentQuery().isEmpty()) {
            run();
        }
    }

    Label noticeLabel() {
        Label l = new Label();
        l.getStyleClass().add("search-notice");
        l.textProperty().bind(notice);
        l.visibleProperty().bind(notice.isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
