package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.junit.jupiter.api.Test;

/**
 * The body's column keeps its width while a story is opened again: worked out from the body text's own font, not from
 * whatever text node the body shows first (a subheading, the gutter's language tag, a text not yet styled).
 */
class BodyColumnTest extends EditorTestBase {

    private static Article story() {
        List<Paragraph> body = new ArrayList<>();
        body.add(Paragraph.of(ParagraphKind.SUBHEADING, "Strike at the port"));
        body.add(Paragraph.of("De gemeenteraad heeft besloten dat de werkzaamheden morgen beginnen."));
        for (int i = 0; i < 30; i++) {
            body.add(Paragraph.of("Union leaders met the minister in the afternoon and said the talks would go on "
                    + "until Friday, when the port authority is to give its answer to the dockers' demands."));
        }
        return Article.draft("x", "Port strike", "en", Instant.parse("2026-11-27T08:00:00Z")).withBody(body)
                .withLanguageMarks(List.of(new LanguageMark(19, 19 + 68, "nl", MarkOrigin.MANUAL)));
    }

    /** The font of the text of the first plain paragraph shown (on the FX thread). */
    private Font plainTextFont() {
        for (Node p : area().lookupAll(".paragraph-text")) {
            if (p.getStyleClass().stream().noneMatch(c -> c.startsWith("kind-")) && p.lookup(".text") instanceof Text t) {
                return t.getFont();
            }
        }
        throw new AssertionError("no plain paragraph shown");
    }

    @Test
    void theColumnIsMeasuredInTheBodyTextsLettersInEveryFrameWhileStoriesStartingWithASubheadingAreOpened() throws Exception {
        openEditor(story(), null);
        waitForAnalysisOfCurrentText();
        waitUntil(() -> laidOut(area()));
        // the measure a line of body text aims at, in the body text's own letters
        double column = onFx(() -> ArticleEditor.MEASURE * plainTextFont().getSize() * 0.5 + 40);
        Set<Double> columns = new LinkedHashSet<>();
        Runnable record = () -> columns.add(area().getWidth() - area().getPadding().getLeft() - area().getPadding().getRight());
        onFx(() -> {
            area().getScene().addPostLayoutPulseListener(record);
            return null;
        });
        // a short story (no scroll bar beside the body: it is wider) and the long one again
        Article shortOne = workspace.create(Article.draft("y", "Short", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(List.of(Paragraph.of(ParagraphKind.SUBHEADING, "Briefly"), Paragraph.of("The port is open."))));
        String longId = onFx(() -> editor.articleProperty().get().id());
        for (String id : List.of(shortOne.id(), longId, shortOne.id(), longId)) {
            onFx(() -> {
                editor.open(workspace.load(id));
                return null;
            });
            waitForAnalysisOfCurrentText();
            waitUntil(() -> laidOut(area()));
        }
        onFx(() -> {
            area().getScene().removePostLayoutPulseListener(record);
            return null;
        });
        assertThat(columns).as("the body column's width in each frame").isNotEmpty()
                .allSatisfy(c -> assertThat(c).isCloseTo(column, within(0.01)));
    }
}
