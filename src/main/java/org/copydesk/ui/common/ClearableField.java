package org.copydesk.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A text field with a button that clears it, shown while it holds text; Escape clears it too. The theme's own text
 * field with a drawn cross over its right end: ControlsFX's clearable field (a control of its own, with a skin and a
 * stylesheet parsed from text at its first use) cost the window's first picture its classes and that parse.
 */
public final class ClearableField {
    private final TextField field = new TextField();
    private final StackPane clear = new StackPane();
    private final StackPane view;

    /** @param clearName what the clear button is called, for screen readers ("Clear the search") */
    public ClearableField(String clearName) {
        field.getStyleClass().add("clearable-field");
        Region cross = new Region();
        cross.getStyleClass().add("clear-cross");
        clear.getChildren().add(cross);
        clear.getStyleClass().add("clear-button");
        clear.setCursor(Cursor.DEFAULT);
        clear.setAccessibleText(clearName);
        clear.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        clear.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && clear.isHover()) {
                field.clear();
                field.requestFocus();
            }
            e.consume();
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        StackPane.setAlignment(clear, Pos.CENTER_RIGHT);
        StackPane.setMargin(clear, new Insets(0, 4, 0, 0));
        view = new StackPane(field, clear);
        view.getStyleClass().add("clearable-field-box");
        view.setMinWidth(0);
    }

    public TextField field() {
        return field;
    }

    /** The field with its button, to put in a layout. */
    public Node view() {
        return view;
    }
}
