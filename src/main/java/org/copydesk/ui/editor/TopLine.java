package org.copydesk.ui.editor;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The line at the top of a body's view, and how far it lies from the view's top, to bring it back there after the lines
 * change height (marks and gutter tags added): the view does not move under the reader. Both steps run on the FX thread
 * and lay the body out at once, so no frame shows the view elsewhere.
 *
 * @param position a character of the line at the top
 * @param paragraph the paragraph that character is in
 * @param y where that line's top is, from the body's top (negative when partly scrolled away)
 * @param atStart whether the body shows its very top: the first line shown whole at the top (not a long first paragraph
 *     scrolled by some lines)
 */
record TopLine(int position, int paragraph, double y, boolean atStart) {
    /** The line at the top of what the body shows now, or null if it shows nothing yet (not laid out, not shown). */
    static TopLine of(GenericStyledArea<?, ?, ?> area) {
        if (area.getScene() == null || area.getLength() == 0) {
            return null;
        }
        area.layout();
        if (area.getVisibleParagraphs().isEmpty()) {
            return null;
        }
        Insets pad = area.getPadding();
        int at = Math.min(area.hit(pad.getLeft() + 1, pad.getTop() + 1).getInsertionIndex(), area.getLength() - 1);
        return lineTop(area, at)
                .map(top -> new TopLine(at, area.offsetToPosition(at, TwoDimensional.Bias.Forward).getMajor(), top,
                        area.visibleParToAllParIndex(0) == 0 && at == 0 && top >= -0.5))
                .orElse(null);
    }

    /** Scrolls the body so that the line is where it was (call after the change, on the FX thread). */
    void restore(GenericStyledArea<?, ?, ?> area) {
        if (position >= area.getLength() || paragraph >= area.getParagraphs().size()) {
            return;
        }
        if (atStart) {
            area.showParagraphAtTop(0);
            area.layout();
            return;
        }
        area.layout();
        Optional<Double> now = lineTop(area, position);
        if (now.isEmpty()) {
            // the line went out of view: its paragraph first, then the line within it
            area.showParagraphAtTop(paragraph);
            area.layout();
            now = lineTop(area, position);
        }
        now.ifPresent(top -> {
            if (Math.abs(top - y) >= 0.5) {
                area.scrollYBy(top - y);
                area.layout();
            }
        });
    }

    /** The top of the line holding the character at {@code pos}, from the body's top, if it is shown. */
    private static Optional<Double> lineTop(GenericStyledArea<?, ?, ?> area, int pos) {
        return area.getCharacterBoundsOnScreen(pos, pos + 1)
                .map(b -> area.screenToLocal(b))
                .filter(b -> b != null)
                .map(Bounds::getMinY);
    }
}
