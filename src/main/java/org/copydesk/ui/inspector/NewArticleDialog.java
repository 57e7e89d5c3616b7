package org.copydesk.ui.inspector;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.copydesk.model.LanguageTags;
import org.copydesk.ui.common.UiContext;

/** File ▸ New article: asks for the headline and the story's language (proposed: the open story's, else the system's). */
public final class NewArticleDialog {
    public record Answer(String headline, String language) {
    }

    private NewArticleDialog() {
    }

    /** The language a new story starts in on this system: its language with its region when it has one. */
    public static String defaultLanguage(Locale locale) {
        try {
            String tag = LanguageTags.normalize(locale.getCountry().isEmpty() ? locale.getLanguage()
                    : locale.getLanguage() + "-" + locale.getCountry());
            return tag.equals("und") ? "en-GB" : tag;
        } catch (IllegalArgumentException e) {
            return "en-GB";
        }
    }

    public static Optional<Answer> ask(UiContext ctx, Window owner, String language) {
        Dialog<Answer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(ctx.text("new.title"));
        d.setHeaderText(ctx.text("new.header"));
        d.getDialogPane().setId("newArticleDialog");
        TextField headline = new TextField();
        headline.setId("newHeadline");
        headline.setPrefColumnCount(36);
        ComboBox<String> lang = new ComboBox<>();
        lang.setId("newLanguage");
        lang.setEditable(true);
        lang.getItems().setAll(LanguageTags.COMMON);
        lang.setValue(language);
        Label error = new Label();
        error.getStyleClass().add("inspector-error");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        Label hl = new Label(ctx.text("new.headline"));
        hl.setLabelFor(headline);
        Label ll = new Label(ctx.text("new.language"));
        ll.setLabelFor(lang);
        hl.setMinWidth(Region.USE_PREF_SIZE);
        ll.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(0, hl, headline);
        g.addRow(1, ll, lang);
        g.add(error, 1, 2);
        GridPane.setHgrow(headline, Priority.ALWAYS);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(headline.textProperty().isEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                LanguageTags.normalize(lang.getEditor().getText());
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ctx.text("inspector.language.invalid", lang.getEditor().getText().strip()));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK && !headline.getText().isBlank()
                ? new Answer(headline.getText().strip(), LanguageTags.normalize(lang.getEditor().getText())) : null);
        Platform.runLater(headline::requestFocus);
        return d.showAndWait();
    }
}
