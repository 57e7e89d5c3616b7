package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** How the window arranges itself: the side drawer of a narrow window, the narrow list, the empty list's message. */
class WindowLayoutTest extends FxTestBase {
    private MainWindow open(String lang, int width, int height) throws Exception {
        workspace.seedSamples();
        UiContext c = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages(lang));
        MainWindow window = showMainWindow(c, width, height);
        waitUntil(() -> window.list().table().getItems().size() == 6);
        return window;
    }

    /**
     * The English window over the test's workspace started with {@code settings} as the app starts it: the scene at
     * its first size, then the window at the remembered bounds (if any), shown, its list loading.
     */
    private MainWindow startWith(org.copydesk.storage.Settings settings) throws Exception {
        UiContext c = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages("en"));
        return WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(c, stage, settings, null, false);
            stage.setScene(new Scene(w.view(), 1280, 800));
            w.restoreBounds();
            stage.show();
            w.loadWorkspace();
            return w;
        }).get(180, TimeUnit.SECONDS);
    }

    /** On the FX thread only. */
    private static Node find(String selector) {
        return stage.getScene().lookup(selector);
    }

    @Test
    void aNarrowWindowFoldsTheSidePanelToAStripThatOpensAsADrawer() throws Exception {
        MainWindow window = open("en", 1024, 700);
        waitUntil(() -> stage.getScene().lookup("#strip-storyTab") != null && stage.getScene().lookup("#strip-storyTab").isVisible());
        // the side panel is folded away: the story has the split to itself with the list
        waitUntil(() -> !window.split().getItems().contains(window.sidePanels()));

        onFx(() -> {
            ((ToggleButton) stage.getScene().lookup("#strip-languagesTab")).fire();
            return null;
        });
        waitUntil(() -> window.sidePanels().getStyleClass().contains("side-drawer") && window.sidePanels().getScene() != null
                && stage.getScene().lookup("#marksLegend") != null && stage.getScene().lookup("#marksLegend").isVisible());
        assertThat(onFx(() -> window.sidePanels().getSelectionModel().getSelectedItem().getId())).isEqualTo("languagesTab");

        clickWhenShown("#sidePanels");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> window.sidePanels().getParent() == null && !window.split().getItems().contains(window.sidePanels()));

        // wide again: the panel is back in the split, the strip gone
        onFx(() -> {
            stage.setWidth(1400);
            return null;
        });
        waitUntil(() -> window.split().getItems().contains(window.sidePanels()) && !stage.getScene().lookup("#sideStrip").isVisible());
    }

    @Test
    void aTabPickedInTheOpenDrawerIsTheOneTheStripShowsPressed() throws Exception {
        MainWindow window = open("fr", 1024, 700);
        waitUntil(() -> find("#strip-storyTab") != null && find("#strip-storyTab").isVisible());
        onFx(() -> {
            ((ToggleButton) find("#strip-storyTab")).fire();
            return null;
        });
        waitUntil(() -> window.sidePanels().getStyleClass().contains("side-drawer") && window.sidePanels().getScene() != null
                && find("#sidePanels .tab-header-area #languagesTab") != null);
        // the user picks the Languages tab in the drawer's own headers, as the drawer shows them
        clickWhenShown(() -> find("#sidePanels .tab-header-area #languagesTab"));
        waitUntil(() -> window.sidePanels().getSelectionModel().getSelectedItem().getId().equals("languagesTab"));
        waitUntil(() -> ((ToggleButton) find("#strip-languagesTab")).isSelected());
        assertThat(onFx(() -> ((ToggleButton) find("#strip-storyTab")).isSelected())).isFalse();
        // the drawer stays open, on the tab picked
        assertThat(onFx(() -> window.sidePanels().getStyleClass().contains("side-drawer") && window.sidePanels().getScene() != null))
                .isTrue();
    }

    /** How many rows of a list or tree below {@code selector} show text and lie wholly inside it. On the FX thread. */
    private static long wholeRows(String selector, String cellClass) {
        Region list = (Region) find(selector);
        return list.lookupAll(cellClass).stream()
                .filter(n -> n instanceof javafx.scene.control.IndexedCell<?> c && c.getText() != null && !c.getText().isEmpty()
                        && c.isVisible())
                .filter(n -> {
                    javafx.geometry.Bounds b = list.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    return b.getMinY() >= -0.5 && b.getMaxY() <= list.getHeight() + 0.5;
                })
                .count();
    }

    @Test
    void aShortWindowsLanguagesTabShowsSeveralPassagesAndIssuesNotOneLineOfEach() throws Exception {
        MainWindow window = open("fr", 1024, 700);
        onFx(() -> window.list().select("dockers-strike-halts-marseille-port"));
        waitUntil(() -> window.editor() != null && window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().id().equals("dockers-strike-halts-marseille-port"));
        waitUntil(() -> find("#strip-languagesTab") != null && find("#strip-languagesTab").isVisible());
        onFx(() -> {
            ((ToggleButton) find("#strip-languagesTab")).fire();
            return null;
        });
        waitUntil(() -> find("#issueList") instanceof javafx.scene.control.ListView<?> issues && issues.getItems().size() >= 5
                && find("#segmentTree") instanceof javafx.scene.control.TreeView<?> tree && tree.getRoot().getChildren().size() == 1
                && tree.getRoot().getChildren().get(0).getChildren().size() >= 5);
        waitUntil(() -> find("#issueList") != null && find("#issueList").getScene() != null
                && ((Region) find("#issueList")).getHeight() > 0 && find("#issueList .list-cell") != null);
        // at least three rows of the French passages and three of the issues are there to read and click, whole; the
        // legend of the marks does not squeeze them to a line each
        waitUntil(() -> wholeRows("#segmentTree", ".tree-cell") >= 3);
        waitUntil(() -> wholeRows("#issueList", ".list-cell") >= 3);
        // the legend is still in the tab, below them
        assertThat(onFx(() -> find("#marksLegend") != null && find("#marksLegend").getScene() != null)).isTrue();
    }

    @Test
    void theZoomSetBeforeComesBackWithTheNextStart() throws Exception {
        workspace.seedSamples();
        // what a user left: the window zoomed to 150 %
        org.copydesk.storage.Settings settings = org.copydesk.storage.Settings.defaults();
        settings.setZoom(1.5);
        MainWindow window = startWith(settings);
        waitUntil(() -> window.list().table().getItems().size() == 6 && laidOut(find("#statusMessage")));
        // the status bar's text at 150 % of the base size (13 px), as the zoom keys set it (it was at 100 %)
        assertThat(onFx(() -> ((Label) find("#statusMessage")).getFont().getSize())).isEqualTo(19.5);
    }

    @Test
    void thePanelsGrowWithTheZoomAsTheirTextDoes() throws Exception {
        MainWindow window = open("en", 1920, 1080);
        Region list = (Region) window.list().view();
        waitUntil(() -> laidOut(list) && Math.abs(list.getWidth() - 260) < 3
                && Math.abs(window.sidePanels().getWidth() - 340) < 3);
        // 150 %: the list and the side panel half as wide again, as their text is; the story tab's fields fit the
        // panel (at 340 px it scrolled sideways)
        for (int step = 0; step < 5; step++) {
            WindowFitTest.fire(window, "menu.view.zoomIn");
        }
        waitUntil(() -> Math.abs(list.getWidth() - 390) < 3 && Math.abs(window.sidePanels().getWidth() - 510) < 3
                && laidOut(window.sidePanels()));
        assertThat(onFx(() -> window.sidePanels().lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                .count())).as("sideways scroll bars in the side panel at 150 %").isZero();
        // back to 100 %: the panels as they were
        WindowFitTest.fire(window, "menu.view.zoomReset");
        waitUntil(() -> Math.abs(list.getWidth() - 260) < 3 && Math.abs(window.sidePanels().getWidth() - 340) < 3);
    }

    @Test
    void aListWidenedInALargeWindowIsAsWideAfterARestart() throws Exception {
        workspace.seedSamples();
        // what a user left: a 1920×1080 window, the list dragged to 601 px to see its four columns
        org.copydesk.storage.Settings settings = org.copydesk.storage.Settings.defaults();
        settings.setWindow(0, 0, 1920, 1080, false);
        settings.setPanelWidth("list", 601);
        settings.setPanelWidth("side", 340);
        MainWindow window = startWith(settings);
        waitUntil(() -> window.split().getWidth() > 1900 && ((Region) window.list().view()).getWidth() > 0);
        waitUntil(() -> Math.abs(((Region) window.list().view()).getWidth() - 601) < 3);
        waitUntil(() -> !window.list().isNarrow());
        assertThat(onFx(() -> window.sidePanels().getWidth())).isCloseTo(340, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void theRelatedTabsCompletionShowsWholeHeadlines() throws Exception {
        MainWindow window = open("en", 1920, 1080);
        onFx(() -> window.list().select("dockers-strike-halts-marseille-port"));
        waitUntil(() -> window.editor() != null && window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().id().equals("dockers-strike-halts-marseille-port"));
        onFx(() -> {
            window.showPanel("related");
            return null;
        });
        typeInto("#addLinkField", "Lyon");
        String lyon = "Lyon adopte un plan vélo de 200 millions d’euros";
        waitUntil(() -> popupCell(lyon) != null && popupCell(lyon).getWidth() > 0);
        // the headline lies inside the popup, not partly scrolled out of it to the right
        waitUntil(() -> {
            javafx.scene.control.ListCell<?> cell = popupCell(lyon);
            Node list = cell.getListView();
            Text text = (Text) cell.lookup(".text");
            return text != null && text.getText().equals(lyon)
                    && text.localToScreen(text.getBoundsInLocal()).getMaxX() <= list.localToScreen(list.getBoundsInLocal()).getMaxX();
        });
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /** The cell of the completion popup that shows {@code text}, or null. On the FX thread only. */
    private static javafx.scene.control.ListCell<?> popupCell(String text) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".auto-complete-popup .list-cell").stream())
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && text.equals(c.getText()))
                .map(n -> (javafx.scene.control.ListCell<?>) n).findFirst().orElse(null);
    }

    @Test
    void aNarrowListShowsEachHeadlineInFullWithItsStatusLanguageAndDateUnderIt() throws Exception {
        MainWindow window = open("en", 1024, 700);
        waitUntil(() -> window.list().isNarrow() && stage.getScene().lookup(".row-details") != null);
        assertThat(onFx(() -> window.list().table().getColumns().stream().filter(c -> c.isVisible()).count())).isEqualTo(1L);
        String details = onFx(() -> ((Text) stage.getScene().lookup(".row-details")).getText());
        assertThat(details).matches("(draft|editing|ready|exported) · [a-z]{2}(-[A-Z]{2})? · .+");

        onFx(() -> {
            stage.setWidth(1920);
            return null;
        });
        waitUntil(() -> window.split().getItems().contains(window.sidePanels()));
        onFx(() -> {
            // the list keeps its width; widen it as a user dragging the divider would
            window.split().setDividerPositions(0.4, 0.8);
            return null;
        });
        waitUntil(() -> !window.list().isNarrow());
        assertThat(onFx(() -> window.list().table().getColumns().stream().filter(c -> c.isVisible()).count())).isEqualTo(4L);
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndOffersToClearIt() throws Exception {
        MainWindow window = open("en", 1280, 800);
        clickWhenShown("#articleFilter");
        robot.write("zeppelinxyz");
        waitUntil(() -> window.list().table().getItems().isEmpty() && stage.getScene().lookup("#clearSearch") != null);
        assertThat(onFx(() -> ((Label) find("#listEmptyMessage")).getText())).isEqualTo("No article matches “zeppelinxyz”.");
        clickWhenShown("#clearSearch");
        waitUntil(() -> window.list().table().getItems().size() == 6);
        assertThat(onFx(() -> window.list().filterField().getText())).isEmpty();
    }

    @Test
    void theEmptyStateIsInFrenchToo() throws Exception {
        MainWindow window = open("fr", 1280, 800);
        clickWhenShown("#articleFilter");
        robot.write("zeppelinxyz");
        waitUntil(() -> window.list().table().getItems().isEmpty() && stage.getScene().lookup("#clearSearch") != null);
        assertThat(onFx(() -> ((Label) stage.getScene().lookup("#listEmptyMessage")).getText()))
                .isEqualTo("Aucun article ne correspond à « zeppelinxyz ».");
        assertThat(onFx(() -> ((Button) stage.getScene().lookup("#clearSearch")).getText())).isEqualTo("Effacer la recherche");
    }

    @Test
    void theLegendShowsEachMarksColourAndTheStoryTabKeepsItsFieldsOffThePanelsEdge() throws Exception {
        MainWindow window = open("en", 1600, 900);
        waitUntil(() -> window.split().getItems().contains(window.sidePanels()) && find("#storyInspector") != null
                && find("#storyInspector").isVisible());
        // the story tab's heading and fields sit inside the panel, not against its left edge
        double inset = onFx(() -> {
            Node heading = find("#storyInspector .panel-title");
            return heading.localToScene(heading.getBoundsInLocal()).getMinX()
                    - window.sidePanels().localToScene(window.sidePanels().getBoundsInLocal()).getMinX();
        });
        assertThat(inset).isGreaterThanOrEqualTo(6);

        onFx(() -> {
            window.sidePanels().getSelectionModel().select(window.sidePanels().getTabs().stream()
                    .filter(t -> t.getId().equals("languagesTab")).findFirst().orElseThrow());
            return null;
        });
        waitUntil(() -> find("#marksLegend .legend-swatch.lang-en") != null && find("#marksLegend").isVisible()
                && ((Region) find("#marksLegend .legend-swatch.lang-en")).getBackground() != null);
        // the legend says which colour marks English: its swatch is drawn in the colour of the English marks
        Color en = onFx(() -> (Color) ((Region) find("#marksLegend .legend-swatch.lang-en")).getBackground().getFills().get(0).getFill());
        Color fr = onFx(() -> (Color) ((Region) find("#marksLegend .legend-swatch.lang-fr")).getBackground().getFills().get(0).getFill());
        assertThat(en).isEqualTo(Color.web("#0072B2"));
        assertThat(fr).isEqualTo(Color.web("#D55E00"));
        double swatchWidth = onFx(() -> ((Region) find("#marksLegend .legend-swatch.lang-en")).getWidth());
        assertThat(swatchWidth).isGreaterThanOrEqualTo(20);
    }
}
