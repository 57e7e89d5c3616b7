package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.copydesk.storage.Settings;
import org.copydesk.ui.common.Icons;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.Tips;
import org.junit.jupiter.api.Test;

/**
 * The toolbar's buttons as the user sees them in the light and the dark theme: each shows its icon, drawn in the
 * text's colour in an {@value Icons#SIZE} px square (fainter on a disabled button), and names its command and keys in
 * its tooltip and to a screen reader.
 */
class ToolbarIconsTest extends FxTestBase {
    /** How far a pixel's brightness must be from the toolbar's to count as the icon's ink. */
    private static final double INK = 0.2;

    @Test
    void everyToolbarButtonShowsItsIconInBothThemesAndNamesItsCommand() throws Exception {
        workspace.seedSamples();
        MainWindow window = onFx(() -> ListFirstWindow.show(ctx, stage, Settings.defaults(), 1280, 800));
        waitUntil(() -> window.list().table().getItems().size() == 6);
        try {
            for (String theme : List.of("light", "dark")) {
                onFx(() -> {
                    ListFirstWindow.menuItem(window, "menu.view.theme." + theme).fire();
                    return null;
                });
                waitUntil(() -> window.view().getStyleClass().contains("dark") == theme.equals("dark"));
                onFx(() -> {
                    ToolBar toolbar = (ToolBar) window.view().lookup("#toolbar");
                    toolbar.applyCss();
                    toolbar.layout();
                    Image picture = toolbar.snapshot(null, null);
                    List<Button> buttons = new ArrayList<>();
                    toolbar.getItems().stream().filter(n -> n instanceof Button).forEach(n -> buttons.add((Button) n));
                    assertThat(buttons).as("the toolbar's buttons").hasSizeGreaterThanOrEqualTo(13);
                    double enabledContrast = 1;
                    double disabledContrast = 0;
                    for (Button b : buttons) {
                        String id = b.getId();
                        Node icon = b.getGraphic();
                        assertThat(icon).as(id + " has an icon").isNotNull();
                        Bounds size = icon.getLayoutBounds();
                        assertThat(size.getWidth()).as(id + " icon width").isEqualTo(Icons.SIZE);
                        assertThat(size.getHeight()).as(id + " icon height").isEqualTo(Icons.SIZE);
                        double[] ink = ink(picture, toolbar, icon);
                        assertThat((int) ink[0]).as(id + "'s icon drawn (" + theme + "): pixels unlike the toolbar")
                                .isGreaterThanOrEqualTo(15);
                        if (b.isDisabled()) {
                            disabledContrast = Math.max(disabledContrast, ink[1]);
                        } else {
                            enabledContrast = Math.min(enabledContrast, ink[1]);
                        }
                        MenuItem command = ListFirstWindow.menuItem(window, id.substring("tool-".length()));
                        String name = command.getText().replace("_", "").replace("…", "");
                        assertThat(b.getAccessibleText()).as(id + " to a screen reader").isEqualTo(name);
                        assertThat(Tips.text(b)).as(id + " tooltip").contains(name);
                        if (command.getAccelerator() != null) {
                            assertThat(Tips.text(b)).as(id + " tooltip")
                                    .contains(command.getAccelerator().getDisplayText());
                        }
                    }
                    assertThat(buttons).as("the list-first window has commands waiting for the story")
                            .anyMatch(Button::isDisabled).anyMatch(b -> !b.isDisabled());
                    assertThat(disabledContrast).as("a disabled button's icon is fainter than an enabled one's (" + theme + ")")
                            .isLessThan(enabledContrast);
                    return null;
                });
            }
        } finally {
            // the theme is the whole application's: leave it light, as every other test expects
            onFx(() -> {
                Look.applyTheme(false, null);
                return null;
            });
        }
    }

    /**
     * In the toolbar's picture, within the icon's square: how many pixels differ in brightness from the toolbar's own
     * (read just left of the button) by more than {@link #INK}, and the largest difference.
     */
    private static double[] ink(Image picture, ToolBar toolbar, Node icon) {
        Bounds b = toolbar.sceneToLocal(icon.localToScene(icon.getLayoutBounds()));
        Bounds button = toolbar.sceneToLocal(icon.getParent().localToScene(icon.getParent().getLayoutBounds()));
        PixelReader px = picture.getPixelReader();
        double background = px.getColor((int) Math.floor(button.getMinX()) - 1, (int) b.getMinY()).getBrightness();
        int count = 0;
        double most = 0;
        for (int y = (int) Math.floor(b.getMinY()); y < Math.ceil(b.getMaxY()); y++) {
            for (int x = (int) Math.floor(b.getMinX()); x < Math.ceil(b.getMaxX()); x++) {
                Color c = px.getColor(x, y);
                double d = Math.abs(c.getBrightness() - background);
                most = Math.max(most, d);
                if (d > INK) {
                    count++;
                }
            }
        }
        return new double[] {count, most};
    }

}
