package org.copydesk.ui.common;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import impl.org.controlsfx.skin.AutoCompletePopup;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * The list of a completion popup (a tag, a section, a headline to link to), in place of ControlsFX's own skin: as tall
 * as the rows it shows, whatever the theme makes a row's height, again each time the suggestions change (ControlsFX
 * counted 24 px a row, so the theme's taller rows showed two and a half of four, with a scroll bar); and styled from the
 * theme's colours ({@code completion.css}) rather than ControlsFX's {@code autocompletion.css}, whose Modena colour
 * names the theme does not define (each showing logged a ClassCastException from the CSS engine).
 */
public final class CompletionList<T> implements Skin<AutoCompletePopup<T>> {
    private final AutoCompletePopup<T> popup;
    private final ListView<T> list;

    private CompletionList(AutoCompletePopup<T> popup) {
        this.popup = popup;
        list = new ListView<>(popup.getSuggestions());
        list.getStyleClass().add("completion-list");
        list.getStylesheets().add(Objects.requireNonNull(CompletionList.class.getResource("completion.css")).toExternalForm());
        // one line a row, its height from the stylesheet (in ems: it follows the zoom): the list shows as many rows as
        // it has, up to the popup's visible row count, and no more room than that
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(popup.getVisibleRowCount(), list.getItems().size()) * list.getFixedCellSize()
                        + list.snappedTopInset() + list.snappedBottomInset(),
                popup.visibleRowCountProperty(), list.getItems(), list.fixedCellSizeProperty(), list.insetsProperty()));
        list.maxHeightProperty().bind(list.prefHeightProperty());
        list.prefWidthProperty().bind(popup.prefWidthProperty());
        list.maxWidthProperty().bind(popup.maxWidthProperty());
        list.minWidthProperty().bind(popup.minWidthProperty());
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                StringConverter<T> c = popup.getConverter();
                setText(empty || item == null ? null : c == null ? String.valueOf(item) : c.toString(item));
            }
        });
        // the first suggestion is chosen beforehand, as with ControlsFX's list: Enter takes it (its binding selects
        // the first row only in its own skin)
        list.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> selectFirst());
        popup.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> selectFirst());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ENTER, TAB -> choose(list.getSelectionModel().getSelectedItem());
                case ESCAPE -> {
                    if (popup.isHideOnEscape()) {
                        popup.hide();
                    }
                }
                default -> {
                }
            }
        });
    }

    /** Gives the binding's popup this list in place of ControlsFX's; call before the popup first shows. */
    public static <T> AutoCompletionBinding<T> on(AutoCompletionBinding<T> binding) {
        AutoCompletePopup<T> popup = binding.getAutoCompletionPopup();
        popup.setSkin(new CompletionList<>(popup));
        return binding;
    }

    private void selectFirst() {
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    private void choose(T suggestion) {
        if (suggestion != null) {
            Event.fireEvent(popup, new AutoCompletePopup.SuggestionEvent<>(suggestion));
        }
    }

    @Override
    public AutoCompletePopup<T> getSkinnable() {
        return popup;
    }

    @Override
    public Node getNode() {
        return list;
    }

    @Override
    public void dispose() {
    }
}
