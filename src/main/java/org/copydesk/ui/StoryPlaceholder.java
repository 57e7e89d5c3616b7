package org.copydesk.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.copydesk.ui.common.UiContext;

/**
 * What stands in the story's slot while the editor is built behind the window's first picture: an empty pane of the
 * slot's size (the layout does not move when the story takes its place), which says what it is waiting for only if
 * that takes longer than {@link #QUIET} (a loaded machine): a blink of text would be noise.
 */
final class StoryPlaceholder {
    /** How long the placeholder stays silent. */
    static final Duration QUIET = Duration.seconds(1);

    private final StackPane pane = new StackPane();
    private final Label text;
    private final PauseTransition quiet = new PauseTransition(QUIET);

    StoryPlaceholder(UiContext ctx) {
        pane.setId("storyPlaceholder");
        pane.getStyleClass().add("story-placeholder");
        text = new Label(ctx.text("story.preparing"));
        text.setId("storyPreparing");
        text.setVisible(false);
        pane.getChildren().add(text);
        quiet.setOnFinished(e -> text.setVisible(true));
        quiet.play();
    }

    Node view() {
        return pane;
    }

    /** Whether it says what it waits for (it did not stay silent). */
    boolean saying() {
        return text.isVisible();
    }

    /** The story took its place: nothing more to say. */
    void stop() {
        quiet.stop();
    }
}
