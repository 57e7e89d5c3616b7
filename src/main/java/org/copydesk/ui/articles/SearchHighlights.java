package org.copydesk.ui.articles;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.copydesk.search.HighlightedText;
import org.copydesk.search.SearchHit;

/** The list cell of a search hit: the headline with its matches marked, and a line of the text around the matches. */
final class SearchHighlights {
    private SearchHighlights() {
    }

    /**
     * @param wrap the width its lines wrap at: the column's, which the table knows before it asks a new row for its
     *             height (the cell has no width until the row is laid out, and a flow measured at that width wrapped after
     *             each letter: the row came out many times too tall, the rows after it out of the list)
     */
    static Node cell(SearchHit hit, ObservableDoubleValue wrap) {
        TextFlow headline = flow(hit.headlineMatches(), "search-headline", wrap);
        VBox box = new VBox(1, headline);
        box.getStyleClass().add("search-hit");
        if (hit.snippet() != null && !hit.snippet().text().isBlank()) {
            box.getChildren().add(flow(hit.snippet(), "search-snippet", wrap));
        }
        return box;
    }

    static TextFlow flow(HighlightedText t, String styleClass, ObservableDoubleValue wrap) {
        TextFlow flow = new WrappedFlow(wrap);
        flow.getStyleClass().add(styleClass);
        int pos = 0;
        for (HighlightedText.Range r : t.matches()) {
            if (r.start() > pos) {
                flow.getChildren().add(text(t.text().substring(pos, r.start()), styleClass + "-text"));
            }
            flow.getChildren().add(text(t.text().substring(r.start(), r.end()), "search-match"));
            pos = r.end();
        }
        if (pos < t.text().length()) {
            flow.getChildren().add(text(t.text().substring(pos), styleClass + "-text"));
        }
        flow.prefWidthProperty().bind(wrap);
        flow.maxWidthProperty().bind(wrap);
        flow.setMinWidth(0);
        return flow;
    }

    /**
     * A text flow whose lines wrap at {@code wrap}, whatever width its row is asked its height for: a new row is asked
     * before its cells have a width, and a flow measured at that width (0) wrapped after each letter, its row many
     * times too tall and the rows after it pushed out of the list until a later layout.
     */
    private static final class WrappedFlow extends TextFlow {
        private final ObservableDoubleValue wrap;

        WrappedFlow(ObservableDoubleValue wrap) {
            this.wrap = wrap;
        }

        @Override
        protected double computePrefHeight(double width) {
            double at = wrap.get();
            return super.computePrefHeight(at > 0 ? at : width);
        }
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
