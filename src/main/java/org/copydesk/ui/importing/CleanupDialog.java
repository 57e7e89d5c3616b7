package org.copydesk.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.copydesk.importing.Cleanup;
import org.copydesk.importing.CleanupItem;
import org.copydesk.importing.Headlines;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageTags;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.UiContext;

/**
 * Review of one imported article: which line is its headline (the one import chose, or another line near the top, or
 * the page's first line), its language (proposed by the analysis, region included), and each clean-up finding with the
 * exact text it would remove and a "Keep" box. "Apply" does what is shown: removes everything not kept (see-also lines
 * become related links), sets the headline and the language; "Keep as imported" changes nothing.
 */
public final class CleanupDialog extends Dialog<CleanupDialog.Review> {
    /**
     * What the user decided.
     *
     * @param headline  the body paragraph chosen as the headline, or -1 to keep the headline
     * @param accepted  the clean-up items to apply
     * @param language  the language tag to save the article with
     */
    public record Review(int headline, List<CleanupItem> accepted, String language) {
    }

    private final List<CheckBox> keeps = new ArrayList<>();
    private final ToggleGroup headlines = new ToggleGroup();
    private final ComboBox<String> language = new ComboBox<>();

    /**
     * @param candidates the lines that could head the article ({@link Headlines#candidates}; the first is its headline)
     * @param proposed   the language tag to propose (the analysis's language, with the article's region if it has one)
     */
    public CleanupDialog(UiContext ctx, Window owner, Article article, List<CleanupItem> items,
            List<Headlines.Candidate> candidates, String proposed) {
        if (owner != null) {
            initOwner(owner);
        }
        Look.placeByShownWidth(this);
        setTitle(ctx.text("import.cleanup.title"));
        setHeaderText(ctx.text("import.cleanup.header", article.headline(), items.size()));
        setResizable(true);
        VBox rows = new VBox(8);
        rows.getStyleClass().add("cleanup-items");
        int[] starts = article.paragraphStarts();
        List<Integer> itemParagraph = new ArrayList<>();
        for (CleanupItem item : items) {
            int p = 0;
            while (p + 1 < starts.length && starts[p + 1] <= item.start()) {
                p++;
            }
            itemParagraph.add(p);
        }
        if (candidates.size() > 1) {
            Label title = new Label(ctx.text("import.review.headline"));
            title.getStyleClass().add("cleanup-section");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            rows.getChildren().add(title);
            for (int i = 0; i < candidates.size(); i++) {
                Headlines.Candidate c = candidates.get(i);
                RadioButton choice = new RadioButton(c.isHeadline() ? ctx.text("import.review.headlineNow", c.text())
                        : c.text());
                choice.setWrapText(true);
                choice.setMinHeight(Region.USE_PREF_SIZE);
                choice.setMaxWidth(Double.MAX_VALUE);
                choice.setUserData(c.paragraph());
                choice.setToggleGroup(headlines);
                choice.setId("headlineChoice-" + i);
                choice.setSelected(i == 0);
                rows.getChildren().add(choice);
            }
        }
        Label langTitle = new Label(ctx.text("import.review.language"));
        langTitle.getStyleClass().add("cleanup-section");
        langTitle.setWrapText(true);
        langTitle.setMinHeight(Region.USE_PREF_SIZE);
        List<String> tags = new ArrayList<>(LanguageTags.COMMON);
        if (proposed != null && !tags.contains(proposed)) {
            tags.add(0, proposed);
        }
        language.getItems().setAll(tags);
        language.setValue(proposed != null ? proposed : article.language());
        language.setId("importLanguage");
        Locale shownIn = ctx.messages().getLocale();
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : tag + " — " + Locale.forLanguageTag(tag).getDisplayName(shownIn);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        langTitle.setLabelFor(language);
        rows.getChildren().addAll(langTitle, language);
        if (!items.isEmpty()) {
            Label title = new Label(ctx.text("import.review.cleanup"));
            title.getStyleClass().add("cleanup-section");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            rows.getChildren().add(title);
        }
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
            // a line chosen as the headline is not removed
            int paragraph = itemParagraph.get(i);
            boolean[] keptBefore = new boolean[1];
            headlines.selectedToggleProperty().addListener((o, a, t) -> {
                boolean isHeadline = t != null && Integer.valueOf(paragraph).equals(t.getUserData());
                if (isHeadline && !keep.isDisable()) {
                    keptBefore[0] = keep.isSelected();
                    keep.setSelected(true);
                } else if (!isHeadline && keep.isDisable()) {
                    keep.setSelected(keptBefore[0]);
                }
                keep.setDisable(isHeadline);
            });
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setId("cleanupScroll");
        // keyboard users: the focused choice or box scrolls into view
        getDialogPane().sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, was, node) -> showInside(scroll, rows, node));
            }
        });
        scroll.setPrefViewportHeight(Math.min(460, 80.0 * items.size() + 36.0 * candidates.size() + 70));
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
                return new Review(-1, List.of(), article.language());
            }
            Toggle t = headlines.getSelectedToggle();
            int headline = t == null ? -1 : (Integer) t.getUserData();
            List<CleanupItem> accepted = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!keeps.get(i).isSelected()) {
                    accepted.add(items.get(i));
                }
            }
            return new Review(headline, accepted, language.getValue() == null ? article.language() : language.getValue());
        });
    }

    private static void showInside(ScrollPane scroll, Region content, Node node) {
        if (node == null || content.getHeight() <= scroll.getViewportBounds().getHeight()) {
            return;
        }
        Node n = node;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double view = scroll.getViewportBounds().getHeight();
        double range = content.getHeight() - view;
        double top = scroll.getVvalue() * range;
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / range);
        } else if (b.getMaxY() > top + view) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() - view) / range));
        }
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
