package org.copydesk.ui.related;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.copydesk.ui.common.UiContext;

/**
 * A "See also …" paragraph found in the text, with the article its headline names and a button that makes it a link
 * (disabled while a conversion is being worked out, and when no article has that headline).
 */
final class FindingCell extends ListCell<Finding> {
    private final UiContext ctx;
    private final Label what = new Label();
    private final Button make = new Button();
    private final HBox box = new HBox(4, what, SidebarParts.spacer(), make);

    /**
     * @param convert makes a link of a finding
     * @param busy    true while a conversion is under way
     */
    FindingCell(UiContext ctx, Consumer<Finding> convert, ObservableBooleanValue busy) {
        this.ctx = ctx;
        setPrefWidth(0);
        what.setWrapText(true);
        what.setMinWidth(0);
        what.setMinHeight(Region.USE_PREF_SIZE);
        make.setMinWidth(Region.USE_PREF_SIZE); // never "…" for "Make link"
        HBox.setHgrow(what, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        make.getStyleClass().add("finding-convert");
        make.setText(ctx.text("related.finding.convert"));
        make.disableProperty().bind(Bindings.createBooleanBinding(
                () -> getItem() == null || getItem().match() == null || busy.get(), itemProperty(), busy));
        make.setOnAction(e -> {
            if (getItem() != null) {
                convert.accept(getItem());
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
        setGraphic(box);
    }
}
