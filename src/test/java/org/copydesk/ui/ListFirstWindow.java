package org.copydesk.ui;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.copydesk.storage.Settings;
import org.copydesk.ui.common.UiContext;

/** The main window started list first, as the app starts it: the story and side panel wait for {@code showRest()}. */
final class ListFirstWindow {
    private ListFirstWindow() {
    }

    /**
     * Builds the window over {@code ctx}'s workspace in {@code stage} at the given size, shows it and starts reading the
     * list (on the FX thread; the list fills later).
     */
    static MainWindow show(UiContext ctx, Stage stage, Settings settings, double width, double height) {
        MainWindow w = new MainWindow(ctx, stage, settings, null, false, true);
        stage.setScene(new Scene(w.view(), width, height));
        stage.sizeToScene();
        stage.show();
        w.loadWorkspace();
        return w;
    }

    /** The window's menu item with this id, in any menu or submenu of its menu bar (on the FX thread). */
    static MenuItem menuItem(MainWindow w, String id) {
        for (Menu m : ((MenuBar) w.view().lookup("#menuBar")).getMenus()) {
            Optional<MenuItem> found = WindowChrome.find(m, id);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
