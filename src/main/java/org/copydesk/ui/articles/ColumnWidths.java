package org.copydesk.ui.articles;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The width a table column needs to show its header (with the sort arrow) and each of its values in full. */
final class ColumnWidths {
    /** Cell padding on both sides and a little air. */
    static final double CELL_EXTRA = 26;
    /** As {@link #CELL_EXTRA}, plus the sort arrow a header shows. */
    static final double HEADER_EXTRA = 40;

    private ColumnWidths() {
    }

    static double fit(TableColumn<?, ?> column, Collection<String> values) {
        Font font = fontOf(column.getTableView());
        double w = width(column.getText(), font) + HEADER_EXTRA;
        for (String v : values) {
            w = Math.max(w, width(v, font) + CELL_EXTRA);
        }
        return Math.ceil(w);
    }

    /** The width the column needs to show {@code title} as its header (with the sort arrow). */
    static double header(TableColumn<?, ?> column, String title) {
        return Math.ceil(width(title, fontOf(column.getTableView())) + HEADER_EXTRA);
    }

    /** The size of the font the column's header is drawn in: what an "em" of its cells is. */
    static double em(TableColumn<?, ?> column) {
        return fontOf(column.getTableView()).getSize();
    }

    static double width(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The font the table's headers are drawn in (it follows the window's zoom), else the default font. */
    private static Font fontOf(TableView<?> table) {
        if (table != null) {
            Node header = table.lookup(".column-header .label");
            if (header instanceof Labeled l) {
                return l.getFont();
            }
        }
        return Font.getDefault();
    }
}
