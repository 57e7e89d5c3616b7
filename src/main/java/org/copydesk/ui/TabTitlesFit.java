package org.copydesk.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Keeps every tab title of the side panel whole ("History", not "His" behind the overflow arrow): when the tabs at
 * the window's zoom are wider together than the panel, the header row is set in a smaller size (titles and the tabs'
 * padding, which is in em), just small enough to fit, and back at the window's size once there is room (a wider panel,
 * a smaller zoom). Only the tab row shrinks; the panel's contents keep the zoom. Checked when the panel's width changes, a title changes (another interface language) and
 * after a zoom step ({@link #fitLater()}).
 */
final class TabTitlesFit {
    /** The smallest title size (px) the titles go down to; a panel too narrow even for that shows the overflow arrow. */
    private static final double MIN_PX = 8;
    /** What JavaFX's tab pane keeps free beside the headers (TabPaneSkin's SPACER). */
    private static final double SPACER = 10;

    private final TabPane pane;
    private boolean queued;

    private TabTitlesFit(TabPane pane) {
        this.pane = pane;
    }

    static TabTitlesFit install(TabPane pane) {
        TabTitlesFit fit = new TabTitlesFit(pane);
        InvalidationListener later = o -> fit.fitLater();
        pane.widthProperty().addListener(later);
        pane.skinProperty().addListener(later);
        pane.sceneProperty().addListener(later);
        for (Tab t : pane.getTabs()) {
            t.textProperty().addListener(later);
        }
        pane.getTabs().addListener((ListChangeListener<Tab>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(t -> t.textProperty().addListener(later));
            }
            fit.fitLater();
        });
        return fit;
    }

    /** Fits the titles after the current event (once, however many changes come before it). */
    void fitLater() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                fit();
            });
        }
    }

    private void fit() {
        Region area = (Region) pane.lookup(".tab-header-area");
        List<Label> labels = pane.lookupAll(".tab-header-area .tab-label").stream()
                .filter(n -> n instanceof Label).map(n -> (Label) n).toList();
        if (area == null || labels.isEmpty() || pane.getWidth() <= 0) {
            return;
        }
        Insets in = area.getInsets();
        Region headersRegion = (Region) pane.lookup(".tab-header-area .headers-region");
        Node buttons = pane.lookup(".tab-header-area .control-buttons-tab");
        // what the headers may take before the tab pane hides the last behind its arrow: the header row's width less
        // its insets, the arrow's place and the spacing the tab pane keeps (JavaFX's TabPaneSkin.tabsFit), a pixel
        double width = area.getWidth() > 0 ? area.getWidth() : pane.getWidth();
        double room = width - in.getLeft() - in.getRight() - (buttons == null ? 0 : buttons.prefWidth(-1)) - SPACER - 1;
        // the titles at the window's own size first: they take it again whenever it fits
        setSize(area, null);
        double size = labels.get(0).getFont().getSize();
        for (int i = 0; i < 4; i++) {
            double headers = 0;
            double text = 0;
            if (headersRegion != null) {
                headers = headersRegion.prefWidth(-1);
            } else {
                for (Node tab : pane.lookupAll(".tab-header-area .tab")) {
                    headers += ((Region) tab).prefWidth(-1);
                }
            }
            for (Label l : labels) {
                Text t = new Text(l.getText());
                t.setFont(l.getFont());
                text += t.getLayoutBounds().getWidth();
            }
            if (headers <= room || text <= 0) {
                return;
            }
            // the tabs' widths go with their size (their padding is in em): a size in proportion, again if some part
            // of them did not follow
            double next = Math.floor(size * room / headers * 4) / 4;
            next = Math.max(MIN_PX, Math.min(next, size - 0.25));
            if (next >= size) {
                return;
            }
            size = next;
            setSize(area, size);
        }
    }

    /** The header row's font size (its tabs, their padding and titles follow), or the window's own for null. */
    private static void setSize(Region area, Double px) {
        area.setStyle(px == null ? "" : String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px));
        area.applyCss();
    }
}
