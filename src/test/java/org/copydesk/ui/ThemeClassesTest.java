package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.copydesk.build.ThemePruner;
import org.copydesk.importing.CleanupItem;
import org.copydesk.importing.Headlines;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.RecoveryJournal;
import org.copydesk.ui.importing.CleanupDialog;
import org.copydesk.ui.importing.FileDrops;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The style classes Copydesk's windows use, against the theme's pruned families ({@link ThemePruner#UNUSED}, whose
 * selectors the build removes from the Primer theme): the main window with an article open, each side tab, the find and
 * replace bar, the filter row's drop-downs and date pickers opened, a toolbar tooltip, every menu and submenu, the body's
 * right-click menu and every dialog (new article, quote fix, shortcuts, about, import with its result and clean-up
 * review, export, sync, sync settings, recovery) are walked, popups included ({@link Window#getWindows()}). A class of a
 * pruned family showing anywhere would lose its look; this test then names the class, where it showed and the list to
 * edit.
 */
class ThemeClassesTest extends FxTestBase {
    private static final String DOCKERS = "dockers-strike-halts-marseille-port";
    private static final String RAIL = "rail-freight-operators-plan-weekend-of-reduced-service";

    /** Style class → where it was first seen. */
    private final Map<String, String> seen = new TreeMap<>();

    @Test
    void noWindowOfTheAppShowsAStyleClassThatThePrunedThemeLeftOut() throws Exception {
        workspace.seedSamples();
        // the story opened in the window (and reviewed in the clean-up dialog)
        Article dockers = workspace.get(DOCKERS);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> window.editor() != null && window.list().table().getItems().size() == 6);
        onFx(() -> window.list().select(DOCKERS));
        waitUntil(() -> window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().id().equals(DOCKERS)
                && stage.getScene().lookup("#bodyArea .paragraph-text") != null);
        collect("main window");

        for (Tab tab : onFx(() -> List.copyOf(window.sidePanels().getTabs()))) {
            onFx(() -> {
                window.showPanel(tab.getId().replace("Tab", ""));
                return null;
            });
            collect("side tab " + tab.getId());
        }
        WindowFitTest.fire(window, "menu.edit.replace");
        waitUntil(() -> stage.getScene().lookup("#findField") != null && stage.getScene().lookup("#findField").isVisible());
        collect("find and replace bar");

        // the filter row (View ▸ Article filters) with its drop-downs and date pickers, each with its popup open
        onFx(() -> {
            window.list().filtersShownProperty().set(true);
            return null;
        });
        waitUntil(() -> stage.getScene().getRoot().lookupAll(".date-picker").stream().anyMatch(ThemeClassesTest::shown));
        List<ComboBoxBase<?>> pickers = onFx(() -> stage.getScene().getRoot().lookupAll(".combo-box-base").stream()
                .<ComboBoxBase<?>>map(n -> (ComboBoxBase<?>) n).filter(ThemeClassesTest::shown).toList());
        assertThat(pickers).as("the filter row's drop-downs and date pickers").hasSizeGreaterThanOrEqualTo(5);
        for (ComboBoxBase<?> p : pickers) {
            onFx(() -> {
                p.show();
                return null;
            });
            waitUntil(() -> p.isShowing() && popups().stream().anyMatch(w -> w.getScene().getRoot() != null));
            collect("popup of " + onFx(() -> p.getClass().getSimpleName() + " #" + p.getId()));
            onFx(() -> {
                p.hide();
                return null;
            });
            waitUntil(() -> !p.isShowing());
        }

        // a toolbar button's tooltip (made when the pointer first rests on the button)
        Control button = onFx(() -> (Control) stage.getScene().getRoot().lookupAll(".tool-button").iterator().next());
        Point2D centre = onFx(() -> {
            Bounds b = button.localToScreen(button.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.moveTo(centre);
        waitUntil(() -> button.getTooltip() != null);
        Tooltip tip = onFx(button::getTooltip);
        onFx(() -> {
            tip.show(stage);
            return null;
        });
        waitUntil(tip::isShowing);
        collect("toolbar tooltip");
        onFx(() -> {
            tip.hide();
            return null;
        });

        menus(window);
        bodyContextMenu();

        dialog(() -> WindowFitTest.fire(window, "menu.file.new"), "newArticleDialog");
        dialog(() -> WindowFitTest.fire(window, "menu.marks.fixQuotes"), "quoteFixDialog");
        dialog(() -> WindowFitTest.fire(window, "menu.help.shortcuts"), "shortcutsDialog");
        dialog(() -> WindowFitTest.fire(window, "menu.help.about"), "aboutDialog");
        dialog(() -> WindowFitTest.fire(window, "menu.file.export"), "exportDialog");
        dialog(() -> WindowFitTest.fire(window, "menu.file.sync"), "syncDialog");
        dialog(() -> WindowFitTest.fire(window, "menu.file.syncSettings"), "syncDialog");
        dialog(() -> new CleanupDialog(ctx, stage, dockers, List.of(
                new CleanupItem(CleanupItem.Kind.REMOVE_BOILERPLATE, 0, 40, "Subscribe to our newsletter for the latest port news",
                        "boilerplate", null, null),
                new CleanupItem(CleanupItem.Kind.MAKE_RELATED_LINK, 41, 90, "See also: Ferry crews vote on a new contract",
                        "see also", "Ferry crews vote on a new contract", null)),
                Headlines.candidates(dockers), "en").show(), "cleanupDialog");
        Path story = Files.writeString(tempDir.resolve("ferry.md"), "# Ferry service resumes\n\nThe ferry sails again.\n");
        dialog(() -> FileDrops.drop(window.list().view(), List.of(story)), "importDialog");
        // what a session killed while typing leaves behind, offered as on the next start
        Article rail = workspace.get(RAIL);
        try (RecoveryJournal j = new RecoveryJournal(workspace, Duration.ZERO)) {
            j.record(rail.withBody(List.of(Paragraph.of("Freight trains stop on Saturday."))));
            j.flush();
        }
        dialog(window::offerRecovery, "recoveryOffer");

        // the walk reached what it says it reached (a class of each kind of window and popup)
        assertThat(seen.keySet()).contains("copydesk", "table-view", "tab-pane", "tool-bar", "menu-bar", "context-menu",
                "combo-box-popup", "date-picker-popup", "spinner", "tooltip", "dialog-pane", "export-dialog", "sync-dialog",
                "cleanup-dialog", "find-bar", "history-panel", "related-sidebar", "story-inspector");

        Map<String, String> familyOf = new TreeMap<>();
        ThemePruner.UNUSED.forEach(f -> f.styleClasses().forEach(c -> familyOf.put(c, f.name())));
        List<String> used = seen.entrySet().stream().filter(e -> familyOf.containsKey(e.getKey()))
                .map(e -> "." + e.getKey() + " (family \"" + familyOf.get(e.getKey()) + "\") shows in " + e.getValue())
                .toList();
        assertThat(used).as("style classes that the build prunes from the theme (org.copydesk.build.ThemePruner.UNUSED) "
                + "but a window of the app shows: take their family off ThemePruner.UNUSED").isEmpty();
    }

    /** The app's own stylesheets style no class of a pruned family (such a rule would style a control the app lacks). */
    @Test
    void theAppsOwnStylesheetsNameNoPrunedClass() throws Exception {
        Set<String> pruned = ThemePruner.prunedClasses();
        List<String> named = new ArrayList<>();
        Path ui = Path.of(ThemeClassesTest.class.getResource("/org/copydesk/ui/copydesk.css").toURI()).getParent();
        List<Path> sheets;
        try (Stream<Path> walk = Files.walk(ui)) {
            sheets = walk.filter(p -> p.toString().endsWith(".css") && !p.getParent().getFileName().toString().equals("theme"))
                    .sorted().toList();
        }
        assertThat(sheets).extracting(p -> p.getFileName().toString()).contains("copydesk.css", "editor.css", "export.css");
        for (Path sheet : sheets) {
            for (Rule r : new CssParser().parse(sheet.toUri().toURL()).getRules()) {
                for (Selector s : r.getSelectors()) {
                    if (classesOf(s).stream().anyMatch(pruned::contains)) {
                        named.add(ui.relativize(sheet) + ": " + s);
                    }
                }
            }
        }
        assertThat(named).as("selectors of the app's stylesheets naming a class of ThemePruner.UNUSED").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** Records the style classes of every node in every showing window (on the FX thread, laid out first). */
    private void collect(String where) throws Exception {
        onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                    Parent root = w.getScene().getRoot();
                    root.applyCss();
                    root.layout();
                    walk(root, where + (w == stage ? "" : " (" + windowName(w) + ")"));
                }
            }
            return null;
        });
    }

    private void walk(Node n, String where) {
        for (String c : n.getStyleClass()) {
            seen.putIfAbsent(c, where + ": " + n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()));
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, where);
            }
        }
    }

    private static String windowName(Window w) {
        Parent root = w.getScene().getRoot();
        return (w instanceof PopupWindow ? "popup" : w.getClass().getSimpleName()) + (root.getId() == null ? "" : " #" + root.getId());
    }

    /** The popup windows showing now (on the FX thread only). */
    private static List<Window> popups() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene() != null).toList();
    }

    /** Opens each menu of the menu bar, and each of its submenus, and records what their popups show. */
    private void menus(MainWindow window) throws Exception {
        List<Menu> menus = onFx(() -> List.copyOf(((MenuBar) window.view().lookup("#menuBar")).getMenus()));
        for (Menu menu : menus) {
            String name = onFx(menu::getText);
            showMenu(menu::show, menu, "menu " + name);
            for (MenuItem item : onFx(() -> List.copyOf(menu.getItems()))) {
                if (item instanceof Menu sub && !onFx(sub::isDisable)) {
                    showMenu(sub::show, sub, "menu " + name + " ▸ " + onFx(sub::getText));
                }
            }
            onFx(() -> {
                menu.getItems().stream().filter(i -> i instanceof Menu).forEach(i -> ((Menu) i).hide());
                menu.hide();
                return null;
            });
            waitUntil(() -> popups().stream().noneMatch(w -> w instanceof ContextMenu));
        }
    }

    private void showMenu(Runnable show, Menu menu, String where) throws Exception {
        onFx(() -> {
            show.run();
            return null;
        });
        waitUntil(menu::isShowing);
        collect(where);
    }

    /** The body's right-click menu and its submenus. */
    private void bodyContextMenu() throws Exception {
        ContextMenu menu = onFx(() -> ((GenericStyledArea<?, ?, ?>) stage.getScene().lookup("#bodyArea")).getContextMenu());
        onFx(() -> {
            Node area = stage.getScene().lookup("#bodyArea");
            var b = area.localToScreen(area.getBoundsInLocal());
            menu.show(area, b.getMinX() + 20, b.getMinY() + 20);
            return null;
        });
        waitUntil(menu::isShowing);
        collect("body context menu");
        for (MenuItem item : onFx(() -> List.copyOf(menu.getItems()))) {
            if (item instanceof Menu sub && !onFx(sub::isDisable)) {
                showMenu(sub::show, sub, "body context menu ▸ " + onFx(sub::getText));
            }
        }
        onFx(() -> {
            menu.hide();
            return null;
        });
        waitUntil(() -> popups().stream().noneMatch(w -> w instanceof ContextMenu));
    }

    /** Opens a dialog, records its classes once it is laid out, and closes it (as Cancel or Close would). */
    private void dialog(Runnable opener, String id) throws Exception {
        Platform.runLater(opener);
        waitUntil(() -> WindowFitTest.dialogWindow(id).isPresent()
                && WindowFitTest.ready(WindowFitTest.dialogWindow(id).get().getScene(), id));
        Window w = onFx(() -> WindowFitTest.dialogWindow(id).orElseThrow());
        waitUntil(() -> laidOut(w.getScene().getRoot()));
        collect("dialog " + id);
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            // (the import's Close is enabled once every file is imported)
            Button close = onFx(() -> WindowFitTest.closeButton(pane));
            waitUntil(() -> !close.isDisabled());
            collect("dialog " + id + ", done");
        }
        WindowFitTest.closeDialog(w, id);
    }

    /** The style classes a selector names (its own and, for a compound one, its parts'). */
    private static Set<String> classesOf(Selector s) {
        if (s instanceof CompoundSelector c) {
            return c.getSelectors().stream().flatMap(p -> classesOf(p).stream()).collect(Collectors.toSet());
        }
        return Set.copyOf(((SimpleSelector) s).getStyleClasses());
    }

    /** Whether a node and all its parents are visible (a control in a tab not selected is not). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
