package org.copydesk.ui.common;

import javafx.scene.control.TreeCell;

/** A tree cell whose text wraps in the panel's width rather than ending in "..." (WindowFitTest). */
public abstract class WrappingTreeCell<T> extends TreeCell<T> {
    protected WrappingTreeCell() {
        setWrapText(true);
        setPrefWidth(0);
    }

    /**
     * A tree cell's height is asked for the tree's width, but its text is laid out after the indentation and the
     * disclosure arrow: wrapped text would then get one line too few and end in "...". Ask for the narrower width.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width < 0 || getTreeItem() == null || getTreeView() == null) {
            return super.computePrefHeight(width);
        }
        int level = getTreeView().getTreeItemLevel(getTreeItem());
        return super.computePrefHeight(Math.max(20, width - 24 - 14 * Math.max(0, level)));
    }
}
