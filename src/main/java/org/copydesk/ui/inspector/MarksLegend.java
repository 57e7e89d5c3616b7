package org.copydesk.ui.inspector;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.copydesk.editing.LanguageStyle;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.editor.ArticleEditor;

/** What the marks in the body mean: one colour per language, the tint of quotations, issues, hand marks. */
public final class MarksLegend {
    private MarksLegend() {
    }

    public static Node view(UiContext ctx) {
        VBox box = new VBox(4);
        box.setId("marksLegend");
        box.getStyleClass().addAll("article-editor", "marks-legend");
        box.getStylesheets().add(Objects.requireNonNull(ArticleEditor.class.getResource("editor.css")).toExternalForm());
        Label title = new Label(ctx.text("legend.title"));
        title.getStyleClass().add("panel-title");
        box.getChildren().add(title);
        for (LanguageStyle l : LanguageStyle.markable()) {
            box.getChildren().add(row(l.styleClass(), ctx.text(l.nameKey()) + " (" + l.tag() + ")"));
        }
        box.getChildren().add(row("quote", ctx.text("legend.quote")));
        box.getChildren().add(row("issue-error", ctx.text("legend.issue.error")));
        box.getChildren().add(row("issue-advice", ctx.text("legend.issue.advice")));
        box.getChildren().add(row("hand-mark", ctx.text("legend.hand")));
        Label note = new Label(ctx.text("legend.primary"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(note);
        return box;
    }

    private static Node row(String styleClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", styleClass);
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        HBox h = new HBox(8, swatch, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
