package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;
import org.copydesk.storage.Settings;
import org.junit.jupiter.api.Test;

/** The article list's rows as a narrow list first shows them: each row as tall as its headline and details. */
class ListRowsTest extends FxTestBase {

    @Test
    void theFirstPictureOfANarrowListShowsEachTwoLineHeadlineAndItsDetailsInsideItsRow() throws Exception {
        workspace.seedSamples();
        // a restart at 1024×700: the list at the width it was left at, a story open last time
        Settings settings = Settings.defaults();
        settings.setWindow(0, 0, 1024, 700, false);
        settings.setPanelWidth("list", 249);
        settings.setPanelWidth("side", 340);
        settings.setLastArticle("rail-freight-operators-plan-weekend-of-reduced-service", 0);
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(ctx, stage, settings, null, false, true);
            stage.setScene(new Scene(w.view(), 1024, 700));
            stage.sizeToScene();
            stage.show();
            return w;
        });
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
                    firstFrame.set(textOutsideItsRow(window));
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

    /** The headlines and details lines of the rows shown that reach past their row's top or bottom (on the FX thread). */
    private static List<String> textOutsideItsRow(MainWindow window) {
        List<String> found = new ArrayList<>();
        for (TableRow<?> row : rowsShown(window)) {
            Bounds rowBox = row.localToScene(row.getLayoutBounds());
            List<Node> texts = new ArrayList<>(row.lookupAll(".row-headline"));
            texts.addAll(row.lookupAll(".row-details"));
            for (Node text : texts) {
                Bounds b = text.localToScene(text.getLayoutBounds());
                if (text.isVisible() && (b.getMaxY() > rowBox.getMaxY() + 0.5 || b.getMinY() < rowBox.getMinY() - 0.5)) {
                    found.add("\"" + ((Text) text).getText() + "\" at y " + b.getMinY() + "–" + b.getMaxY()
                            + " in a row at y " + rowBox.getMinY() + "–" + rowBox.getMaxY());
                }
            }
        }
        return found;
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
