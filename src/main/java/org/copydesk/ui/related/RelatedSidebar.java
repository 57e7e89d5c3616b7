package org.copydesk.ui.related;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.ui.common.UiContext;

/** The related-stories sidebar: the links of the open article; a click opens the linked article. */
public final class RelatedSidebar {
    private final UiContext ctx;
    private final VBox root = new VBox(6);
    private final ObservableList<RelatedLink> links = FXCollections.observableArrayList();
    private final ListView<RelatedLink> list = new ListView<>(links);

    public RelatedSidebar(UiContext ctx, Consumer<String> openArticle) {
        this.ctx = ctx;
        root.getStyleClass().add("related-sidebar");
        Label title = new Label(ctx.text("related.title"));
        title.getStyleClass().add("sidebar-title");
        list.setId("relatedLinks");
        list.setPlaceholder(new Label(ctx.text("related.none")));
        list.setCellFactory(lv -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RelatedLink link, boolean empty) {
                super.updateItem(link, empty);
                getStyleClass().remove("broken-link");
                if (empty || link == null) {
                    setText(null);
                    return;
                }
                String headline = headlineOf(link.targetId());
                String note = link.note() == null || link.note().isBlank() ? "" : "\n" + link.note();
                if (headline == null) {
                    getStyleClass().add("broken-link");
                    setText(ctx.text("related.broken", ctx.text("relation." + link.relation().id()), link.targetId()) + note);
                } else {
                    setText(ctx.text("relation." + link.relation().id()) + ": " + headline + note);
                }
            }
        });
        list.setOnMouseClicked(e -> {
            RelatedLink l = list.getSelectionModel().getSelectedItem();
            if (l != null && headlineOf(l.targetId()) != null) {
                openArticle.accept(l.targetId());
            }
        });
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(title, list);
        root.getStylesheets().add(Objects.requireNonNull(RelatedSidebar.class.getResource("related.css")).toExternalForm());
    }

    private String headlineOf(String id) {
        try {
            if (!ctx.workspace().exists(id)) {
                return null;
            }
            var e = ctx.workspace().load(id);
            return e.ok() ? e.article().headline() : id;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    public Node view() {
        return root;
    }

    public void show(Article article) {
        links.setAll(article == null ? java.util.List.of() : article.links());
    }
}
