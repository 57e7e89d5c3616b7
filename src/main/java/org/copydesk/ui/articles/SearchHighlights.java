package org.copydesk.ui.articles;

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

    static Node cell(SearchHit hit) {
        TextFlow headline = flow(hit.headlineMatches(), "search-headline");
        VBox box = new VBox(1, headline);
        box.getStyleClass().add("search-hit");
        if (hit.snippet() != null && !hit.snippet().text().isBlank()) {
            box.getChildren().add(flow(hit.snippet(), "search-snippet"));
        }
        return box;
    }

    static TextFlow flow(HighlightedText t, String styleClass) {
        TextFlow flow = new TextFlow();
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
        flow.setPrefWidth(0);
        return flow;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
