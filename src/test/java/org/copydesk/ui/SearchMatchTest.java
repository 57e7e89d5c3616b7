package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import org.copydesk.storage.Settings;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The list's "Match" column while the search box holds text: how strong a match each hit is next to the best one, as
 * a bar (the best full, weaker ones shorter, in rank order), with the share in words in its tooltip; never a bare
 * search score ("5.7") that means nothing to a reader.
 */
class SearchMatchTest extends FxTestBase {

    /** What one hit's "Match" cell shows: its text, how far its bar is filled (0–1), its tooltip. */
    record Shown(int row, String text, double filled, String tip) {
    }

    @Test
    void eachHitShowsHowStrongAMatchItIsNextToTheBestOne() throws Exception {
        workspace.seedSamples();
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> window.list().table().getItems().size() == 6);
        onFx(() -> {
            ((TextField) stage.getScene().lookup("#articleFilter")).setText("said port");
            return null;
        });
        // the two stories that say "said" or name the port, each with its bar laid out
        waitUntil(() -> window.list().table().getItems().size() == 2 && matchCells(window).size() == 2
                && matchCells(window).stream().allMatch(c -> c.getGraphic() == null ? c.getText() != null : laidOut(c.getGraphic())));
        List<Shown> shown = onFx(() -> matchCells(window).stream().map(SearchMatchTest::shown)
                .sorted(Comparator.comparingInt(Shown::row)).toList());

        assertThat(shown).extracting(Shown::text).as("no bare score in the column").allMatch(t -> t == null || t.isEmpty());
        Shown best = shown.get(0);
        Shown other = shown.get(1);
        assertThat(best.filled()).as("the best match's bar is full").isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(best.tip()).startsWith("The best match of this search");
        assertThat(other.filled()).as("a weaker match's bar, shorter, below the best").isLessThan(0.9).isGreaterThan(0);
        assertThat(other.tip()).matches("\\d+% as strong a match as the best one \\(score \\d+\\.\\d\\)");
        int percent = Integer.parseInt(other.tip().substring(0, other.tip().indexOf('%')));
        assertThat(other.filled() * 100).as("the bar shows the share its tooltip says")
                .isCloseTo(Math.max(percent, 8), org.assertj.core.data.Offset.offset(1.5));
    }

    @Test
    void inANarrowFrenchListTheColumnKeepsInsideTheListWithItsWordInTheHeadersTooltip() throws Exception {
        workspace.seedSamples();
        Settings settings = Settings.defaults();
        settings.setWindow(0, 0, 1024, 700, false);
        settings.setPanelWidth("list", 249);
        UiContext fr = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages("fr"));
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(fr, stage, settings, null, false, false);
            stage.setScene(new Scene(w.view(), 1024, 700));
            stage.sizeToScene();
            stage.show();
            w.loadWorkspace();
            return w;
        });
        waitUntil(() -> window.list().table().getItems().size() == 6);
        onFx(() -> {
            ((TextField) stage.getScene().lookup("#articleFilter")).setText("said port");
            return null;
        });
        waitUntil(() -> window.list().table().getItems().size() == 2 && matchHeader(window) != null
                && laidOut(matchHeader(window)) && matchCells(window).size() == 2);
        // "Pertinence" with its sort arrow leaves the headline too little room: the header is a full bar, named in its tip
        List<String> cut = onFx(() -> {
            TableView<?> table = window.list().table();
            Bounds list = table.localToScene(table.getLayoutBounds());
            Bounds header = matchHeader(window).localToScene(matchHeader(window).getLayoutBounds());
            List<String> out = new java.util.ArrayList<>(CutOffText.in(table));
            if (header.getMaxX() > list.getMaxX() + 0.5) {
                out.add("the Match column's header ends at x " + header.getMaxX() + ", past the list's edge at " + list.getMaxX());
            }
            return out;
        });
        assertThat(cut).isEmpty();
        TableColumn<?, ?> column = onFx(() -> window.list().table().getColumns().stream()
                .filter(c -> "relevanceColumn".equals(c.getId())).findFirst().orElseThrow());
        String shownTitle = onFx(() -> column.getText());
        Node mark = onFx(() -> column.getGraphic());
        if (shownTitle == null || shownTitle.isEmpty()) {
            assertThat(mark).isNotNull();
            assertThat(onFx(() -> mark.getAccessibleText())).isEqualTo("Pertinence");
        } else {
            assertThat(shownTitle).isEqualTo("Pertinence");
        }
        assertThat(onFx(() -> matchCells(window).stream().map(Tips::text).toList()))
                .anyMatch(t -> t.startsWith("Le meilleur résultat de cette recherche"))
                .anyMatch(t -> t.matches("Pertinence de \\d+[\\s\u00a0\u202f]?% de celle du meilleur résultat \\(score \\d+,\\d\\)"));
    }

    /** The header of the "Match" column (on the FX thread). */
    private static Node matchHeader(MainWindow window) {
        return window.list().table().lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && "relevanceColumn".equals(h.getTableColumn().getId()))
                .findFirst().orElse(null);
    }

    /** The non-empty cells of the "Match" column (on the FX thread). */
    private static List<TableCell<?, ?>> matchCells(MainWindow window) {
        return window.list().table().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && "relevanceColumn".equals(c.getTableColumn().getId()) && !c.isEmpty() && c.getItem() != null)
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
    }

    private static Shown shown(TableCell<?, ?> cell) {
        Node bar = cell.lookup(".match-bar");
        Node fill = cell.lookup(".match-bar-fill");
        double filled = bar == null ? 0 : ((Region) fill).getWidth() / ((Region) bar).getWidth();
        return new Shown(((IndexedCell<?>) cell.getTableRow()).getIndex(), cell.getText(), filled, Tips.text(cell));
    }
}
