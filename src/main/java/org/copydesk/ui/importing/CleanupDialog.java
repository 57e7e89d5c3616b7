package org.copydesk.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.importing.Cleanup;
import org.copydesk.importing.CleanupItem;
import org.copydesk.model.Article;
import org.copydesk.ui.common.UiContext;

/**
 * Review of the clean-up suggestions for one imported article: each finding with the exact text it would remove and a
 * "Keep" box; "Apply clean-up" removes everything not kept (see-also lines become related links), "Keep everything"
 * changes nothing. The result is the list of items to apply (empty when the user keeps everything).
 */
public final class CleanupDialog extends Dialog<List<CleanupItem>> {
    private final List<CheckBox> keeps = new ArrayList<>();

    public CleanupDialog(UiContext ctx, Window owner, Article article, List<CleanupItem> items) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(ctx.text("import.cleanup.title"));
        setHeaderText(ctx.text("import.cleanup.header", article.headline(), items.size()));
        setResizable(true);
        VBox rows = new VBox(8);
        rows.getStyleClass().add("cleanup-items");
        for (int i = 0; i < items.size(); i++) {
            CleanupItem item = items.get(i);
            Label kind = new Label(describe(ctx, item));
            kind.setWrapText(true);
            kind.setMinHeight(Region.USE_PREF_SIZE);
            kind.getStyleClass().add(item.kind() == CleanupItem.Kind.MAKE_RELATED_LINK ? "cleanup-related" : "cleanup-boilerplate");
            Label text = new Label(item.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("cleanup-text");
            text.setId("cleanupText-" + i);
            CheckBox keep = new CheckBox(ctx.text("import.cleanup.keep"));
            keep.setId("cleanupKeep-" + i);
            keep.getStyleClass().add("cleanup-keep");
            keep.setMinWidth(Region.USE_PREF_SIZE);
            keeps.add(keep);
            VBox left = new VBox(2, kind, text);
            HBox.setHgrow(left, Priority.ALWAYS);
            Region pad = new Region();
            HBox row = new HBox(10, left, pad, keep);
            row.getStyleClass().add("cleanup-item");
            String willHappen = kind.getText();
            keep.selectedProperty().addListener((o, a, kept) -> {
                row.pseudoClassStateChanged(PseudoClass.getPseudoClass("kept"), kept);
                kind.setText(kept ? ctx.text("import.cleanup.kept") : willHappen);
            });
            rows.getChildren().add(row);
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 80.0 * items.size()));
        scroll.setPrefViewportWidth(560);
        getDialogPane().setContent(scroll);
        getDialogPane().getStyleClass().add("cleanup-dialog");
        getDialogPane().setId("cleanupDialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                CleanupDialog.class.getResource("importing.css")).toExternalForm());
        ButtonType apply = new ButtonType(ctx.text("import.cleanup.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(ctx.text("import.cleanup.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, skip);
        getDialogPane().lookupButton(apply).setId("cleanupApply");
        getDialogPane().lookupButton(skip).setId("cleanupSkip");
        setResultConverter(b -> {
            if (b != apply) {
                return List.of();
            }
            List<CleanupItem> accepted = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!keeps.get(i).isSelected()) {
                    accepted.add(items.get(i));
                }
            }
            return accepted;
        });
    }

    static String describe(UiContext ctx, CleanupItem item) {
        if (item.kind() == CleanupItem.Kind.REMOVE_BOILERPLATE) {
            return ctx.text("import.cleanup.boilerplate");
        }
        if (item.kind() == CleanupItem.Kind.REMOVE_FIRST_LINE) {
            return ctx.text("import.cleanup.firstLine");
        }
        return item.targetId() != null
                ? ctx.text("import.cleanup.related", item.headline() != null ? item.headline() : item.targetId())
                : ctx.text("import.cleanup.relatedNew", item.headline() != null ? item.headline() : Cleanup.targetOf(item));
    }
}
