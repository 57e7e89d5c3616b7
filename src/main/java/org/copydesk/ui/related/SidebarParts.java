package org.copydesk.ui.related;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.copydesk.model.Relation;
import org.copydesk.ui.common.UiContext;

/** Small pieces the sidebar and its cells share. */
final class SidebarParts {
    private SidebarParts() {
    }

    /** Space that takes what a row leaves, pushing what follows to the right. */
    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** The relations by their names in the interface language. */
    static StringConverter<Relation> relationNames(UiContext ctx) {
        return new StringConverter<>() {
            @Override
            public String toString(Relation r) {
                return r == null ? "" : ctx.text("relation." + r.id());
            }

            @Override
            public Relation fromString(String s) {
                return null;
            }
        };
    }
}
