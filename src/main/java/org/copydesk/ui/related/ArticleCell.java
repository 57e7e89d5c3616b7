package org.copydesk.ui.related;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;

/** An article of a list (a backlink, a suggestion): its headline opens it; with {@code add}, a "+" links to it. */
final class ArticleCell<T> extends ListCell<T> {
    private final Function<T, String> headline;
    private final Hyperlink link = new Hyperlink();
    private final HBox box;

    /**
     * @param id       the article id of an item
     * @param headline the headline of an item
     * @param open     opens an article by id
     * @param add      links the open article to the item; null: no "+" button
     */
    ArticleCell(UiContext ctx, Function<T, String> id, Function<T, String> headline, Consumer<String> open, Consumer<T> add) {
        this.headline = headline;
        setPrefWidth(0);
        link.setWrapText(true);
        link.setOnAction(e -> {
            if (getItem() != null) {
                open.accept(id.apply(getItem()));
            }
        });
        HBox.setHgrow(link, Priority.ALWAYS);
        link.setMaxWidth(Double.MAX_VALUE);
        if (add == null) {
            box = new HBox(link);
        } else {
            Button addButton = new Button("+");
            addButton.getStyleClass().add("suggestion-add");
            Tips.set(addButton, ctx.text("related.suggestions.add"));
            addButton.setOnAction(e -> {
                if (getItem() != null) {
                    add.accept(getItem());
                }
            });
            box = new HBox(4, link, addButton);
        }
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
