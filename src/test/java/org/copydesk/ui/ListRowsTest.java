package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
 * The article list's rows in a narrow list: each row as tall as its headline and details as the list first shows
 * them, and as tall as its highlighted headline and text in every frame while the search box holds text (none drawn
 * over the next row, none cut short).
 */
class ListRowsTest extends FxTestBase {

    @Test
    void theFirstPictureOfANarrowListShowsEachTwoLineHeadlineAndItsDetailsInsideItsRow() throws Exception {
        // a restart at 1024×700: the list at the width it was left at, a story open last time
        MainWindow window = narrowWindow(true);
        // as the app starts: the window's first picture says the list is being read, then the articles arrive
        waitUntil(() -> stage.getScene().lookup("#listEmptyMessage") != null
                && laidOut(stage.getScene().lookup("#listEmptyMessage")));
        // what the first frame that shows the articles draws: any headline or details line outside its row is drawn
        // over the next row (a later frame may put it right, but the user has seen the first one)
        AtomicReference<List<String>> firstFrame = new AtomicReference<>();
        onFx(() -> {
            Runnable[] look = new Runnable[1];
            look[0] = () -> {
                if (rowsShown(window).size() == 6) {
                    stage.getScene().removePostLayoutPulseListener(look[0]);
                    firstFrame.set(linesOutsideTheirRow(window));
                }
            };
            stage.getScene().addPostLayoutPulseListener(look[0]);
            window.loadWorkspace();
            return null;
        });
        waitUntil(() -> firstFrame.get() != null);
        assertThat(onFx(() -> window.list().isNarrow())).as("a narrow list, with details under the headlines").isTrue();
        assertThat(firstFrame.get()).as("text drawn outside its row, over the next one").isEmpty();
    }

    @Test
    void everyFrameOfANarrowListOfSearchResultsShowsEachHitInsideItsRow() throws Exception {
        MainWindow window = narrowWindow(false);
        onFx(() -> {
            window.loadWorkspace();
            return null;
        });
        waitUntil(() -> rowsShown(window).size() == 6 && laidOut(window.list().table()));

        List<String> seen = new ArrayList<>();
        Runnable look = () -> seen.addAll(linesOutsideTheirRow(window));
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

    /**
     * The main window at 1024×700 over the sample workspace, the list at the width a user left it at (249 px: narrow,
     * details under the headlines); list first as the app starts it, or whole. Its list is not read yet.
     */
    private MainWindow narrowWindow(boolean listFirst) throws Exception {
        workspace.seedSamples();
        Settings settings = Settings.defaults();
        settings.setWindow(0, 0, 1024, 700, false);
        settings.setPanelWidth("list", 249);
        settings.setPanelWidth("side", 340);
        settings.setLastArticle("rail-freight-operators-plan-weekend-of-reduced-service", 0);
        return onFx(() -> {
            MainWindow w = new MainWindow(ctx, stage, settings, null, false, listFirst);
            stage.setScene(new Scene(w.view(), 1024, 700));
            stage.sizeToScene();
            stage.show();
            return w;
        });
    }

    /**
     * The lines of the rows shown (headline and details, or a search hit's highlighted headline and text) that reach
     * past their row's top or bottom: drawn over the next row, or cut off (on the FX thread).
     */
    private static List<String> linesOutsideTheirRow(MainWindow window) {
        List<String> found = new ArrayList<>();
        for (TableRow<?> row : rowsShown(window)) {
            Bounds rowBox = row.localToScene(row.getLayoutBounds());
            List<Node> lines = new ArrayList<>();
            for (String kind : List.of(".row-headline", ".row-details", ".search-headline", ".search-snippet")) {
                lines.addAll(row.lookupAll(kind));
            }
            for (Node line : lines) {
                Bounds b = line.localToScene(line.getLayoutBounds());
                if (line.isVisible() && (b.getMaxY() > rowBox.getMaxY() + 0.5 || b.getMinY() < rowBox.getMinY() - 0.5)) {
                    found.add("\"" + text(line) + "\" at y " + b.getMinY() + "–" + b.getMaxY() + " in a row at y "
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
