package org.copydesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.copydesk.ui.common.Icons;
import org.copydesk.ui.common.Look;
import org.copydesk.storage.Settings;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;

/**
 * The window's chrome around the story: the View menu (theme, zoom, panels, focus mode, interface language), the Help
 * menu (keyboard shortcuts, about), the toolbar, and keeping the look and the panels in the settings.
 */
final class WindowChrome {
    /** The panels' first widths at 100 %; at another zoom they are as much wider (their text is). */
    static final double DEFAULT_LIST_WIDTH = 260;
    static final double DEFAULT_SIDE_WIDTH = 340;
    /**
     * Below this window width the side panel leaves the split and folds to a strip of its tab names at the right edge;
     * a tab opens it as a drawer over the story. Three columns at 1024 px would leave the body about 40 characters a
     * line; with the strip it keeps its full measure.
     */
    static final double COMPACT_BELOW = 1200;

    private final UiContext ctx;
    private final Stage stage;
    private final Parent root;
    private final SplitPane split;
    private final Node listPane;
    private final TabPane sidePane;
    private final StackPane centre;
    private final VBox strip = new VBox();
    private final ToggleGroup stripGroup = new ToggleGroup();
    private final BorderPane area = new BorderPane();
    private boolean compact;
    private boolean sideShown = true;
    private final Settings settings;
    private final Path settingsFile;
    private final boolean desktopDark;
    private final Runnable onZoom;
    private final CheckMenuItem showList = new CheckMenuItem();
    private final CheckMenuItem showSide = new CheckMenuItem();
    private final CheckMenuItem focus = new CheckMenuItem();
    private final ToolBar toolbar = new ToolBar();
    private double listWidth;
    private double sideWidth;
    /** Whether the panels were placed narrower than remembered, the window being too small for them. */
    private boolean squeezed;
    private MenuBar menuBar;
    private final TabTitlesFit tabTitles;

    WindowChrome(UiContext ctx, Stage stage, Parent root, SplitPane split, Node listPane, TabPane sidePane, Settings settings,
            Path settingsFile, boolean desktopDark, Runnable onZoom) {
        this.ctx = ctx;
        this.stage = stage;
        this.root = root;
        this.split = split;
        this.listPane = listPane;
        this.sidePane = sidePane;
        this.settings = settings;
        this.settingsFile = settingsFile;
        this.desktopDark = desktopDark;
        this.onZoom = onZoom;
        this.tabTitles = TabTitlesFit.install(sidePane);
        this.centre = new StackPane(split);
        centre.getStyleClass().add("window-centre");
        area.setCenter(centre);
        strip.setId("sideStrip");
        strip.getStyleClass().add("side-strip");
        strip.setVisible(false);
        strip.setManaged(false);
        sidePane.getTabs().addListener((ListChangeListener<Tab>) c -> {
            if (area.getRight() != null) {
                buildStrip();
            }
        });
        stripGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                closeDrawer();
            } else {
                openDrawer((Tab) t.getUserData());
            }
        });
        // a tab picked in the open drawer's own headers is the one the strip shows pressed
        sidePane.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (drawerOpen() && tab != null) {
                stripGroup.getToggles().stream().filter(t -> t.getUserData() == tab).findFirst().ifPresent(stripGroup::selectToggle);
            }
        });
        // Escape closes the drawer; the story keeps the caret where it was
        sidePane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && drawerOpen()) {
                stripGroup.selectToggle(null);
                e.consume();
            }
        });
        area.widthProperty().addListener((o, a, w) -> setCompact(w.doubleValue() > 0 && w.doubleValue() < COMPACT_BELOW));
        // the widths the panels had when the window closed, at the zoom it had (which is the zoom now)
        this.listWidth = settings.panelWidth("list", DEFAULT_LIST_WIDTH * settings.zoom());
        this.sideWidth = settings.panelWidth("side", DEFAULT_SIDE_WIDTH * settings.zoom());
        Look.applyTheme(dark(settings.theme()), root);
        Look.applyZoom(root, settings.zoom());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int direction = zoomKey(e);
            if (direction != NO_ZOOM) {
                zoom(direction);
                e.consume();
            }
        });
    }

    static final int NO_ZOOM = Integer.MIN_VALUE;

    /**
     * The zoom keys as keyboards send them, beside the menu's own Ctrl++, Ctrl+- and Ctrl+0: on US and French keyboards
     * "+" is Shift+= and arrives as {@code EQUALS} (only a keyboard with a "+" key of its own sends {@code PLUS}, which
     * the menu's accelerator matches), and the keypad's +, - and 0 are keys of their own. 1 in, -1 out, 0 back to
     * 100 %, {@link #NO_ZOOM} for any other key.
     */
    static int zoomKey(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return NO_ZOOM;
        }
        return switch (e.getCode()) {
            case EQUALS, ADD -> 1;
            case SUBTRACT -> -1;
            case NUMPAD0 -> 0;
            default -> NO_ZOOM;
        };
    }

    private boolean dark(String theme) {
        return Look.dark(theme, desktopDark);
    }

    Settings settings() {
        return settings;
    }

    Path settingsFile() {
        return settingsFile;
    }

    // ------------------------------------------------------------------ panels

    /** Sets the panels as the settings say, once the split has its width. */
    void restorePanels() {
        if (!settings.panelVisible("list")) {
            setListVisible(false);
        }
        if (!settings.panelVisible("side")) {
            setSideVisible(false);
        }
        showList.setSelected(settings.panelVisible("list"));
        showSide.setSelected(settings.panelVisible("side"));
        split.widthProperty().addListener((o, a, w) -> {
            // placed again when the window grows after a placement that had to narrow the panels: the window is laid
            // out once at its first size before it takes the remembered bounds
            if (a.doubleValue() == 0 && w.doubleValue() > 0) {
                placeDividers();
            } else if (squeezed && w.doubleValue() > a.doubleValue()) {
                // after the split's own layout at the new width, which keeps the panels' pixel widths
                Platform.runLater(this::placeDividers);
            }
        });
        if (split.getWidth() > 0) {
            placeDividers();
        }
    }

    /**
     * Divider positions from the remembered pixel widths, as they were when they leave the body at least half the
     * window; else the list takes at most a quarter of it and the side panel 30 %.
     */
    private void placeDividers() {
        double w = split.getWidth();
        if (w <= 0) {
            return;
        }
        boolean list = split.getItems().contains(listPane);
        boolean side = split.getItems().contains(sidePane);
        squeezed = (list ? listWidth : 0) + (side ? sideWidth : 0) > w / 2;
        double l = squeezed ? Math.min(listWidth, w * 0.25) : listWidth;
        double s = squeezed ? Math.min(sideWidth, w * 0.3) : sideWidth;
        if (list && side) {
            split.setDividerPositions(l / w, 1 - s / w);
        } else if (list) {
            split.setDividerPositions(l / w);
        } else if (side) {
            split.setDividerPositions(1 - s / w);
        }
    }

    /** Remembers the current widths (before a panel goes away, and on close). */
    private void measure() {
        double w = split.getWidth();
        double[] d = split.getDividerPositions();
        boolean list = split.getItems().contains(listPane);
        boolean side = split.getItems().contains(sidePane);
        if (w <= 0) {
            return;
        }
        if (list && d.length > 0) {
            listWidth = d[0] * w;
        }
        if (side && d.length > 0) {
            sideWidth = (1 - d[d.length - 1]) * w;
        }
    }

    void setListVisible(boolean visible) {
        measure();
        ObservableList<Node> items = split.getItems();
        if (visible && !items.contains(listPane)) {
            items.add(0, listPane);
        } else if (!visible) {
            items.remove(listPane);
        }
        showList.setSelected(visible);
        placeDividers();
    }

    void setSideVisible(boolean visible) {
        measure();
        sideShown = visible;
        ObservableList<Node> items = split.getItems();
        if (!visible || compact) {
            closeDrawer();
            items.remove(sidePane);
        }
        if (visible && !compact && !items.contains(sidePane)) {
            sidePane.setMaxWidth(Double.MAX_VALUE);
            sidePane.getStyleClass().remove("side-drawer");
            items.add(sidePane);
        }
        if (compact && area.getRight() == null) {
            // the strip is made the first time the window is narrow: a wide window never shows it
            buildStrip();
            area.setRight(strip);
        }
        strip.setVisible(visible && compact);
        strip.setManaged(visible && compact);
        showSide.setSelected(visible);
        placeDividers();
    }

    /** Whether the side panel is folded to its strip (a narrow window). */
    boolean compact() {
        return compact;
    }

    private void setCompact(boolean on) {
        if (on == compact) {
            return;
        }
        measure();
        compact = on;
        setSideVisible(sideShown);
    }

    /** The story area: the split, the drawer over it, and the strip of side tabs when the window is narrow. */
    Node area() {
        return area;
    }

    /** Brings a side tab to the front; in a narrow window, opens it as the drawer. */
    void reveal(Tab tab) {
        sidePane.getSelectionModel().select(tab);
        if (compact && sideShown) {
            stripGroup.getToggles().stream().filter(t -> t.getUserData() == tab).findFirst().ifPresent(stripGroup::selectToggle);
        }
    }

    private void buildStrip() {
        stripGroup.selectToggle(null);
        stripGroup.getToggles().clear();
        strip.getChildren().clear();
        for (Tab tab : sidePane.getTabs()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(tab.textProperty());
            b.setId("strip-" + tab.getId());
            b.getStyleClass().add("side-strip-button");
            b.setUserData(tab);
            b.setToggleGroup(stripGroup);
            b.setFocusTraversable(false);
            b.setRotate(90);
            strip.getChildren().add(new Group(b));
        }
    }

    private boolean drawerOpen() {
        return centre.getChildren().contains(sidePane);
    }

    private void openDrawer(Tab tab) {
        sidePane.getSelectionModel().select(tab);
        if (!drawerOpen()) {
            split.getItems().remove(sidePane);
            double w = Math.min(sideWidth, Math.max(280, centre.getWidth() * 0.6));
            sidePane.setPrefWidth(w);
            sidePane.setMaxWidth(w);
            sidePane.setMaxHeight(Double.MAX_VALUE);
            if (!sidePane.getStyleClass().contains("side-drawer")) {
                sidePane.getStyleClass().add("side-drawer");
            }
            StackPane.setAlignment(sidePane, Pos.CENTER_RIGHT);
            centre.getChildren().add(sidePane);
        }
    }

    private void closeDrawer() {
        if (drawerOpen()) {
            centre.getChildren().remove(sidePane);
            sidePane.getStyleClass().remove("side-drawer");
            sidePane.setMaxWidth(Double.MAX_VALUE);
            sidePane.setPrefWidth(Region.USE_COMPUTED_SIZE);
        }
        if (stripGroup.getSelectedToggle() != null) {
            stripGroup.selectToggle(null);
        }
    }

    private boolean focusList;
    private boolean focusSide;

    /** Focus mode: only the story (and the menu); again, and the panels come back as they were. */
    void setFocusMode(boolean on) {
        if (on) {
            focusList = split.getItems().contains(listPane);
            focusSide = sideShown;
            setListVisible(false);
            setSideVisible(false);
        } else {
            setListVisible(focusList || !split.getItems().contains(listPane) && focusList);
            setSideVisible(focusSide);
        }
        toolbar.setVisible(!on);
        toolbar.setManaged(!on);
        focus.setSelected(on);
    }

    // ------------------------------------------------------------------ menus

    Menu viewMenu() {
        Menu view = new Menu(ctx.text("menu.view"));
        view.setId("menu.view");
        Menu theme = new Menu(ctx.text("menu.view.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (String t : List.of("light", "dark", "system")) {
            RadioMenuItem mi = new RadioMenuItem(ctx.text("menu.view.theme." + t));
            mi.setId("menu.view.theme." + t);
            mi.setToggleGroup(themes);
            mi.setSelected(settings.theme().equals(t));
            mi.setOnAction(e -> {
                settings.setTheme(t);
                Look.applyTheme(dark(t), root);
            });
            theme.getItems().add(mi);
        }
        MenuItem zoomIn = ctx.menuItem("menu.view.zoomIn", null, () -> zoom(1));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem zoomOut = ctx.menuItem("menu.view.zoomOut", null, () -> zoom(-1));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem zoomReset = ctx.menuItem("menu.view.zoomReset", null, () -> zoom(0));
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        showList.setText(ctx.text("menu.view.list"));
        showList.setId("menu.view.list");
        showList.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        showList.setSelected(true);
        showList.setOnAction(e -> setListVisible(showList.isSelected()));
        showSide.setText(ctx.text("menu.view.side"));
        showSide.setId("menu.view.side");
        showSide.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        showSide.setSelected(true);
        showSide.setOnAction(e -> setSideVisible(showSide.isSelected()));
        focus.setText(ctx.text("menu.view.focus"));
        focus.setId("menu.view.focus");
        focus.setAccelerator(KeyCombination.keyCombination("F11"));
        focus.setOnAction(e -> setFocusMode(focus.isSelected()));
        Menu language = new Menu(ctx.text("menu.view.uiLanguage"));
        ToggleGroup langs = new ToggleGroup();
        for (String l : List.of("", "en", "fr")) {
            String key = "menu.view.uiLanguage." + (l.isEmpty() ? "system" : l);
            RadioMenuItem mi = new RadioMenuItem(ctx.text(key));
            mi.setId(key);
            mi.setToggleGroup(langs);
            mi.setSelected(settings.uiLanguage().equals(l));
            mi.setOnAction(e -> {
                settings.setUiLanguage(l);
                Alert a = new Alert(Alert.AlertType.INFORMATION, ctx.text("menu.view.uiLanguage.restart"));
                a.initOwner(stage);
                a.setHeaderText(null);
                a.show();
            });
            language.getItems().add(mi);
        }
        view.getItems().addAll(theme, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(),
                showList, showSide, focus, new SeparatorMenuItem(), language);
        icon(showList, "fth-sidebar");
        icon(showSide, "fth-columns");
        icon(focus, "fth-maximize-2");
        icon(zoomIn, "fth-zoom-in");
        icon(zoomOut, "fth-zoom-out");
        icon(theme, "fth-moon");
        return view;
    }

    Menu helpMenu() {
        Menu help = new Menu(ctx.text("menu.help"));
        help.setId("menu.help");
        MenuItem keys = ctx.menuItem("menu.help.shortcuts", "F1", this::showShortcuts);
        MenuItem about = ctx.menuItem("menu.help.about", null, this::showAbout);
        icon(keys, "fth-command");
        icon(about, "fth-info");
        help.getItems().addAll(keys, about);
        return help;
    }

    private void zoom(int direction) {
        double was = settings.zoom();
        double z = direction == 0 ? 1.0 : Look.step(was, direction);
        // the panels grow and shrink with their text: a side panel as wide at 150 % as at 100 % scrolled sideways (the
        // widths are measured unless the window had narrowed them: then they are still the ones remembered)
        if (!squeezed) {
            measure();
        }
        listWidth *= z / was;
        sideWidth *= z / was;
        settings.setZoom(z);
        Look.applyZoom(root, z);
        placeDividers();
        tabTitles.fitLater();
        onZoom.run();
    }

    /** Help ▸ Keyboard shortcuts: every menu command that has keys, read from the menus themselves. */
    void showShortcuts() {
        TableView<String[]> table = new TableView<>();
        table.setId("shortcutTable");
        TableColumn<String[], String> action = new TableColumn<>(ctx.text("help.shortcuts.action"));
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[0]));
        TableColumn<String[], String> keys = new TableColumn<>(ctx.text("help.shortcuts.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[1]));
        action.setPrefWidth(330);
        keys.setPrefWidth(170);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<String[]> rows = new ArrayList<>();
        for (Menu m : menuBar.getMenus()) {
            collect(m, rows);
        }
        table.getItems().setAll(rows);
        table.setPrefSize(540, 460);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(ctx.text("help.shortcuts.title"));
        a.setHeaderText(ctx.text("help.shortcuts.title"));
        a.getDialogPane().setContent(table);
        a.getDialogPane().setId("shortcutsDialog");
        a.setResizable(true);
        a.show();
    }

    private static void collect(Menu menu, List<String[]> rows) {
        for (MenuItem mi : menu.getItems()) {
            if (mi instanceof Menu sub) {
                collect(sub, rows);
            } else if (mi.getAccelerator() != null && mi.getText() != null) {
                rows.add(new String[] {mi.getText().replace("_", "").replace("…", ""), mi.getAccelerator().getDisplayText()});
            }
        }
    }

    private void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        Look.placeByShownWidth(a);
        a.initOwner(stage);
        a.setTitle(ctx.text("help.about.title"));
        a.setHeaderText(ctx.text("help.about.header", Optional.ofNullable(WindowChrome.class.getPackage().getImplementationVersion()).orElse("0.1.0")));
        Label text = new Label(ctx.text("help.about.text", settingsFile == null ? "—" : settingsFile, ctx.workspace().root()));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("aboutDialog");
        a.show();
    }

    // ------------------------------------------------------------------ toolbar

    /** The toolbar: icon buttons for the menu commands used most, each with its name and keys as a tooltip. */
    ToolBar toolbar(MenuBar bar) {
        this.menuBar = bar;
        toolbar.setId("toolbar");
        toolbar.getItems().addAll(button("menu.file.new", "fth-file-plus"), button("menu.file.import", "fth-download"),
                button("menu.file.save", "fth-save"), button("menu.file.export", "fth-upload"), button("menu.file.sync", "fth-refresh-cw"),
                new Separator(Orientation.VERTICAL),
                button("menu.edit.undo", "fth-corner-up-left"), button("menu.edit.redo", "fth-corner-up-right"),
                button("menu.edit.find", "fth-search"), new Separator(Orientation.VERTICAL),
                button("menu.marks.fixQuotes", "fth-type"), button("menu.marks.nextForeign", "fth-globe"),
                button("menu.marks.nextIssue", "fth-alert-triangle"), new Separator(Orientation.VERTICAL),
                button("menu.view.list", "fth-sidebar"), button("menu.view.side", "fth-columns"),
                button("menu.view.focus", "fth-maximize-2"));
        toolbar.getItems().removeIf(n -> n == null);
        // menu items with icons too
        for (String[] k : new String[][] {{"menu.file.new", "fth-file-plus"}, {"menu.file.import", "fth-download"},
                {"menu.file.save", "fth-save"}, {"menu.file.export", "fth-upload"}, {"menu.edit.find", "fth-search"},
                {"menu.marks.fixQuotes", "fth-type"}, {"menu.edit.undo", "fth-corner-up-left"}, {"menu.edit.redo", "fth-corner-up-right"}}) {
            find(k[0]).ifPresent(mi -> icon(mi, k[1]));
        }
        return toolbar;
    }

    private Node button(String menuId, String icon) {
        Optional<MenuItem> item = find(menuId);
        if (item.isEmpty()) {
            return null;
        }
        MenuItem mi = item.get();
        Button b = new Button();
        b.setGraphic(Icons.of(icon));
        b.setId("tool-" + menuId);
        b.getStyleClass().add("tool-button");
        String name = mi.getText().replace("_", "").replace("…", ""); // the menu's own words (Import's text has a key of its own)
        Tips.set(b, mi.getAccelerator() == null ? name : ctx.text("toolbar.tooltip", name, mi.getAccelerator().getDisplayText()));
        b.setAccessibleText(name);
        b.setFocusTraversable(false);
        b.disableProperty().bind(mi.disableProperty());
        b.setOnAction(e -> {
            if (mi instanceof CheckMenuItem c) {
                c.setSelected(!c.isSelected());
            }
            mi.fire();
        });
        return b;
    }

    private Optional<MenuItem> find(String id) {
        for (Menu m : menuBar.getMenus()) {
            Optional<MenuItem> f = find(m, id);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** The item with this id in a menu or its submenus. */
    static Optional<MenuItem> find(Menu menu, String id) {
        for (MenuItem mi : menu.getItems()) {
            if (id.equals(mi.getId())) {
                return Optional.of(mi);
            }
            if (mi instanceof Menu sub) {
                Optional<MenuItem> f = find(sub, id);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static void icon(MenuItem mi, String icon) {
        mi.setGraphic(Icons.of(icon));
    }

    // ------------------------------------------------------------------ settings

    /** Puts the window's state into the settings (on close). */
    void capture(String openArticle, int caret) {
        measure();
        settings.setPanelWidth("list", listWidth);
        settings.setPanelWidth("side", sideWidth);
        boolean focusOn = focus.isSelected();
        settings.setPanelVisible("list", focusOn ? focusList : split.getItems().contains(listPane));
        settings.setPanelVisible("side", focusOn ? focusSide : sideShown);
        if (!stage.isMaximized()) {
            settings.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        } else {
            double[] b = settings.windowBounds();
            settings.setWindow(b == null ? 0 : b[0], b == null ? 0 : b[1], b == null ? 1280 : b[2], b == null ? 800 : b[3], true);
        }
        if (openArticle != null) {
            settings.setLastArticle(openArticle, caret);
        }
    }

    /** Window bounds from the settings, when they were saved (before the window is shown). */
    void restoreBounds() {
        double[] b = settings.windowBounds();
        if (b != null) {
            // kept on a screen that is there now: a window saved on a larger or detached screen is shrunk and moved in
            Rectangle2D screen = Screen.getScreensForRectangle(b[0], b[1], b[2], b[3])
                    .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            double width = Math.min(b[2], screen.getWidth());
            double height = Math.min(b[3], screen.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(Math.max(screen.getMinX(), Math.min(b[0], screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(b[1], screen.getMaxY() - height)));
        }
        stage.setMaximized(settings.windowMaximized());
    }
}
