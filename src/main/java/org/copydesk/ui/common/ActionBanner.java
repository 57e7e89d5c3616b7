package org.copydesk.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A strip across the top of a view that says something about what is shown and offers what can be done about it
 * ("This article was changed on disk: Keep mine / Take theirs / Save mine as a copy"). Hidden (and taking no space)
 * until {@link #show}; any view may use it: the message and the buttons' texts come from the caller's bundle.
 */
public final class ActionBanner {
    /** A button of the banner: its text, a node id (for tests and accessibility) and what it does. */
    public record Action(String text, String id, Runnable run) {
        public Action {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(run, "run");
        }
    }

    /** How the banner looks: a warning (something needs the user) or a note. */
    public enum Kind {
        WARNING("banner-warning"), NOTE("banner-note");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    private final HBox root = new HBox(8);
    private final Label message = new Label();
    private final HBox buttons = new HBox(6);

    public ActionBanner(String id) {
        root.setId(id);
        root.getStyleClass().add("action-banner");
        root.getStylesheets().add(Objects.requireNonNull(ActionBanner.class.getResource("banner.css")).toExternalForm());
        root.setAlignment(Pos.CENTER_LEFT);
        message.setId(id + "Message");
        message.getStyleClass().add("banner-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(message, buttons);
        hide();
    }

    public Node view() {
        return root;
    }

    /**
     * Shows the message with these buttons (none: a message only); replaces what was shown. Buttons already shown with
     * the same texts and ids stay where they are (only what they do is updated): showing the same choices again, as a
     * second notice of the same change does, never swaps the button under the user's pointer for one not yet laid out,
     * which would lose a click made at that moment.
     */
    public void show(Kind kind, String text, List<Action> actions) {
        message.setText(text);
        root.getStyleClass().removeAll(Kind.WARNING.styleClass, Kind.NOTE.styleClass);
        root.getStyleClass().add(kind.styleClass);
        root.setVisible(true);
        root.setManaged(true);
        if (sameButtons(actions)) {
            for (int i = 0; i < actions.size(); i++) {
                Runnable run = actions.get(i).run();
                ((Button) buttons.getChildren().get(i)).setOnAction(e -> run.run());
            }
            return;
        }
        buttons.getChildren().clear();
        for (Action a : actions) {
            Button b = new Button(a.text());
            if (a.id() != null) {
                b.setId(a.id());
            }
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> a.run().run());
            buttons.getChildren().add(b);
        }
    }

    /** True when the buttons shown are those of {@code actions}: the same texts and ids, in the same order. */
    private boolean sameButtons(List<Action> actions) {
        if (buttons.getChildren().size() != actions.size()) {
            return false;
        }
        for (int i = 0; i < actions.size(); i++) {
            Button b = (Button) buttons.getChildren().get(i);
            Action a = actions.get(i);
            if (!b.getText().equals(a.text()) || !Objects.equals(b.getId(), a.id())) {
                return false;
            }
        }
        return !actions.isEmpty();
    }

    public void hide() {
        message.setText("");
        buttons.getChildren().clear();
        root.setVisible(false);
        root.setManaged(false);
    }

    public boolean isShowing() {
        return root.isVisible();
    }

    /** The message shown ("" when hidden). */
    public String text() {
        return message.getText();
    }
}
