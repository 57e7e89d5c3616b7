package org.copydesk.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.ui.common.UiContext;

/**
 * Previews the replacements of "Fix quotation marks" as a reader sees them: for each, the sentence before and after,
 * with the marks that change highlighted, and a note when only the spacing around a mark changes.
 */
final class QuoteFixDialog {
    /** Characters of context shown on each side of a change (cut at a word boundary). */
    static final int CONTEXT = 32;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;

    /** One change as shown: the words before it, the old and the new marks, the words after it, a note on spacing. */
    record Preview(String head, String before, String after, String tail, Spacing spacing) {
    }

    /** What a change does to the spacing next to the marks (a space is invisible when highlighted alone). */
    enum Spacing {
        SAME, ADDS_NO_BREAK_SPACE, REMOVES_SPACE, CHANGES_SPACE
    }

    QuoteFixDialog(UiContext ctx, Window owner, String text, List<TextReplacement> replacements) {
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("editor.fixQuotes.title"));
        dialog.setHeaderText(ctx.text("editor.fixQuotes.header", replacements.size()));
        dialog.setResizable(true);
        ListView<TextReplacement> list = new ListView<>();
        list.setId("quoteFixList");
        list.getItems().setAll(replacements);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(TextReplacement r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setGraphic(empty || r == null ? null : row(ctx, preview(text, r), lv));
            }
        });
        list.setPrefSize(640, 360);
        Label explain = new Label(ctx.text("editor.fixQuotes.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.setMaxWidth(640);
        VBox box = new VBox(8, explain, list);
        box.getStyleClass().add("quote-fix-dialog");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                QuoteFixDialog.class.getResource("editor.css")).toExternalForm());
        apply = new ButtonType(ctx.text("editor.fixQuotes.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().setId("quoteFixDialog");
    }

    /** "Before  …the union said « we stay »…" over "After  …the union said “we stay”…", the marks highlighted. */
    private static Node row(UiContext ctx, Preview p, ListView<?> list) {
        GridPane g = new GridPane();
        g.getStyleClass().add("quote-fix-row");
        g.setHgap(10);
        g.setVgap(2);
        Label before = new Label(ctx.text("editor.fixQuotes.before"));
        Label after = new Label(ctx.text("editor.fixQuotes.after"));
        for (Label l : List.of(before, after)) {
            l.getStyleClass().add("quote-fix-caption");
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        g.addRow(0, before, flow(p.head(), p.before(), p.tail(), "quote-fix-old", list));
        g.addRow(1, after, flow(p.head(), p.after(), p.tail(), "quote-fix-new", list));
        if (p.spacing() != Spacing.SAME) {
            Label note = new Label(ctx.text("editor.fixQuotes.spacing." + p.spacing().name().toLowerCase(Locale.ROOT)));
            note.getStyleClass().add("quote-fix-note");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            g.add(note, 1, 2);
        }
        return g;
    }

    private static TextFlow flow(String head, String change, String tail, String changeClass, ListView<?> list) {
        Text h = new Text(head);
        Label c = new Label(change);
        c.getStyleClass().add(changeClass);
        c.setMinWidth(Region.USE_PREF_SIZE);
        Text t = new Text(tail);
        h.getStyleClass().add("quote-fix-context");
        t.getStyleClass().add("quote-fix-context");
        TextFlow f = new TextFlow(h, c, t);
        // the caption column and the cell's padding and scroll bar take about 130 px
        f.prefWidthProperty().bind(Bindings.max(200, list.widthProperty().subtract(130)));
        return f;
    }

    /** The change with some words of context on each side, cut at word boundaries, line breaks as spaces. */
    static Preview preview(String text, TextReplacement r) {
        int from = Math.max(0, r.start() - CONTEXT);
        while (from > 0 && from < r.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        int to = Math.min(text.length(), r.end() + CONTEXT);
        while (to < text.length() && to > r.end() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String head = (from > 0 ? "…" : "") + text.substring(from, r.start()).replace('\n', ' ');
        String tail = text.substring(r.end(), to).replace('\n', ' ') + (to < text.length() ? "…" : "");
        String old = text.substring(r.start(), r.end());
        return new Preview(head, old, r.replacement(), tail, spacing(old, r.replacement()));
    }

    static Spacing spacing(String old, String replacement) {
        int oldSpaces = spaces(old);
        int newSpaces = spaces(replacement);
        boolean noBreak = replacement.indexOf('\u202F') >= 0 || replacement.indexOf('\u00A0') >= 0;
        if (newSpaces > oldSpaces && noBreak) {
            return Spacing.ADDS_NO_BREAK_SPACE;
        }
        if (newSpaces < oldSpaces) {
            return Spacing.REMOVES_SPACE;
        }
        if (newSpaces > 0 && !spaceChars(old).equals(spaceChars(replacement))) {
            return Spacing.CHANGES_SPACE;
        }
        return Spacing.SAME;
    }

    private static int spaces(String s) {
        return spaceChars(s).length();
    }

    /** The spaces of a string, of whatever kind (space, no-break, narrow no-break), in order. */
    private static String spaceChars(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    boolean confirmed() {
        return dialog.showAndWait().filter(b -> b == apply).isPresent();
    }
}
