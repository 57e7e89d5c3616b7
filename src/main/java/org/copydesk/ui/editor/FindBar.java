package org.copydesk.ui.editor;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.copydesk.editing.TextSearch;
import org.copydesk.ui.common.UiContext;

/** Find (Ctrl+F) and replace (Ctrl+H) over the body, with match case and whole word. */
final class FindBar {
    private final UiContext ctx;
    private final BodyEditor body;
    private final VBox root = new VBox(4);
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase;
    private final CheckBox wholeWord;
    private final Label count = new Label();
    private final HBox replaceRow;
    private boolean editable = true;

    FindBar(UiContext ctx, BodyEditor body) {
        this.ctx = ctx;
        this.body = body;
        root.getStyleClass().add("find-bar");
        root.setId("findBar");
        find.setId("findField");
        find.setPromptText(ctx.text("editor.find.prompt"));
        replace.setId("replaceField");
        replace.setPromptText(ctx.text("editor.replace.prompt"));
        matchCase = new CheckBox(ctx.text("editor.find.matchCase"));
        matchCase.setId("matchCase");
        wholeWord = new CheckBox(ctx.text("editor.find.wholeWord"));
        wholeWord.setId("wholeWord");
        count.setId("findCount");
        count.getStyleClass().add("find-count");
        Button next = button("editor.find.next", "findNext", () -> find(true));
        Button prev = button("editor.find.previous", "findPrevious", () -> find(false));
        Button close = button("editor.find.close", "findClose", this::hide);
        Button one = button("editor.replace.one", "replaceOne", this::replaceOne);
        Button all = button("editor.replace.all", "replaceAll", this::replaceAll);
        // wraps onto a second line when the editor column is narrow, instead of truncating the buttons to "…"
        FlowPane findRow = new FlowPane(6, 4, find, prev, next, matchCase, wholeWord, count, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        for (Node n : findRow.getChildren()) {
            if (n instanceof Region r && n != find) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        find.setPrefColumnCount(14);
        replaceRow = new HBox(6, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(findRow, replaceRow);
        find.setOnAction(e -> find(true));
        replace.setOnAction(e -> replaceOne());
        find.textProperty().addListener((o, a, b) -> updateCount());
        matchCase.selectedProperty().addListener((o, a, b) -> updateCount());
        wholeWord.selectedProperty().addListener((o, a, b) -> updateCount());
        for (Node n : List.of(find, replace)) {
            n.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    hide();
                    e.consume();
                }
            });
        }
        show(false, false);
        root.setVisible(false);
        root.setManaged(false);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    Node view() {
        return root;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        replaceRow.setDisable(!editable);
    }

    /** Opens the bar (with the replace row when {@code withReplace}), the selection as the query. */
    void show(boolean withReplace, boolean focus) {
        root.setVisible(true);
        root.setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String sel = body.area().getSelectedText();
        if (!sel.isEmpty() && sel.indexOf('\n') < 0) {
            find.setText(sel);
        }
        if (focus) {
            find.requestFocus();
            find.selectAll();
        }
        updateCount();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
        body.area().requestFocus();
    }

    private TextSearch search() {
        return new TextSearch(find.getText(), matchCase.isSelected(), wholeWord.isSelected());
    }

    private void updateCount() {
        if (find.getText().isEmpty()) {
            count.setText("");
            return;
        }
        count.setText(ctx.text("editor.find.count", search().all(body.area().getText()).size()));
    }

    boolean find(boolean forward) {
        var area = body.area();
        int from = forward ? area.getSelection().getEnd() : area.getSelection().getStart();
        int[] r = search().next(area.getText(), from, forward);
        updateCount();
        if (r == null) {
            count.setText(ctx.text("editor.find.none"));
            return false;
        }
        body.select(r[0], r[1]);
        return true;
    }

    private void replaceOne() {
        if (!editable || find.getText().isEmpty()) {
            return;
        }
        var area = body.area();
        var sel = area.getSelection();
        if (sel.getLength() > 0 && search().matchesAt(area.getText(), sel.getStart(), sel.getEnd())) {
            area.replaceSelection(replace.getText());
        }
        find(true);
    }

    private void replaceAll() {
        if (!editable || find.getText().isEmpty()) {
            return;
        }
        var area = body.area();
        int n = body.applyReplacements(search().replaceAll(area.getText(), replace.getText()));
        updateCount();
        count.setText(ctx.text("editor.replace.done", n));
    }
}
