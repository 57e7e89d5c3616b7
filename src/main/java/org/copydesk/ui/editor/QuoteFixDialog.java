package org.copydesk.ui.editor;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.ui.common.UiContext;

/** Previews the replacements of "Fix quotation marks": each with its context, before and after. */
final class QuoteFixDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;

    QuoteFixDialog(UiContext ctx, Window owner, String text, List<TextReplacement> replacements) {
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("editor.fixQuotes.title"));
        dialog.setHeaderText(ctx.text("editor.fixQuotes.header", replacements.size()));
        ListView<String> list = new ListView<>();
        list.setId("quoteFixList");
        for (TextReplacement r : replacements) {
            list.getItems().add(preview(text, r));
        }
        list.setPrefSize(620, 320);
        VBox box = new VBox(6, new Label(ctx.text("editor.fixQuotes.explain")), list);
        box.getStyleClass().add("quote-fix-dialog");
        dialog.getDialogPane().setContent(box);
        apply = new ButtonType(ctx.text("editor.fixQuotes.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().setId("quoteFixDialog");
    }

    /** "…context «old» context…  →  …context «new» context…" with whitespace made visible. */
    static String preview(String text, TextReplacement r) {
        int from = Math.max(0, r.start() - 24);
        int to = Math.min(text.length(), r.end() + 24);
        String before = text.substring(from, r.start());
        String after = text.substring(r.end(), to);
        String head = (from > 0 ? "…" : "") + before.replace('\n', ' ');
        String tail = after.replace('\n', ' ') + (to < text.length() ? "…" : "");
        return head + "[" + visible(text.substring(r.start(), r.end())) + "]" + tail
                + "   →   " + head + "[" + visible(r.replacement()) + "]" + tail;
    }

    private static String visible(String s) {
        return s.replace("\u202F", "⍽").replace("\u00A0", "⍽");
    }

    boolean confirmed() {
        return dialog.showAndWait().filter(b -> b == apply).isPresent();
    }
}
