package org.copydesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The status bar's word on a long build of the search index: "Indexing stories… 12,400 of 100,000" beside a progress
 * bar, shown only while one runs (see {@link WorkspaceIndex#progressProperty()}).
 */
public final class IndexingStatus {
    private final UiContext ctx;
    private final HBox view = new HBox(6);
    /** Made the first time a build runs (most starts have none: the bar would be styled and skinned for nothing). */
    private Label text;
    private ProgressBar bar;

    public IndexingStatus(UiContext ctx, WorkspaceIndex index) {
        this.ctx = ctx;
        view.getStyleClass().add("indexing-status");
        view.setAlignment(Pos.CENTER_LEFT);
        view.setVisible(false);
        view.managedProperty().bind(view.visibleProperty());
        index.progressProperty().addListener((o, before, p) -> show(p));
        show(index.progressProperty().get());
    }

    private void show(WorkspaceIndex.Progress p) {
        view.setVisible(p != null);
        if (p == null) {
            if (text != null) {
                text.setText(null);
            }
            return;
        }
        if (text == null) {
            text = new Label();
            text.setId("indexingStatus");
            text.setMinWidth(Region.USE_PREF_SIZE);
            bar = new ProgressBar(0);
            bar.setId("indexingProgress");
            bar.setPrefWidth(120);
            bar.setMinWidth(60);
            view.getChildren().setAll(text, bar);
        }
        // the figures in the interface's language ("12,400" in English, "12 400" in French): UiContext.text formats them
        text.setText(ctx.text("status.indexing", p.done(), p.total()));
        bar.setProgress(p.fraction());
    }

    public HBox view() {
        return view;
    }
}
