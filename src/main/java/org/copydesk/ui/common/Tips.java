package org.copydesk.ui.common;

import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A {@link Tooltip} is a window of its own, with its own
 * scene: making the sixteen of the window's first picture (the toolbar, the search box, the status bar) took about
 * 60 ms of the JavaFX thread before anything was drawn, for tips most of which are never shown. The text is kept on the
 * control (and given to screen readers as its help at once); the tooltip is made on the first {@code MOUSE_ENTERED}
 * and shows after the usual delay as the pointer moves on.
 */
public final class Tips {
    private static final String TEXT = "copydesk.tip.text";
    private static final String HANDLER = "copydesk.tip.handler";

    private Tips() {
    }

    /** Sets the tip a control shows when the pointer rests on it; null: none (and the one it had goes). */
    public static void set(Control control, String text) {
        Map<Object, Object> props = control.getProperties();
        control.setAccessibleHelp(text);
        if (text == null) {
            props.remove(TEXT);
            control.setTooltip(null);
            return;
        }
        props.put(TEXT, text);
        Tooltip made = control.getTooltip();
        if (made != null) {
            made.setText(text);
            return;
        }
        if (!props.containsKey(HANDLER)) {
            EventHandler<MouseEvent> onEnter = e -> {
                Object t = props.get(TEXT);
                if (t != null && control.getTooltip() == null) {
                    control.setTooltip(new Tooltip((String) t));
                }
            };
            props.put(HANDLER, onEnter);
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, onEnter);
        }
    }

    /** The tip a control shows (made or still to be made); null when it has none. */
    public static String text(Control control) {
        Object t = control.getProperties().get(TEXT);
        if (t != null) {
            return (String) t;
        }
        return control.getTooltip() == null ? null : control.getTooltip().getText();
    }
}
