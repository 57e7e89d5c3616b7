package org.copydesk.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.editor.ArticleEditor;
import org.junit.jupiter.api.Test;

/** The inspector's fields as typed into, key by key: half-typed values are not taken, and not overwritten. */
class StoryInspectorFieldsTest extends FxTestBase {
    @Test
    void anEmbargoTimeTypedKeyByKeyCountsOnceItIsATimeAndStaysAsTyped() throws Exception {
        Article a = workspace.create(Article.draft("x", "Hello", "en", Instant.parse("2026-11-20T09:00:00Z")));
        ArticleEditor[] ed = new ArticleEditor[1];
        StoryInspector[] in = new StoryInspector[1];
        ZoneId paris = ZoneId.of("Europe/Paris");
        onFx(() -> {
            ed[0] = new ArticleEditor(ctx);
            in[0] = new StoryInspector(ctx, ed[0], 70, 250, paris);
            ed[0].open(new ArticleEntry(a.id(), workspace.fileOf(a.id()), a, null, false));
            return null;
        });
        show(new javafx.scene.layout.HBox((javafx.scene.Parent) ed[0].view(), (javafx.scene.Parent) in[0].view()), 1200, 800);
        DatePicker d = robot.lookup("#embargoDate").queryAs(DatePicker.class);
        TextField t = robot.lookup("#embargoTime").queryAs(TextField.class);
        TextField section = robot.lookup("#sectionField").queryAs(TextField.class);
        onFx(() -> {
            d.setValue(LocalDate.of(2026, 12, 1));
            return null;
        });
        assertThat(ed[0].factsProperty().get().details().embargo()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        for (char c : "07:30".toCharArray()) {
            onFx(() -> {
                t.appendText(String.valueOf(c));
                return null;
            });
            // never rewritten under the typing
            assertThat("07:30").startsWith(t.getText());
        }
        assertThat(ed[0].factsProperty().get().details().embargo()).isEqualTo(Instant.parse("2026-12-01T06:30:00Z"));
        assertThat(ed[0].dirtyProperty().get()).isTrue();
        // a space typed between two words of a section stays
        for (char c : "Grand Est".toCharArray()) {
            onFx(() -> {
                section.appendText(String.valueOf(c));
                return null;
            });
        }
        assertThat(section.getText()).isEqualTo("Grand Est");
        assertThat(ed[0].factsProperty().get().details().section()).isEqualTo("Grand Est");
    }
}
