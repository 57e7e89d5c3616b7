package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.importing.CleanupItem;
import org.copydesk.importing.Headlines;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.importing.CleanupDialog;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is cut off: the main window (each side tab, the find bar), every dialog (File ▸ Sync too), each menu of the
 * menu bar with its submenus and the body's right-click menu, at 1024×700, 1280×800 and
 * 1920×1080, in English and in French, show every label, button, tab, cell, column header and prompt in full, each
 * dialog wholly on the screen; and the
 * body keeps a readable measure (at least 45 characters a line in the smallest window, at most 80 in the largest).
 */
class WindowFitTest extends FxTestBase {
    private static final String DOCKERS = "dockers-strike-halts-marseille-port";

    static Stream<Arguments> windows() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            all.add(Arguments.of(lang, 1024, 700));
            all.add(Arguments.of(lang, 1280, 800));
            all.add(Arguments.of(lang, 1920, 1080));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("windows")
    void everyLabelShowsItsWholeText(String lang, int width, int height) throws Exception {
        MainWindow window = open(lang, width, height);
        Set<String> problems = new LinkedHashSet<>();

        TabPane panels = window.sidePanels();
        for (Tab tab : onFx(() -> List.copyOf(panels.getTabs()))) {
            onFx(() -> {
                window.showPanel(tab.getId().replace("Tab", ""));
                return null;
            });
            problems.addAll(cutOff(stage.getScene(), "main window"));
        }
        fire(window, "menu.edit.find");
        waitUntil(() -> stage.getScene().lookup("#findField") != null && stage.getScene().lookup("#findField").isVisible());
        problems.addAll(cutOff(stage.getScene(), "main window"));

        problems.addAll(dialog(() -> fire(window, "menu.file.new"), "newArticleDialog"));
        problems.addAll(dialog(() -> fire(window, "menu.marks.fixQuotes"), "quoteFixDialog"));
        problems.addAll(dialog(() -> fire(window, "menu.help.shortcuts"), "shortcutsDialog"));
        problems.addAll(dialog(() -> fire(window, "menu.help.about"), "aboutDialog"));
        Article dockers = workspace.get(DOCKERS);
        problems.addAll(dialog(() -> new CleanupDialog(ctx, stage, dockers, List.of(
                new CleanupItem(CleanupItem.Kind.REMOVE_BOILERPLATE, 0, 40, "Subscribe to our newsletter for the latest port news",
                        "boilerplate", null, null),
                new CleanupItem(CleanupItem.Kind.MAKE_RELATED_LINK, 41, 90, "See also: Rail freight operators plan a weekend of reduced service",
                        "see also", "Rail freight operators plan a weekend of reduced service",
                        "rail-freight-operators-plan-weekend-of-reduced-service"),
                new CleanupItem(CleanupItem.Kind.MAKE_RELATED_LINK, 91, 120, "Read more: Ferry crews vote on a new contract",
                        "see also", "Ferry crews vote on a new contract", null)),
                Headlines.candidates(dockers.withBody(List.of(Paragraph.of("Port news: ferry crews vote on a new contract")))
                        .withHeadline(dockers.headline())), "fr-CH").show(), "cleanupDialog"));
        problems.addAll(dialog(() -> fire(window, "menu.file.export"), "exportDialog"));
        problems.addAll(dialog(() -> fire(window, "menu.file.sync"), "syncDialog"));
        problems.addAll(menus(window));
        problems.addAll(bodyContextMenu());

        assertThat(problems).as("text cut off in %s at %d×%d", lang, width, height).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theBodyKeepsAReadableMeasure(String lang) throws Exception {
        open(lang, 1024, 700);
        assertThat(charactersPerLine()).as("characters a line of the body at 1024×700").isGreaterThanOrEqualTo(45);
        onFx(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
            return null;
        });
        waitUntil(() -> stage.getScene().getWidth() >= 1900);
        assertThat(charactersPerLine()).as("characters a line of the body at 1920×1080 (a column, not the window)")
                .isBetween(55.0, 80.0);
    }

    static Stream<String> languages() {
        return Stream.of("en", "fr");
    }

    /** The finder finds: a label too narrow for its text is reported, one wide enough is not. */
    @Test
    void aLabelTooNarrowForItsTextIsFound() throws Exception {
        Label narrow = new Label("Desk status of the story");
        narrow.setMaxWidth(60);
        Label wide = new Label("Tags");
        HBox box = new HBox(8, narrow, wide);
        show(box, 300, 60);
        List<String> found = cutOff(stage.getScene(), "test");
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).contains("Desk status of the story");
    }

    // ------------------------------------------------------------------ helpers

    private MainWindow open(String lang, int width, int height) throws Exception {
        workspace.seedSamples();
        UiContext c = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages(lang));
        ctx = c;
        MainWindow window = showMainWindow(c, width, height);
        waitUntil(() -> window.list().table().getItems().size() == 6);
        onFx(() -> window.list().select(DOCKERS));
        waitUntil(() -> window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().id().equals(DOCKERS)
                && stage.getScene().lookup("#bodyArea .paragraph-text") != null);
        return window;
    }

    /** Fires a menu command the way a click on it does (a dialog it opens runs its own event loop). */
    static void fire(MainWindow window, String id) {
        Platform.runLater(() -> ListFirstWindow.menuItem(window, id).fire());
    }

    /** Opens a dialog, checks it once its content is there, and closes it (as Cancel or Close would). */
    private List<String> dialog(Runnable opener, String id) throws Exception {
        Platform.runLater(opener);
        waitUntil(() -> dialogWindow(id).isPresent() && ready(dialogWindow(id).get().getScene(), id));
        Window w = dialogWindow(id).orElseThrow();
        // measured once the window has its size: a dialog just shown is sized to its scene a pulse or two later (the
        // sync dialog's field was once measured 313 px wide, before its window had grown to the scene's 560)
        double[] size = {-1, -1};
        waitUntil(() -> {
            boolean same = w.getWidth() == size[0] && w.getHeight() == size[1];
            size[0] = w.getWidth();
            size[1] = w.getHeight();
            return same && laidOut(w.getScene().getRoot());
        });
        List<String> found = new ArrayList<>(cutOff(w.getScene(), id));
        found.addAll(onFx(() -> offScreen(w, id)));
        closeDialog(w, id);
        return found;
    }

    /**
     * A dialog lies wholly on the screen (one placed for a wider size than it then took started off the screen's left
     * edge, its header's first words and its left side out of reach). FX thread only.
     */
    private static List<String> offScreen(Window w, String id) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (w.getX() < screen.getMinX() - 1 || w.getY() < screen.getMinY() - 1
                || w.getX() + w.getWidth() > screen.getMaxX() + 1 || w.getY() + w.getHeight() > screen.getMaxY() + 1) {
            return List.of(id + ": " + w.getWidth() + "×" + w.getHeight() + " at " + w.getX() + "," + w.getY()
                    + " reaches off the screen " + screen);
        }
        return List.of();
    }

    /** The button that closes a dialog as Cancel or Close would (its first one when it has neither); FX thread only. */
    static Button closeButton(DialogPane pane) {
        ButtonType close = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData().isCancelButton() || b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElse(pane.getButtonTypes().get(0));
        return (Button) pane.lookupButton(close);
    }

    /** Closes the dialog with this id as Cancel or Close would, and waits until it is gone. */
    static void closeDialog(Window w, String id) throws Exception {
        onFx(() -> {
            if (w.getScene().getRoot() instanceof DialogPane pane) {
                closeButton(pane).fire();
            } else {
                ((Stage) w).close();
            }
            return null;
        });
        waitUntil(() -> dialogWindow(id).isEmpty());
    }

    /** Opens each menu of the menu bar, and each of its submenus, and reports what is cut off in their popups. */
    private List<String> menus(MainWindow window) throws Exception {
        List<String> found = new ArrayList<>();
        List<Menu> menus = onFx(() -> List.copyOf(((MenuBar) window.view().lookup("#menuBar")).getMenus()));
        for (Menu menu : menus) {
            String name = onFx(menu::getText);
            found.addAll(popup(() -> menu.show(), menu, "menu " + name));
            hide(menu);
            for (MenuItem item : onFx(() -> List.copyOf(menu.getItems()))) {
                if (item instanceof Menu sub && !onFx(sub::isDisable)) {
                    popup(() -> menu.show(), menu, "menu " + name);
                    found.addAll(popup(() -> sub.show(), sub, "menu " + name + " ▸ " + onFx(sub::getText)));
                    hide(menu);
                }
            }
        }
        return found;
    }

    /** Closes a menu (and its submenus) and waits until no menu popup shows. */
    private static void hide(Menu menu) throws Exception {
        onFx(() -> {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub) {
                    sub.hide();
                }
            }
            menu.hide();
            return null;
        });
        waitUntil(() -> showingMenuPopups().isEmpty());
    }

    /** The body's right-click menu (its fixed items: marks, language, cut, copy, paste), opened on the first word. */
    private List<String> bodyContextMenu() throws Exception {
        List<String> found = new ArrayList<>();
        ContextMenu menu = onFx(() -> ((GenericStyledArea<?, ?, ?>) stage.getScene().lookup("#bodyArea")).getContextMenu());
        found.addAll(popup(() -> {
            Node area = stage.getScene().lookup("#bodyArea");
            Bounds b = area.localToScreen(area.getBoundsInLocal());
            menu.show(area, b.getMinX() + 20, b.getMinY() + 20);
        }, menu, "body context menu"));
        for (MenuItem item : onFx(() -> List.copyOf(menu.getItems()))) {
            if (item instanceof Menu sub && !onFx(sub::isDisable)) {
                found.addAll(popup(() -> sub.show(), sub, "body context menu ▸ " + onFx(sub::getText)));
            }
        }
        onFx(() -> {
            menu.hide();
            return null;
        });
        waitUntil(() -> showingMenuPopups().isEmpty());
        return found;
    }

    /**
     * Shows a menu's popup (on the FX thread), waits until its items are laid out, and reports what is cut off in every
     * menu popup then showing (the menu's own, and the menu it hangs from).
     */
    private List<String> popup(Runnable show, Object menu, String where) throws Exception {
        onFx(() -> {
            show.run();
            return null;
        });
        waitUntil(() -> (menu instanceof Menu m ? m.isShowing() : ((ContextMenu) menu).isShowing())
                && showingMenuPopups().stream().allMatch(w -> w.getScene() != null && w.getScene().getRoot() != null));
        List<String> found = new ArrayList<>();
        for (Window w : onFx(WindowFitTest::showingMenuPopups)) {
            found.addAll(cutOff(w.getScene(), where));
        }
        return found;
    }

    /** The menu popups showing now (on the FX thread only). */
    private static List<Window> showingMenuPopups() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).toList();
    }

    static boolean ready(Scene scene, String id) {
        if (id.equals("exportDialog")) {
            Node articles = scene.lookup("#exportArticles");
            return articles instanceof TableView<?> t && !t.getItems().isEmpty()
                    || articles instanceof ListView<?> l && !l.getItems().isEmpty();
        }
        return true;
    }

    static Optional<Window> dialogWindow(String id) {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null
                        && id.equals(w.getScene().getRoot().getId()))
                .findFirst();
    }

    /** Lays the scene out now and reports what is cut off in it. */
    private static List<String> cutOff(Scene scene, String where) throws Exception {
        return onFx(() -> {
            Parent root = scene.getRoot();
            root.applyCss();
            root.layout();
            return CutOffText.in(root).stream().map(s -> where + ": " + s).toList();
        });
    }

    /**
     * Characters a line of the body holds: the width the first paragraph is laid out in, divided by the average width of
     * a character of that paragraph's own text in the body font.
     */
    private double charactersPerLine() throws Exception {
        return onFx(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            TextFlow paragraph = (TextFlow) stage.getScene().lookup("#bodyArea .paragraph-text");
            Text first = (Text) paragraph.getChildren().stream().filter(n -> n instanceof Text).findFirst().orElseThrow();
            StringBuilder s = new StringBuilder();
            paragraph.getChildren().stream().filter(n -> n instanceof Text).forEach(n -> s.append(((Text) n).getText()));
            Text probe = new Text(s.toString());
            probe.setFont(first.getFont());
            double perChar = probe.getLayoutBounds().getWidth() / s.length();
            double lineWidth = paragraph.getWidth() - paragraph.getInsets().getLeft() - paragraph.getInsets().getRight();
            return lineWidth / perChar;
        });
    }
}
