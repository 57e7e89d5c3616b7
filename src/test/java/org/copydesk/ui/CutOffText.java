package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Finds the text a user cannot read in full in a laid-out scene graph: a label, button, check box, tab, cell or column
 * header whose skin shows less than its text (the skin's text node then holds the elided string, "Stat…"), and a prompt
 * of an empty text field that runs past the field's clip ("No embarg").
 */
final class CutOffText {
    private CutOffText() {
    }

    /** One description per cut-off text under the root (empty: everything readable). */
    static List<String> in(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled l) {
            check(l, found);
        }
        if (node instanceof TextInputControl t) {
            checkPrompt(t, found);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void check(Labeled l, List<String> found) {
        String full = l.getText();
        if (full == null || full.isBlank() || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        Text shown = null;
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                shown = t;
            }
        }
        if (shown == null) {
            return; // no skin yet: not on screen
        }
        String expected = l.isMnemonicParsing() ? full.replace("_", "") : full;
        String displayed = shown.getText() == null ? "" : (l.isMnemonicParsing() ? shown.getText().replace("_", "") : shown.getText());
        if (!displayed.equals(expected)) {
            found.add(describe(l) + " shows “" + displayed + "” of “" + expected + "”");
        }
    }

    private static void checkPrompt(TextInputControl t, List<String> found) {
        String prompt = t.getPromptText();
        if (prompt == null || prompt.isBlank() || !t.getText().isEmpty()) {
            return;
        }
        Text promptNode = findText(t, prompt);
        if (promptNode == null || !promptNode.isVisible()) {
            // the theme hides the prompt of the focused field (and its skin may not have made the prompt's node yet):
            // it shows once the keyboard leaves, so it is measured in the field's font against the field's text area
            Text measured = new Text(prompt);
            measured.setFont(t.getFont());
            double needs = measured.getLayoutBounds().getWidth();
            double has = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset();
            if (needs > has + 0.5) {
                found.add(describe(t) + " prompt “" + prompt + "” needs " + Math.round(needs) + " px, has " + Math.round(has)
                        + " (when the field is not focused)");
            }
            return;
        }
        Bounds text = promptNode.localToScene(promptNode.getLayoutBounds());
        for (Node n = promptNode; n != null && n != t.getParent(); n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (text.getMaxX() > clip.getMaxX() + 0.5 || text.getMinX() < clip.getMinX() - 0.5) {
                    found.add(describe(t) + " prompt “" + prompt + "” needs " + Math.round(text.getWidth()) + " px, has "
                            + Math.round(clip.getWidth()));
                }
                return;
            }
        }
        Bounds field = t.localToScene(t.getLayoutBounds());
        if (text.getMaxX() > field.getMaxX() + 0.5) {
            found.add(describe(t) + " prompt “" + prompt + "” runs past the field");
        }
    }

    private static Text findText(Node n, String s) {
        if (n instanceof Text t && s.equals(t.getText())) {
            return t;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Text found = findText(c, s);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The node and the nearest ancestors that have an id or a style class, to say where it is. */
    static String describe(Node n) {
        StringBuilder where = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            where.append('#').append(n.getId());
        }
        int named = 0;
        for (Node p = n.getParent(); p != null && named < 3; p = p.getParent()) {
            if (p.getId() != null) {
                where.append(" in #").append(p.getId());
                named++;
            } else if (!p.getStyleClass().isEmpty() && named < 2) {
                where.append(" in .").append(p.getStyleClass().get(0));
                named++;
            }
        }
        return where.toString();
    }
}
