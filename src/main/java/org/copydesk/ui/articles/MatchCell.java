package org.copydesk.ui.articles;

import java.util.function.DoubleSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;

/**
 * A search hit's "Match" cell: how strong a match it is next to the best one shown, as a short bar (full for the best
 * match, shorter for weaker ones), the share and the search's own score in the tooltip. The cell's value is the score,
 * so the column sorts as it did.
 */
final class MatchCell<S> extends TableCell<S, Float> {
    /** The least a hit's bar shows, so that a weak match still shows as one. */
    static final double LEAST_SHARE = 0.08;

    private final UiContext ctx;
    private final DoubleSupplier best;
    private final Region fill = new Region();
    private final StackPane bar = new StackPane(fill);

    /** @param best the best score among the hits shown (0 when there is none) */
    MatchCell(UiContext ctx, DoubleSupplier best) {
        this.ctx = ctx;
        this.best = best;
        bar.getStyleClass().add("match-bar");
        fill.getStyleClass().add("match-bar-fill");
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        fill.setMaxHeight(Double.MAX_VALUE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Float score, boolean empty) {
        super.updateItem(score, empty);
        setText(null);
        if (empty || score == null) {
            setGraphic(null);
            Tips.set(this, null);
            setAccessibleText(null);
            return;
        }
        double share = share(score, best.getAsDouble());
        // the track's width is the theme's; the fill takes the hit's share of it
        fill.maxWidthProperty().bind(bar.widthProperty().multiply(Math.max(LEAST_SHARE, share)));
        setGraphic(bar);
        String tip = share >= 0.995 ? ctx.text("search.match.best", score)
                : ctx.text("search.match.share", share, score);
        Tips.set(this, tip);
        setAccessibleText(tip);
    }

    /**
     * A full bar for the column's header where its word ({@code title}) does not fit; the word is its tooltip and what
     * a screen reader says.
     */
    static Node headerMark(String title) {
        Region full = new Region();
        full.getStyleClass().add("match-bar-fill");
        full.setMaxHeight(Double.MAX_VALUE);
        StackPane mark = new StackPane(full);
        mark.getStyleClass().addAll("match-bar", "match-header");
        mark.setAccessibleText(title);
        Tooltip.install(mark, new Tooltip(title));
        return mark;
    }

    /** How strong a score is next to the best one, from 0 to 1 (1 when there is no best to compare with). */
    static double share(double score, double best) {
        return best <= 0 ? 1 : Math.min(1, Math.max(0, score / best));
    }
}
