package org.copydesk.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.common.UiContext;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** The article editor: headline, standfirst, byline and dateline fields above the body. */
public final class ArticleEditor {
    private final UiContext ctx;
    private final BorderPane root = new BorderPane();
    private final TextField headline = new TextField();
    private final TextField standfirst = new TextField();
    private final TextField byline = new TextField();
    private final TextField dateline = new TextField();
    private final StyleClassedTextArea body = new StyleClassedTextArea();
    private final Label banner = new Label();
    private final Label status = new Label();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private boolean readOnly;
    private boolean loading;

    public ArticleEditor(UiContext ctx) {
        this.ctx = ctx;
        root.getStyleClass().add("article-editor");
        headline.setId("headlineField");
        headline.getStyleClass().add("headline-field");
        body.setId("bodyArea");
        body.setWrapText(true);
        body.getStyleClass().add("body-area");
        headline.setPromptText(ctx.text("editor.headline"));
        standfirst.setPromptText(ctx.text("editor.standfirst"));
        byline.setPromptText(ctx.text("editor.byline"));
        dateline.setPromptText(ctx.text("editor.dateline"));
        GridPane fields = new GridPane();
        fields.getStyleClass().add("article-fields");
        fields.setHgap(6);
        fields.setVgap(4);
        fields.add(headline, 0, 0, 2, 1);
        fields.add(standfirst, 0, 1, 2, 1);
        fields.add(byline, 0, 2);
        fields.add(dateline, 1, 2);
        GridPane.setHgrow(headline, Priority.ALWAYS);
        GridPane.setHgrow(standfirst, Priority.ALWAYS);
        GridPane.setHgrow(byline, Priority.ALWAYS);
        GridPane.setHgrow(dateline, Priority.ALWAYS);
        banner.getStyleClass().add("read-only-banner");
        banner.setManaged(false);
        banner.setVisible(false);
        banner.setMaxWidth(Double.MAX_VALUE);
        BorderPane top = new BorderPane(fields);
        top.setTop(banner);
        BorderPane.setMargin(fields, new Insets(6));
        root.setTop(top);
        root.setCenter(new VirtualizedScrollPane<>(body));
        for (TextField f : List.of(headline, standfirst, byline, dateline)) {
            f.textProperty().addListener((o, a, b) -> changed());
        }
        body.plainTextChanges().subscribe(c -> changed());
        root.setDisable(true);
        root.getStylesheets().add(Objects.requireNonNull(ArticleEditor.class.getResource("editor.css")).toExternalForm());
    }

    private void changed() {
        if (!loading && article.get() != null) {
            dirty.set(edited().map(e -> !e.sameContentAs(article.get())).orElse(false));
            updateStatus();
        }
    }

    public Node view() {
        return root;
    }

    public Node statusView() {
        HBox box = new HBox(status);
        box.getStyleClass().add("editor-status");
        return box;
    }

    public List<Menu> menus() {
        Menu edit = new Menu(ctx.text("menu.edit"));
        MenuItem undo = new MenuItem(ctx.text("menu.edit.undo"));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> body.undo());
        undo.disableProperty().bind(body.undoAvailableProperty().map(b -> !b));
        MenuItem redo = new MenuItem(ctx.text("menu.edit.redo"));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.setOnAction(e -> body.redo());
        redo.disableProperty().bind(body.redoAvailableProperty().map(b -> !b));
        edit.getItems().addAll(undo, redo);
        return new ArrayList<>(List.of(edit));
    }

    public void open(ArticleEntry entry) {
        loading = true;
        try {
            Article a = entry.article();
            readOnly = entry.readOnly();
            article.set(a);
            headline.setText(a == null ? "" : a.headline());
            standfirst.setText(a == null ? "" : a.standfirst());
            byline.setText(a == null ? "" : a.byline());
            dateline.setText(a == null ? "" : a.dateline());
            body.replaceText(a == null ? "" : a.bodyText());
            body.getUndoManager().forgetHistory();
            body.moveTo(0);
            boolean editable = a != null && !readOnly;
            for (TextField f : List.of(headline, standfirst, byline, dateline)) {
                f.setEditable(editable);
            }
            body.setEditable(editable);
            banner.setText(entry.error() == null ? "" : ctx.text("editor.readOnly", entry.error()));
            banner.setVisible(entry.error() != null);
            banner.setManaged(entry.error() != null);
            root.setDisable(false);
            dirty.set(false);
            analysis.set(a == null ? null : ctx.analyzer().analyze(a));
        } finally {
            loading = false;
        }
        updateStatus();
    }

    public Optional<Article> edited() {
        Article a = article.get();
        if (a == null) {
            return Optional.empty();
        }
        List<Paragraph> old = a.body();
        String[] lines = body.getText().split("\n", -1);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean same = i < old.size() && old.get(i).text().equals(lines[i]);
            paragraphs.add(same ? old.get(i) : i < old.size() ? old.get(i).withText(lines[i]) : Paragraph.of(lines[i]));
        }
        if (old.isEmpty() && lines.length == 1 && lines[0].isEmpty()) {
            paragraphs = List.of();
        }
        boolean sameBody = body.getText().equals(a.bodyText());
        return Optional.of(a.withHeadline(headline.getText()).withStandfirst(standfirst.getText())
                .withByline(byline.getText()).withDateline(dateline.getText())
                .withBody(paragraphs)
                .withLanguageMarks(sameBody ? a.languageMarks() : List.of())
                .withQuoteMarks(sameBody ? a.quoteMarks() : List.of()));
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public boolean save() {
        if (!dirty.get() || readOnly || article.get() == null) {
            return true;
        }
        try {
            Article saved = ctx.workspace().save(edited().orElseThrow());
            article.set(saved);
            dirty.set(false);
            updateStatus();
            return true;
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, ctx.text("editor.saveFailed", e.getMessage()));
            alert.setHeaderText(ctx.text("editor.saveFailed.header"));
            alert.showAndWait();
            return false;
        }
    }

    public void close() {
        // nothing runs in the background in this editor
    }

    private void updateStatus() {
        Article a = article.get();
        if (a == null) {
            status.setText("");
            return;
        }
        int words = org.copydesk.model.Words.count(body.getText());
        status.setText(ctx.text("editor.status", words, body.getLength(),
                dirty.get() ? ctx.text("editor.unsaved") : readOnly ? ctx.text("editor.readOnlyShort") : ctx.text("editor.saved")));
    }
}
