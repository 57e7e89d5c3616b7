package org.copydesk.ui.related;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.copydesk.ui.common.CompletionList;
import org.controlsfx.control.textfield.TextFields;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.editing.LinkEditing;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.search.IndexedArticle;
import org.copydesk.search.Suggestion;
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
 * article from the list.
 *
 * <p>A view: the link changes, and their undo and redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y in the sidebar), are
 * {@link LinkEditing}'s, applied to the article in the editor, which saves it through the desk (unsaved edits in the
 * editor with it). Nothing here runs on the FX thread but the view: the index is asked on its own thread, whether a
 * target still exists on the desk, and the analysis that finds a "See also" paragraph again on the background
 * executor.
 */
public final class RelatedSidebar {
    /** How many times "Make link" looks for its paragraph again when the text changed while it looked. */
    static final int CONVERT_TRIES = 3;

    private final UiContext ctx;
    private final WorkspaceIndex index;
    private final ArticleEditor editor;
    private final Consumer<String> openArticle;
    private final EditorArticle open = new EditorArticle();
    private final LinkEditing linkEditing;
    private final VBox root = new VBox(6);
    private final RelatedLists lists;
    private final ListView<LinkItem> linkList;
    private final ListView<IndexedArticle> backlinkList;
    private final ListView<Suggestion> suggestionList;
    private final RowsTallList<Finding> findingList;
    private final TextField addField = new TextField();
    private final ChoiceBox<Relation> newRelation = new ChoiceBox<>(FXCollections.observableArrayList(Relation.values()));
    private final Button undoButton = new Button();
    private final Button redoButton = new Button();
    private final Label message = new Label();
    private final ProgressIndicator working = new ProgressIndicator();
    private final ReadOnlyBooleanWrapper converting = new ReadOnlyBooleanWrapper(false);
    /** The save the last link change started (the editor saves what {@link LinkEditing} gives it). */
    private CompletableFuture<Boolean> lastSave = CompletableFuture.completedFuture(true);

    public RelatedSidebar(UiContext ctx, WorkspaceIndex index, ArticleEditor editor, Consumer<String> openArticle) {
        this.ctx = ctx;
        this.index = index;
        this.editor = editor;
        this.openArticle = openArticle;
        this.linkEditing = new LinkEditing(open);
        this.lists = new RelatedLists(ctx, index, editor);
        linkList = new ListView<>(lists.links());
        backlinkList = new ListView<>(lists.backlinks());
        suggestionList = new ListView<>(lists.suggestions());
        findingList = new RowsTallList<>(lists.findings(), 3);
        root.getStyleClass().add("related-sidebar");
        root.setId("relatedSidebar");

        linkList.setId("relatedLinks");
        linkList.setPlaceholder(new Label(ctx.text("related.none")));
        linkList.setCellFactory(lv -> new LinkCell(ctx, openArticle, this::changeRelation, this::removeLink));
        backlinkList.setId("backlinks");
        backlinkList.setPlaceholder(new Label(ctx.text("related.backlinks.none")));
        backlinkList.setCellFactory(lv -> new ArticleCell<>(ctx, IndexedArticle::id, IndexedArticle::headline, openArticle, null));
        suggestionList.setId("suggestions");
        suggestionList.setPlaceholder(new Label(ctx.text("related.suggestions.none")));
        suggestionList.setCellFactory(lv -> new ArticleCell<>(ctx, Suggestion::id, Suggestion::headline, openArticle,
                s -> addLink(s.id(), newRelation.getValue())));
        findingList.setId("relatedFindings");
        findingList.setCellFactory(lv -> new FindingCell(ctx, this::convert, converting.getReadOnlyProperty()));
        findingList.visibleProperty().bind(Bindings.isNotEmpty(lists.findings()));
        findingList.managedProperty().bind(findingList.visibleProperty());

        addField.setId("addLinkField");
        addField.setPromptText(ctx.text("related.add.prompt"));
        Look.fitPrompt(addField, addField, 0);
        newRelation.setId("newLinkRelation");
        newRelation.setValue(Relation.SEE_ALSO);
        newRelation.setConverter(SidebarParts.relationNames(ctx));
        // the popup is as wide as its longest headline (up to 600 px), not the field's width with the rest scrolled out
        DoubleProperty completionWidth = new SimpleDoubleProperty(-1);
        AutoCompletionBinding<IndexedArticle> completion = TextFields.bindAutoCompletion(addField, request -> {
            java.util.Collection<IndexedArticle> found = lists.complete(request.getUserText());
            List<String> headlines = found.stream().map(IndexedArticle::headline).toList();
            Platform.runLater(() -> completionWidth.set(Math.min(600, Math.max(addField.getWidth(), headlines.stream()
                    .mapToDouble(h -> Look.textWidth(h, addField.getFont())).max().orElse(0) + 40))));
            return found;
        }, new StringConverter<>() {
                    @Override
                    public String toString(IndexedArticle a) {
                        return a == null ? "" : a.headline();
                    }

                    @Override
                    public IndexedArticle fromString(String s) {
                        return null;
                    }
                });
        CompletionList.on(completion);
        completion.setVisibleRowCount(8);
        completion.prefWidthProperty().bind(completionWidth);
        completion.setOnAutoCompleted(e -> {
            addLink(e.getCompletion().id(), newRelation.getValue());
            Platform.runLater(addField::clear);
        });
        HBox.setHgrow(addField, Priority.ALWAYS);
        HBox add = new HBox(4, addField, newRelation);
        add.setAlignment(Pos.CENTER_LEFT);

        undoButton.setId("undoLinkChange");
        undoButton.setText(ctx.text("related.undo"));
        undoButton.setOnAction(e -> undoLast());
        redoButton.setId("redoLinkChange");
        redoButton.setText(ctx.text("related.redo"));
        redoButton.setOnAction(e -> redoLast());
        updateButtons();
        message.getStyleClass().add("related-message");
        message.setWrapText(true);
        message.setId("relatedMessage");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        working.setId("relatedWorking");
        working.setPrefSize(16, 16);
        working.setMinSize(16, 16);
        working.visibleProperty().bind(converting.getReadOnlyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox messageRow = new HBox(6, working, message);
        messageRow.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(linkList, Priority.ALWAYS);
        VBox.setVgrow(suggestionList, Priority.SOMETIMES);
        linkList.setPrefHeight(160);
        backlinkList.setPrefHeight(90);
        suggestionList.setPrefHeight(160);
        HBox titleRow = new HBox(6, title("related.title"), SidebarParts.spacer(), undoButton, redoButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(titleRow, linkList, add, findingList, messageRow,
                title("related.backlinks"), backlinkList, title("related.suggestions"), suggestionList);

        KeyCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        KeyCombination redoKey2 = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e)) {
                undoLast();
                e.consume();
            } else if (redoKey.match(e) || redoKey2.match(e)) {
                redoLast();
                e.consume();
            }
        });
        root.setOnDragOver(e -> {
            Object id = e.getDragboard().getContent(ArticleListView.ARTICLE_ID);
            Article current = lists.current();
            if (id != null && current != null && !id.equals(current.id())) {
                e.acceptTransferModes(TransferMode.LINK);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(ArticleListView.ARTICLE_ID);
            Article current = lists.current();
            boolean ok = id instanceof String s && current != null && !s.equals(current.id());
            if (ok) {
                addLink((String) id, newRelation.getValue());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        lists.setOnShow((article, other) -> {
            updateButtons();
            if (other) {
                message.setText("");
            }
        });
        editor.editableProperty().addListener((o, a, b) -> updateButtons());
        root.getStylesheets().add(Objects.requireNonNull(RelatedSidebar.class.getResource("related.css")).toExternalForm());
    }

    private Label title(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add("sidebar-title");
        return l;
    }

    /** The link history of the open articles (a conflict's "keep theirs" on a link is a step of it too). */
    public LinkEditing linkEditing() {
        return linkEditing;
    }

    public Node view() {
        return root;
    }

    /** True while "Make link" looks for its paragraph (off the FX thread); the buttons are disabled meanwhile. */
    public ReadOnlyBooleanProperty convertingProperty() {
        return converting.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------------------------------------ changes

    /** Adds a link to {@code targetId} (or changes the relation of the existing one). */
    public void addLink(String targetId, Relation relation) {
        report(linkEditing.add(targetId, relation), r -> ctx.text("related.added"));
    }

    public void removeLink(String targetId) {
        report(linkEditing.remove(targetId), r -> ctx.text("related.removed"));
    }

    public void changeRelation(String targetId, Relation relation) {
        report(linkEditing.changeRelation(targetId, relation), r -> "");
    }

    /** Undoes the last link change of the open article (its link only: the text, and anything typed since, stay). */
    public void undoLast() {
        report(linkEditing.undo(), r -> ctx.text(r.step().removedText() ? "related.undoneLinksOnly" : "related.undone"));
    }

    /** Does the last undone link change of the open article again (its link only). */
    public void redoLast() {
        report(linkEditing.redo(), r -> ctx.text("related.redone"));
    }

    /**
     * Turns a "See also" paragraph into a link: the paragraph leaves the body, the link joins the list. The paragraph is
     * found again by an analysis of the text as it is now, on the background executor (the one the editor's analyses
     * use), while the sidebar shows that it is working; the change is made on the FX thread only if the text did not
     * change meanwhile, else the paragraph is looked for again.
     */
    void convert(Finding f) {
        if (f.match() == null || lists.current() == null || converting.get()) {
            return;
        }
        converting.set(true);
        message.setText(ctx.text("related.converting"));
        lookFor(f, 1);
    }

    private void lookFor(Finding f, int attempt) {
        Article looked = open.now();
        if (looked == null) {
            converting.set(false);
            message.setText("");
            return;
        }
        String reference = f.issue().reference();
        CompletableFuture<Optional<CopyIssue>> found;
        try {
            found = CompletableFuture.supplyAsync(() -> RelatedLists.seeAlso(ctx.analyzer().analyze(looked))
                    .filter(i -> reference.equals(i.reference())).findFirst(), ctx.background());
        } catch (RuntimeException e) { // the executor is shut down: the window is closing
            converting.set(false);
            message.setText(ctx.text("related.convertFailed", Desk.message(e)));
            return;
        }
        found.whenComplete((issue, failure) -> Platform.runLater(() -> {
            Article current = lists.current();
            if (current == null || !current.id().equals(looked.id())) {
                converting.set(false); // another article is open: nothing to do here any more
                message.setText("");
                return;
            }
            if (failure != null || issue.isEmpty()) {
                converting.set(false);
                message.setText(failure != null ? ctx.text("related.convertFailed", Desk.message(failure))
                        : ctx.text("related.finding.gone", reference));
                return;
            }
            LinkEditing.Result r = linkEditing.convert(looked, issue.get().start(), issue.get().end(), f.match().id());
            if (r.kind() == LinkEditing.Result.Kind.TEXT_CHANGED && attempt < CONVERT_TRIES) {
                lookFor(f, attempt + 1);
                return;
            }
            converting.set(false);
            report(r, x -> ctx.text("related.converted", f.match().headline()));
        }));
    }

    /** Says what a link action did, once its save has answered; updates the undo and redo buttons. */
    private void report(LinkEditing.Result r, Function<LinkEditing.Result, String> done) {
        updateButtons();
        switch (r.kind()) {
            case NOTHING -> { }
            case DONE -> {
                String text = done.apply(r);
                lastSave.whenComplete((saved, failure) -> message.setText(failure != null
                        ? ctx.text("related.saveFailed", Desk.message(ctx, failure))
                        : !saved ? ctx.text("related.notSaved") : text));
            }
            case REFUSED -> message.setText(ctx.text(editor.editableProperty().get() ? "related.refused" : "related.readOnly"));
            case CONFLICT -> message.setText(ctx.text("related.conflict", lists.headlineOf(r.step().targetId()), describe(r.found())));
            case TEXT_CHANGED -> message.setText(ctx.text("related.textChanged"));
        }
    }

    /** A link as it is now, in words: its relation and note, or that there is none. */
    private String describe(RelatedLink link) {
        if (link == null) {
            return ctx.text("related.conflict.none");
        }
        String relation = ctx.text("relation." + link.relation().id());
        return link.note() == null || link.note().isBlank() ? ctx.text("related.conflict.now", relation)
                : ctx.text("related.conflict.noted", relation, link.note());
    }

    private void updateButtons() {
        boolean editable = editor.editableProperty().get();
        undoButton.setDisable(!editable || !linkEditing.canUndo());
        redoButton.setDisable(!editable || !linkEditing.canRedo());
    }

    /** The open article as the editor has it; a change is taken by the editor, which saves it through the desk. */
    private final class EditorArticle implements LinkEditing.Open {
        @Override
        public Article now() {
            Article shown = lists.current();
            return shown == null ? null : editor.edited().filter(a -> a.id().equals(shown.id())).orElse(null);
        }

        @Override
        public boolean take(Article changed) {
            Article before = now();
            if (before == null) {
                return false;
            }
            lastSave = editor.changeLinks(a -> changed);
            Article after = editor.edited().orElse(before);
            boolean textAsAsked = changed.body().equals(before.body()) || !after.body().equals(before.body());
            return after.links().equals(changed.links()) && textAsAsked;
        }
    }
}
