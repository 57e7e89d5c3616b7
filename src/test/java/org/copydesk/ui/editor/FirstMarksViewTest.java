package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first marks of a story just opened change its line heights (gutter tags, styles). They leave the body showing
 * what it showed: its top if the user has not moved, the lines the user scrolled to if the marks came later (a slow
 * machine, models still loading).
 */
class FirstMarksViewTest extends EditorTestBase {
    private static final String ID = "dockers-strike-halts-marseille-port";
    /** Holds the analysis back until the test lets it go: the marks come when the test says. */
    private final CountDownLatch marksMayCome = new CountDownLatch(1);

    @AfterEach
    void letTheAnalysisEnd() {
        marksMayCome.countDown();
    }

    /** The sample story open, laid out, its analysis held back. */
    private void openTheDockersStoryWithoutItsMarks() throws Exception {
        workspace.seedSamples();
        Article dockers = workspace.load(ID).article();
        workspace.delete(ID);
        openEditor(dockers, (text, hints) -> {
            try {
                if (!marksMayCome.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the analysis go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return ANALYZER.newSession().analyze(text, hints);
        });
        waitUntil(() -> laidOut(area()) && !area().getText().isEmpty());
        assertThat(onFx(() -> editor.body().appliedVersion())).as("no marks yet").isNotEqualTo(onFx(() -> editor.body().version()));
    }

    private void marksCome() throws Exception {
        marksMayCome.countDown();
        waitForAnalysisOfCurrentText();
        waitUntil(() -> laidOut(area()));
        assertThat(onFx(() -> editor.analysisProperty().get().segments())).as("the marks shown").isNotEmpty();
    }

    @Test
    void linesScrolledToBeforeTheMarksCameStayShown() throws Exception {
        openTheDockersStoryWithoutItsMarks();
        scrollDown(250);
        List<String> before = onFx(this::shownLines);

        marksCome();
        assertThat(onFx(this::shownLines)).as("the lines the user scrolled to").isEqualTo(before);
    }

    @Test
    void aFewLinesScrolledIntoTheFirstParagraphStayShown() throws Exception {
        openTheDockersStoryWithoutItsMarks();
        scrollDown(30);
        assertThat(onFx(() -> area().visibleParToAllParIndex(0))).as("the first paragraph still at the top").isZero();
        List<String> before = onFx(this::shownLines);
        assertThat(before.get(0)).as("a line of the first paragraph below its first").isNotEqualTo(
                onFx(() -> area().getText().substring(0, 30)));

        marksCome();
        assertThat(onFx(this::shownLines)).as("the lines the user scrolled to").isEqualTo(before);
    }

    @Test
    void aStoryNotScrolledStaysAtItsTopWhenTheMarksCome() throws Exception {
        openTheDockersStoryWithoutItsMarks();
        String start = onFx(() -> area().getText().substring(0, 30));
        assertThat(onFx(this::shownLines).get(0)).isEqualTo(start);

        marksCome();
        assertThat(onFx(this::shownLines).get(0)).as("the first line at the top").isEqualTo(start);
        assertThat(onFx(() -> area().getEstimatedScrollY())).isLessThan(1.0);
    }
}
