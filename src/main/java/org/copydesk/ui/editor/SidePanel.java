package org.copydesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.copydesk.editing.LanguageStyle;
import org.controlsfx.control.SegmentedBar;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.editing.LanguageMix;
import org.copydesk.spelling.InstalledDictionaries;
import org.copydesk.ui.common.IssueText;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.WrappingTreeCell;

/**
 * The editor's side panel: the language mix as a ControlsFX {@link SegmentedBar}, the segments grouped by language
 * with their share, and the copy issues. Clicking an entry selects its text in the body.
 */
final class SidePanel {
    /** One row of the segment tree: a language (segment null) or one of its segments. */
    record Entry(String language, String percent, int count, LanguageSegment segment, String snippet) {
    }

    /** A segment of the bar, carrying its language for the style class. */
    static final class LanguageSegmentBar extends SegmentedBar.Segment {
        final String language;

        LanguageSegmentBar(double value, String text, String language) {
            super(value, text);
            this.language = language;
        }
    }

    private final UiContext ctx;
    private final VBox root = new VBox(6);
    private final SegmentedBar<LanguageSegmentBar> bar = new SegmentedBar<>();
    private final TreeView<Entry> segments = new TreeView<>(new TreeItem<>());
    private final ListView<CopyIssue> issues = new ListView<>();
    private final Label issuesTitle = new Label();
    /** Spelling issues by language: a language (issue null) or one flagged word. */
    record SpellingEntry(String language, int count, CopyIssue issue, String word) {
    }

    private final TreeView<SpellingEntry> spelling = new TreeView<>(new TreeItem<>());
    private final Label spellingTitle = new Label();
    private final Label missingDictionaries = new Label();
    private String text = "";

    SidePanel(UiContext ctx, BiConsumer<Integer, Integer> select) {
        this.ctx = ctx;
        root.getStyleClass().add("editor-side-panel");
        root.setId("editorSidePanel");
        bar.setId("languageBar");
        bar.getStyleClass().add("language-bar");
        bar.setOrientation(Orientation.HORIZONTAL); // ControlsFX's default stacks segments vertically
        bar.setMinHeight(22);
        bar.setPrefHeight(22);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setSegmentViewFactory(seg -> {
            Label l = new Label(seg.getText());
            l.getStyleClass().addAll("language-share", LanguageStyle.of(seg.language).styleClass());
            l.setMaxWidth(Double.MAX_VALUE);
            // a share too thin for its name shows only its colour (the name is in the tooltip and the list below)
            l.setTooltip(new Tooltip(seg.getText()));
            l.widthProperty().addListener((o, a, w) -> l.setText(
                    Look.textWidth(seg.getText(), l.getFont()) + 8 <= w.doubleValue() ? seg.getText() : null));
            return l;
        });
        segments.setId("segmentTree");
        segments.setShowRoot(false);
        segments.setCellFactory(tv -> new LanguageCell<>(Entry::language, e -> e.segment() == null
                ? ctx.text("editor.panel.language", ctx.text(LanguageStyle.of(e.language()).nameKey()), e.language(), e.percent(), e.count())
                : e.snippet()));
        segments.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() != null && item.getValue().segment() != null) {
                select.accept(item.getValue().segment().start(), item.getValue().segment().end());
            }
        });
        issues.setId("issueList");
        issues.setCellFactory(lv -> new ListCell<>() {
            {
                // long snippets wrap in the panel's width rather than end in "..." (WindowFitTest)
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(CopyIssue i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : IssueText.of(ctx, i) + " — " + snippet(i.start(), i.end()));
            }
        });
        issues.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null) {
                select.accept(i.start(), i.end());
            }
        });
        spelling.setId("spellingTree");
        spelling.setShowRoot(false);
        spelling.setCellFactory(tv -> new LanguageCell<>(SpellingEntry::language, e -> e.issue() == null
                ? ctx.text("editor.panel.spellingLanguage", languageName(e.language()), e.count())
                : e.word()));
        spelling.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() != null && item.getValue().issue() != null) {
                select.accept(item.getValue().issue().start(), item.getValue().issue().end());
            }
        });
        spellingTitle.getStyleClass().add("panel-title");
        spellingTitle.setText(ctx.text("editor.panel.spelling", 0));
        missingDictionaries.setId("missingDictionaries");
        missingDictionaries.getStyleClass().add("missing-dictionaries");
        missingDictionaries.setWrapText(true);
        missingDictionaries.setMinHeight(Region.USE_PREF_SIZE);
        missingDictionaries.managedProperty().bind(missingDictionaries.visibleProperty());
        missingDictionaries.setVisible(false);
        VBox.setVgrow(spelling, Priority.SOMETIMES);
        Label langTitle = new Label(ctx.text("editor.panel.languages"));
        langTitle.getStyleClass().add("panel-title");
        issuesTitle.getStyleClass().add("panel-title");
        VBox.setVgrow(segments, Priority.ALWAYS);
        VBox.setVgrow(issues, Priority.ALWAYS);
        // a short window scrolls the tab (the legend goes below) rather than squeezing the passages and the issues to
        // a line each (editor.css gives their least height); an empty spelling list takes no room under its title
        segments.getStyleClass().add("panel-list");
        issues.getStyleClass().add("panel-list");
        spelling.managedProperty().bind(spelling.visibleProperty());
        root.getChildren().addAll(langTitle, bar, segments, issuesTitle, issues, spellingTitle, missingDictionaries, spelling);
        root.setPrefWidth(260);
        issuesTitle.setText(ctx.text("editor.panel.issues", 0));
    }


    Node view() {
        return root;
    }

    TreeView<Entry> segmentTree() {
        return segments;
    }

    ListView<CopyIssue> issueList() {
        return issues;
    }

    TreeView<SpellingEntry> spellingTree() {
        return spelling;
    }

    Label missingDictionaries() {
        return missingDictionaries;
    }

    private String languageName(String tag) {
        LanguageStyle s = LanguageStyle.of(tag);
        return s == LanguageStyle.OTHER ? tag : ctx.text(s.nameKey());
    }

    /**
     * Shows the analysis of {@code text}: the language mix, the copy issues, and the spelling issues grouped by the
     * language they were checked in ({@code languageAt} gives it), with the dictionaries to install for the languages
     * that have none.
     */
    void show(String text, LanguageMix mix, String primary, List<CopyIssue> all, IntFunction<String> languageAt,
              Set<String> withoutDictionary) {
        List<CopyIssue> found = all.stream().filter(i -> i.type() != IssueType.SPELLING).toList();
        Map<String, List<CopyIssue>> byLanguage = new TreeMap<>();
        for (CopyIssue i : all) {
            if (i.type() == IssueType.SPELLING) {
                byLanguage.computeIfAbsent(languageAt.apply(i.start()), k -> new ArrayList<>()).add(i);
            }
        }
        this.text = text;
        bar.getSegments().setAll(mix.shares().stream()
                .map(s -> new LanguageSegmentBar(s.letters(), ctx.text("editor.status.share", s.language(), s.percentText()), s.language()))
                .toList());
        TreeItem<Entry> root = new TreeItem<>();
        for (LanguageMix.Share s : mix.shares()) {
            if (LanguageStyle.sameLanguage(s.language(), primary)) {
                continue;
            }
            TreeItem<Entry> lang = new TreeItem<>(new Entry(s.language(), s.percentText(), s.segments().size(), null, null));
            for (LanguageSegment seg : s.segments()) {
                lang.getChildren().add(new TreeItem<>(new Entry(s.language(), "", 0, seg, snippet(seg.start(), seg.end()))));
            }
            lang.setExpanded(true);
            root.getChildren().add(lang);
        }
        segments.setRoot(root);
        issues.getItems().setAll(found);
        issuesTitle.setText(ctx.text("editor.panel.issues", found.size()));
        TreeItem<SpellingEntry> words = new TreeItem<>();
        int total = 0;
        for (var e : byLanguage.entrySet()) {
            TreeItem<SpellingEntry> lang = new TreeItem<>(new SpellingEntry(e.getKey(), e.getValue().size(), null, null));
            for (CopyIssue i : e.getValue()) {
                lang.getChildren().add(new TreeItem<>(new SpellingEntry(e.getKey(), 0, i, snippet(i.start(), i.end()))));
            }
            lang.setExpanded(true);
            words.getChildren().add(lang);
            total += e.getValue().size();
        }
        spelling.setRoot(words);
        spelling.setVisible(!words.getChildren().isEmpty());
        spellingTitle.setText(ctx.text("editor.panel.spelling", total));
        List<String> missing = withoutDictionary.stream().sorted()
                .map(l -> ctx.text("editor.panel.noDictionary", languageName(l), InstalledDictionaries.debianPackage(l)))
                .toList();
        missingDictionaries.setText(String.join("\n", missing));
        missingDictionaries.setVisible(!missing.isEmpty());
    }

    private String snippet(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        String t = text.substring(s, e).replace('\n', ' ').strip();
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }

    /** A row of a tree grouped by language: coloured by its language (the legend's class), worded by {@code text}. */
    private static final class LanguageCell<T> extends WrappingTreeCell<T> {
        private final Function<T, String> language;
        private final Function<T, String> text;

        LanguageCell(Function<T, String> language, Function<T, String> text) {
            this.language = language;
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("lang-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            getStyleClass().add(LanguageStyle.of(language.apply(item)).styleClass());
            setText(text.apply(item));
        }
    }
}
