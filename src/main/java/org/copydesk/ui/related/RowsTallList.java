package org.copydesk.ui.related;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A list as tall as its first rows, each as tall as its wrapped text needs, up to {@code maxRows} (it scrolls beyond):
 * the "See also" findings, whose one row of four or five lines a fixed 80 px cut short under a scroll bar. After each
 * layout the rows' heights are added up and the list asks for that height; the next pulse gives it.
 */
final class RowsTallList<T> extends ListView<T> {
    /** Room asked for while not every wanted row has been laid out yet (they are made as the list grows). */
    private static final double STEP = 40;
    private final int maxRows;

    RowsTallList(ObservableList<T> items, int maxRows) {
        super(items);
        this.maxRows = maxRows;
        setPrefHeight(STEP);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        int want = Math.min(maxRows, getItems().size());
        if (want == 0 || getWidth() <= 0) {
            return;
        }
        Map<Integer, Double> rows = new HashMap<>();
        for (Node n : lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && c.getListView() == this && c.isVisible() && !c.isEmpty()
                    && c.getIndex() >= 0 && c.getIndex() < want) {
                rows.put(c.getIndex(), c.getHeight());
            }
        }
        double height = rows.size() < want ? getHeight() + STEP
                : rows.values().stream().mapToDouble(Double::doubleValue).sum() + snappedTopInset() + snappedBottomInset();
        if (Math.abs(height - getPrefHeight()) > 0.5) {
            setPrefHeight(height);
        }
    }
}
