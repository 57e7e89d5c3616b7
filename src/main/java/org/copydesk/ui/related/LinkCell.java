package org.copydesk.ui.related;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.copydesk.model.Relation;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;

/** One link of the open article: its headline (a click opens it) or a broken-link warning, its note, relation, remove. */
final class LinkCell extends ListCell<LinkItem> {
    private final UiContext ctx;
    private final Hyperlink headline = new Hyperlink();
    private final Label broken = new Label();
    private final Label note = new Label();
    private final ChoiceBox<Relation> relation = new ChoiceBox<>(FXCollections.observableArrayList(Relation.values()));
    private final Button remove = new Button("✕");
    private final VBox text = new VBox(1);
    private final HBox box = new HBox(4, text, SidebarParts.spacer(), relation, remove);
    private boolean updating;

    /**
     * @param open           opens the article of a target id
     * @param changeRelation sets the relation of the link to a target id
     * @param removeLink     removes the link to a target id
     */
    LinkCell(UiContext ctx, Consumer<String> open, BiConsumer<String, Relation> changeRelation, Consumer<String> removeLink) {
        this.ctx = ctx;
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
        relation.setConverter(SidebarParts.relationNames(ctx));
        relation.getStyleClass().add("link-relation");
        relation.setMinWidth(Region.USE_PREF_SIZE); // never "B…" for "Background"
        remove.getStyleClass().add("link-remove");
        Tips.set(remove, ctx.text("related.remove"));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        headline.setOnAction(e -> {
            if (getItem() != null) {
                open.accept(getItem().link().targetId());
            }
        });
        relation.valueProperty().addListener((o, a, r) -> {
            if (!updating && getItem() != null && r != null && r != getItem().link().relation()) {
                changeRelation.accept(getItem().link().targetId(), r);
            }
        });
        remove.setOnAction(e -> {
            if (getItem() != null) {
                removeLink.accept(getItem().link().targetId());
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
            headline.setText(item.shown());
            text.getChildren().add(headline);
        }
        if (item.link().note() != null && !item.link().note().isBlank()) {
            note.setText(item.link().note());
            text.getChildren().add(note);
        }
        setGraphic(box);
    }
}
