package org.copydesk.ui.related;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.editing.LinkEdits;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.search.HeadlineMatch;
import org.copydesk.search.IndexedArticle;
import org.copydesk.search.Suggestion;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.articles.ArticleListView;
import org.copydesk.ui.common.Desk;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.WorkspaceIndex;
import org.copydesk.ui.editor.ArticleEditor;

/**
 * The related-stories sidebar of the open article: its links (relation and note; a click opens the linked article;
 * links to articles that no longer exist are shown as broken, never dropped), the articles linking to it, the most
 * similar articles not yet linked (one click adds one), and "See also …" paragraphs found in the text, turned into
 * links in one step. Links are added by typing a headline (autocompletion over the workspace) or by dropping an
 * article from the list. Every link change is saved with the article through the workspace (unsaved edits in the
 * editor are saved first), the editor then shows the saved article; Ctrl+Z in the sidebar undoes link changes.
 */
public final class RelatedSidebar {
    static final int SUGGESTIONS = 8;

    /** A link as shown: the target's headline, or null when the target no longer exists (or cannot be read). */
    record LinkItem(RelatedLink link, String headline, boolean exists) {
    }

    /** A "See also …" paragraph found by the analyser, with the article its headline matches (if any). */
    record Finding(CopyIssue issue, HeadlineMatch match) {
    }

    /** The links a link change replaced, to put them back (and whether that change also removed text). */
    private record Undo(String articleId, List<RelatedLink> links, boolean bodyChanged) {
    }

    private final UiContext ctx;
    private final WorkspaceIndex index;
    private final ArticleEditor editor;
    private final Consumer<String> openArticle;
    private final VBox root = new VBox(6);
    private final ObservableList<LinkItem> links = FXCollections.observableArrayList();
    private final ObservableList<IndexedArticle> backlinks = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ListView<LinkItem> linkList = new ListView<>(links);
    private final ListView<IndexedArticle> backlinkList = new ListView<>(backlinks);
    private final ListView<Suggestion> suggestionList = new ListView<>(suggestions);
    private final ListView<Finding> findingList = new ListView<>(findings);
    private final TextField addField = new TextField();
    private final ChoiceBox<Relation> newRelation = new ChoiceBox<>(FXCollections.observableArrayList(Relation.values()));
    private final Button undoButton = new Button();
    private final Label message = new Label();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final PauseTransition suggestLater = new PauseTransition(Duration.millis(500));
    private Article current;
    private long generation;

    public RelatedSidebar(UiContext ctx, WorkspaceIndex index, ArticleEditor editor, Consumer<String> openArticle) {
        this.ctx = ctx;
        this.index = index;
        this.editor = editor;
        this.openArticle = openArticle;
        root.getStyleClass().add("related-sidebar");
        root.setId("relatedSidebar");

        linkList.setId("relatedLinks");
        linkList.setPlaceholder(new Label(ctx.text("related.none")));
        linkList.setCellFactory(lv -> new LinkCell());
        backlinkList.setId("backlinks");
        backlinkList.setPlaceholder(new Label(ctx.text("related.backlinks.none")));
        backlinkList.setCellFactory(lv -> new ArticleCell<>(IndexedArticle::id, IndexedArticle::headline, null));
        suggestionList.setId("suggestions");
        suggestionList.setPlaceholder(new Label(ctx.text("related.suggestions.none")));
        suggestionList.setCellFactory(lv -> new ArticleCell<>(Suggestion::id, Suggestion::headline,
                s -> addLink(s.id(), newRelation.getValue())));
        findingList.setId("relatedFindings");
        findingList.setCellFactory(lv -> new FindingCell());
        findingList.setPrefHeight(80);
        findingList.visibleProperty().bind(Bindings.isNotEmpty(findings));
        findingList.managedProperty().bind(findingList.visibleProperty());

        addField.setId("addLinkField");
        addField.setPromptText(ctx.text("related.add.prompt"));
        Look.fitPrompt(addField, addField, 0);
        newRelation.setId("newLinkRelation");
        newRelation.setValue(Relation.SEE_ALSO);
        newRelation.setConverter(relationNames());
        AutoCompletionBinding<IndexedArticle> completion = TextFields.bindAutoCompletion(addField,
                request -> complete(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(IndexedArticle a) {
                        return a == null ? "" : a.headline();
                    }

                    @Override
                    public IndexedArticle fromString(String s) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(8);
        completion.setOnAutoCompleted(e -> {
            addLink(e.getCompletion().id(), newRelation.getValue());
            Platform.runLater(addField::clear);
        });
        HBox.setHgrow(addField, Priority.ALWAYS);
        HBox add = new HBox(4, addField, newRelation);
        add.setAlignment(Pos.CENTER_LEFT);

        undoButton.setId("undoLinkChange");
        undoButton.setText(ctx.text("related.undo"));
        undoButton.setDisable(true);
        undoButton.setOnAction(e -> undoLast());
        message.getStyleClass().add("related-message");
        message.setWrapText(true);
        message.setId("relatedMessage");

        VBox.setVgrow(linkList, Priority.ALWAYS);
        VBox.setVgrow(suggestionList, Priority.SOMETIMES);
        linkList.setPrefHeight(160);
        backlinkList.setPrefHeight(90);
        suggestionList.setPrefHeight(160);
        HBox titleRow = new HBox(6, title("related.title"), spacer(), undoButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(titleRow, linkList, add, findingList, message,
                title("related.backlinks"), backlinkList, title("related.suggestions"), suggestionList);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                undoLast();
                e.consume();
            }
        });
        root.setOnDragOver(e -> {
            Object id = e.getDragboard().getContent(ArticleListView.ARTICLE_ID);
            if (id != null && current != null && !id.equals(current.id())) {
                e.acceptTransferModes(TransferMode.LINK);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(ArticleListView.ARTICLE_ID);
            boolean ok = id instanceof String s && current != null && !s.equals(current.id());
            if (ok) {
                addLink((String) id, newRelation.getValue());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        suggestLater.setOnFinished(e -> refreshSuggestions());
        editor.analysisProperty().addListener((o, a, analysis) -> {
            refreshFindings(analysis);
            suggestLater.playFromStart();
        });
        editor.dirtyProperty().addListener((o, a, b) -> suggestLater.playFromStart());
        editor.articleProperty().addListener((o, a, b) -> show(b));
        index.readyProperty().addListener((o, a, ready) -> {
            if (ready) {
                show(current);
            }
        });
        root.getStylesheets().add(Objects.requireNonNull(RelatedSidebar.class.getResource("related.css")).toExternalForm());
    }

    private Label title(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add("sidebar-title");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private StringConverter<Relation> relationNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Relation r) {
                return r == null ? "" : ctx.text("relation." + r.id());
            }

            @Override
            public Relation fromString(String s) {
                return null;
            }
        };
    }

    public Node view() {
        return root;
    }

    /** Shows the related stories of an article (null: none open). */
    public void show(Article article) {
        boolean other = current == null || article == null || !current.id().equals(article.id());
        current = article;
        long gen = ++generation;
        undoButton.setDisable(article == null || undo.isEmpty() || !undo.peek().articleId().equals(article.id()));
        if (other) {
            message.setText("");
            suggestions.clear();
        }
        if (article == null) {
            links.clear();
            backlinks.clear();
            findings.clear();
            return;
        }
        // at once: the links as they are (with the headlines already known), headlines as soon as the index answers
        List<LinkItem> known = other ? List.of() : List.copyOf(links);
        setIfChanged(links, article.links().stream().map(l -> known.stream()
                .filter(k -> k.link().targetId().equals(l.targetId())).findFirst()
                .map(k -> new LinkItem(l, k.headline(), k.exists())).orElse(new LinkItem(l, null, true))).toList());
        index.query(i -> {
            List<LinkItem> items = new ArrayList<>();
            for (RelatedLink l : article.links()) {
                Optional<IndexedArticle> t = i.find(l.targetId());
                boolean exists = t.isPresent() || ctx.workspace().exists(l.targetId());
                items.add(new LinkItem(l, t.map(IndexedArticle::headline).orElse(exists ? l.targetId() : null), exists));
            }
            return new Object[] {items, i.backlinks(article.id())};
        }, answer -> {
            if (gen == generation) {
                @SuppressWarnings("unchecked")
                List<LinkItem> items = (List<LinkItem>) answer[0];
                @SuppressWarnings("unchecked")
                List<IndexedArticle> from = (List<IndexedArticle>) answer[1];
                setIfChanged(links, items);
                setIfChanged(backlinks, from);
            }
        });
        refreshSuggestions();
        refreshFindings(editor.analysisProperty().get());
    }

    /** Replaces the items of a list only when they differ: the cells a user may be pointing at stay in place. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    /** The most similar articles to the article as it is in the editor now, saved or not. */
    private void refreshSuggestions() {
        suggestLater.stop();
        if (current == null) {
            return;
        }
        Article now = editor.edited().filter(a -> a.id().equals(current.id())).orElse(current);
        long gen = generation;
        index.query(i -> i.suggestions(now, SUGGESTIONS), s -> {
            if (gen == generation) {
                suggestions.setAll(s);
            }
        });
    }

    private void refreshFindings(Analysis analysis) {
        if (current == null || analysis == null) {
            findings.clear();
            return;
        }
        List<CopyIssue> seeAlso = analysis.issues().stream()
                .filter(i -> i.type() == IssueType.RELATED_LINK && i.reference() != null && !i.reference().isBlank()).toList();
        if (seeAlso.isEmpty()) {
            findings.clear();
            return;
        }
        String id = current.id();
        long gen = generation;
        index.query(i -> {
            List<Finding> out = new ArrayList<>();
            for (CopyIssue issue : seeAlso) {
                out.add(new Finding(issue, i.matchHeadline(issue.reference(), id).orElse(null)));
            }
            return out;
        }, found -> {
            if (gen == generation) {
                setIfChanged(findings, found);
            }
        });
    }

    /** Headlines for the autocompletion (called by ControlsFX off the FX thread). */
    private Collection<IndexedArticle> complete(String typed) {
        Article a = current;
        if (typed == null || typed.isBlank() || a == null) {
            return List.of();
        }
        try {
            return index.ask(i -> i.completeHeadline(typed, 12)).stream()
                    .filter(x -> !x.id().equals(a.id()) && a.links().stream().noneMatch(l -> l.targetId().equals(x.id())))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    // ------------------------------------------------------------------------------------------------ changes

    /** Adds a link to {@code targetId} (or changes the relation of the existing one). */
    public void addLink(String targetId, Relation relation) {
        if (current == null || targetId.equals(current.id())) {
            return;
        }
        Relation r = relation == null ? Relation.SEE_ALSO : relation;
        change(a -> {
            String note = a.links().stream().filter(l -> l.targetId().equals(targetId)).map(RelatedLink::note)
                    .findFirst().orElse(null);
            return LinkEdits.withLink(a, new RelatedLink(targetId, r, note));
        }, ctx.text("related.added"));
    }

    public void removeLink(String targetId) {
        change(a -> LinkEdits.withoutLink(a, targetId), ctx.text("related.removed"));
    }

    public void changeRelation(String targetId, Relation relation) {
        change(a -> LinkEdits.withRelation(a, targetId, relation), null);
    }

    /** Turns a "See also" paragraph into a link: the paragraph leaves the body, the link joins the list. */
    void convert(Finding f) {
        if (f.match() == null || current == null) {
            return;
        }
        String reference = f.issue().reference();
        change(saved -> {
            // find the paragraph again in the article as saved (the analysis may be of an older text)
            CopyIssue issue = ctx.analyzer().analyze(saved).issues().stream()
                    .filter(i -> i.type() == IssueType.RELATED_LINK && reference.equals(i.reference()))
                    .findFirst().orElse(f.issue());
            if (issue.end() > saved.bodyText().length()) {
                return saved;
            }
            return LinkEdits.paragraphToLink(saved, issue.start(), issue.end(), f.match().id());
        }, ctx.text("related.converted", f.match().headline()));
    }

    /**
     * Applies a change to the open article through the editor, which saves it (with any pending edits) and keeps its
     * undo history. The undo entry remembers only the links: undoing a link change never touches the text.
     */
    private void change(UnaryOperator<Article> edit, String done) {
        Article open = current;
        if (open == null) {
            return;
        }
        try {
            Article before = editor.edited().orElse(open);
            var saving = editor.changeLinks(edit);
            Article after = editor.edited().orElse(before);
            if (!after.links().equals(before.links()) || !after.body().equals(before.body())) {
                undo.push(new Undo(open.id(), before.links(), !after.body().equals(before.body())));
                undoButton.setDisable(false);
            }
            saving.whenComplete((saved, failure) -> message.setText(failure != null
                    ? ctx.text("related.saveFailed", Desk.message(failure))
                    : !saved ? ctx.text("related.notSaved") : done == null ? "" : done));
        } catch (RuntimeException e) {
            message.setText(ctx.text("related.saveFailed", e.getMessage()));
        }
    }

    /**
     * Undoes the last link change of the open article: its links go back to what they were; the text, and anything
     * typed since, is left as it is (a paragraph turned into a link comes back with Undo in the text, like any edit).
     */
    public void undoLast() {
        Undo u = undo.peek();
        if (u == null || current == null || !u.articleId().equals(current.id())) {
            return;
        }
        var saving = editor.changeLinks(a -> a.withLinks(u.links()));
        if (!editor.edited().map(a -> a.links().equals(u.links())).orElse(false)) {
            message.setText(ctx.text("related.notSaved"));
            return;
        }
        undo.pop();
        undoButton.setDisable(undo.isEmpty() || !undo.peek().articleId().equals(current.id()));
        saving.whenComplete((saved, failure) -> message.setText(failure == null && saved
                ? ctx.text(u.bodyChanged() ? "related.undoneLinksOnly" : "related.undone") : ctx.text("related.notSaved")));
    }

    // ------------------------------------------------------------------------------------------------- cells

    private final class LinkCell extends ListCell<LinkItem> {
        private final Hyperlink headline = new Hyperlink();
        private final Label broken = new Label();
        private final Label note = new Label();
        private final ChoiceBox<Relation> relation = new ChoiceBox<>(FXCollections.observableArrayList(Relation.values()));
        private final Button remove = new Button("✕");
        private final VBox text = new VBox(1);
        private final HBox box = new HBox(4, text, spacer(), relation, remove);
        private boolean updating;

        LinkCell() {
            setPrefWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            headline.setWrapText(true);
            headline.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut to "Rail freight operators plan…"
            broken.setMinHeight(Region.USE_PREF_SIZE);
            note.setMinHeight(Region.USE_PREF_SIZE);
            headline.getStyleClass().add("link-headline");
            broken.setWrapText(true);
            broken.getStyleClass().add("broken-link");
            note.getStyleClass().add("link-note");
            note.setWrapText(true);
            relation.setConverter(relationNames());
            relation.getStyleClass().add("link-relation");
            relation.setMinWidth(Region.USE_PREF_SIZE); // never "B…" for "Background"
            remove.getStyleClass().add("link-remove");
            remove.setTooltip(new Tooltip(ctx.text("related.remove")));
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            headline.setOnAction(e -> {
                if (getItem() != null) {
                    openArticle.accept(getItem().link().targetId());
                }
            });
            relation.valueProperty().addListener((o, a, r) -> {
                if (!updating && getItem() != null && r != null && r != getItem().link().relation()) {
                    changeRelation(getItem().link().targetId(), r);
                }
            });
            remove.setOnAction(e -> {
                if (getItem() != null) {
                    removeLink(getItem().link().targetId());
                }
            });
        }

        @Override
        protected void updateItem(LinkItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            try {
                relation.setValue(item.link().relation());
            } finally {
                updating = false;
            }
            text.getChildren().clear();
            if (!item.exists()) {
                broken.setText(ctx.text("related.broken.short", item.link().targetId()));
                text.getChildren().add(broken);
            } else {
                headline.setText(item.headline() == null ? item.link().targetId() : item.headline());
                text.getChildren().add(headline);
            }
            if (item.link().note() != null && !item.link().note().isBlank()) {
                note.setText(item.link().note());
                text.getChildren().add(note);
            }
            setGraphic(box);
        }
    }

    private final class ArticleCell<T> extends ListCell<T> {
        private final Function<T, String> id;
        private final Function<T, String> headline;
        private final Consumer<T> add;
        private final Hyperlink link = new Hyperlink();
        private final Button addButton = new Button("+");
        private final HBox box;

        ArticleCell(Function<T, String> id, Function<T, String> headline, Consumer<T> add) {
            this.id = id;
            this.headline = headline;
            this.add = add;
            setPrefWidth(0);
            link.setWrapText(true);
            link.setOnAction(e -> {
                if (getItem() != null) {
                    openArticle.accept(this.id.apply(getItem()));
                }
            });
            addButton.getStyleClass().add("suggestion-add");
            addButton.setTooltip(new Tooltip(ctx.text("related.suggestions.add")));
            addButton.setOnAction(e -> {
                if (getItem() != null) {
                    this.add.accept(getItem());
                }
            });
            HBox.setHgrow(link, Priority.ALWAYS);
            link.setMaxWidth(Double.MAX_VALUE);
            box = add == null ? new HBox(link) : new HBox(4, link, addButton);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            link.setText(headline.apply(item));
            setGraphic(box);
        }
    }

    private final class FindingCell extends ListCell<Finding> {
        private final Label what = new Label();
        private final Button make = new Button();
        private final HBox box = new HBox(4, what, spacer(), make);

        FindingCell() {
            setPrefWidth(0);
            what.setWrapText(true);
            what.setMinWidth(0);
            what.setMinHeight(Region.USE_PREF_SIZE);
            make.setMinWidth(Region.USE_PREF_SIZE); // never "…" for "Make link"
            HBox.setHgrow(what, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            make.getStyleClass().add("finding-convert");
            make.setText(ctx.text("related.finding.convert"));
            make.setOnAction(e -> {
                if (getItem() != null) {
                    convert(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            what.setText(f.match() == null ? ctx.text("related.finding.noMatch", f.issue().reference())
                    : ctx.text("related.finding", f.issue().reference(), f.match().headline()));
            make.setDisable(f.match() == null);
            setGraphic(box);
        }
    }
}
