package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.copydesk.storage.Settings;
import org.junit.jupiter.api.Test;

/**
 * The article list's rows while the search box holds text: each row as tall as its highlighted headline and the line
 * of text around the matches, in every frame from the typing on (none drawn over the next row, none cut short).
 */
class SearchRowsTest extends FxTestBase {

    @Test
    void everyFrameOfANarrowListOfSearchResultsShowsEachHitInsideItsRow() throws Exception {
        workspace.seedSamples();
        Settings settings = Settings.defaults();
        settings.setWindow(0, 0, 1024, 700, false);
        settings.setPanelWidth("list", 249);
        settings.setPanelWidth("side", 340);
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(ctx, stage, settings, null, false);
            stage.setScene(new Scene(w.view(), 1024, 700));
            stage.sizeToScene();
            stage.show();
            w.loadWorkspace();
            return w;
        });
        waitUntil(() -> rowsShown(window).size() == 6 && laidOut(window.list().table()));

        List<String> seen = new ArrayList<>();
        Runnable look = () -> seen.addAll(hitsOutsideTheirRow(window));
        onFx(() -> {
            stage.getScene().addPostLayoutPulseListener(look);
            ((TextField) stage.getScene().lookup("#articleFilter")).setText("said");
            return null;
        });
        // the three English stories say "said": the rows shown each with their highlights, laid out
        waitUntil(() -> {
            List<TableRow<?>> rows = rowsShown(window);
            return window.list().table().getItems().size() == 3 && !rows.isEmpty()
                    && rows.stream().allMatch(r -> r.lookup(".search-snippet") != null) && laidOut(window.list().table());
        });
        onFx(() -> {
            stage.getScene().removePostLayoutPulseListener(look);
            return null;
        });
        assertThat(onFx(() -> window.list().isNarrow())).as("a narrow list").isTrue();
        assertThat(onFx(() -> rowsShown(window).size())).as("the three results, each row as tall as its lines, fit in the list")
                .isEqualTo(3);
        assertThat(seen).as("a hit's lines drawn outside its row (over the next one, or cut off)").isEmpty();
    }

    /** The lines of search hits shown that reach past their row's top or bottom (on the FX thread). */
    private static List<String> hitsOutsideTheirRow(MainWindow window) {
        List<String> found = new ArrayList<>();
        for (TableRow<?> row : rowsShown(window)) {
            Bounds rowBox = row.localToScene(row.getLayoutBounds());
            List<Node> flows = new ArrayList<>(row.lookupAll(".search-headline"));
            flows.addAll(row.lookupAll(".search-snippet"));
            flows.addAll(row.lookupAll(".row-details"));
            for (Node flow : flows) {
                Bounds b = flow.localToScene(flow.getLayoutBounds());
                if (flow.isVisible() && (b.getMaxY() > rowBox.getMaxY() + 0.5 || b.getMinY() < rowBox.getMinY() - 0.5)) {
                    found.add("\"" + text(flow) + "\" at y " + b.getMinY() + "–" + b.getMaxY() + " in a row at y "
                            + rowBox.getMinY() + "–" + rowBox.getMaxY());
                }
            }
        }
        return found;
    }

    private static String text(Node n) {
        if (n instanceof Text t) {
            return t.getText();
        }
        StringBuilder b = new StringBuilder();
        for (Node c : ((TextFlow) n).getChildren()) {
            b.append(((Text) c).getText());
        }
        return b.toString();
    }

    /** The table's rows that show an article (on the FX thread). */
    private static List<TableRow<?>> rowsShown(MainWindow window) {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node n : window.list().table().lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && r.isVisible() && r.getItem() != null && !r.isEmpty()) {
                rows.add(r);
            }
        }
        return rows;
    }
}
