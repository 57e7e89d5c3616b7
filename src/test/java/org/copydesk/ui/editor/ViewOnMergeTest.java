package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.ArticleCodec;
import org.junit.jupiter.api.Test;

/**
 * Another writer saves the story open here: the merge (or reload) and its banner leave the body scrolled where the
 * user was reading, the same line at the top of the body, wherever the caret is and wherever the change is.
 */
class ViewOnMergeTest extends EditorTestBase {
    private static final String ID = "dockers-strike-halts-marseille-port";

    /** The sample story (long enough to scroll at this size), open with its analysis shown. */
    private void openTheDockersStory() throws Exception {
        workspace.seedSamples();
        Article dockers = workspace.load(ID).article();
        workspace.delete(ID);
        openEditor(dockers, null);
        waitForAnalysisOfCurrentText();
        waitUntil(() -> laidOut(area()));
    }

    private void otherWriterSaves(UnaryOperator<List<Paragraph>> change) throws Exception {
        String id = onFx(() -> editor.articleProperty().get().id());
        workspace.update(id, a -> a.withBody(change.apply(new ArrayList<>(a.body()))));
    }

    /** Once the merged text is in the body, its banner shown and its analysis applied, the body laid out. */
    private void afterTheMergeShows(String added) throws Exception {
        waitUntil(() -> area().getText().contains(added)
                && robot.lookup("#diskBannerMessage").tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false)
                && editor.body().appliedVersion() == editor.body().version() && laidOut(area()));
        assertThat(onFx(() -> robot.lookup("#diskBannerMessage").queryAs(Label.class).getText())).contains("Reloaded");
    }

    @Test
    void aChangeBelowKeepsTheLineAtTheTopWithTheCaretNearTheBottomOfTheBody() throws Exception {
        openTheDockersStory();
        scrollDown(150);
        // the caret in the last lines shown: the banner that comes takes height from the body, the caret's line with it
        int caret = onFx(() -> area().hit(area().getPadding().getLeft() + 100, area().getViewportHeight() - 30).getInsertionIndex());
        caretTo(caret);
        waitUntil(() -> laidOut(area()));
        List<String> before = onFx(this::shownLines);

        String added = " Another meeting is planned for Saturday.";
        otherWriterSaves(body -> {
            int last = body.size() - 1;
            body.set(last, Paragraph.of(body.get(last).text() + added));
            return body;
        });
        afterTheMergeShows(added);
        assertThat(onFx(this::shownLines)).as("the lines shown before the change on disk").isEqualTo(before);
        assertThat(onFx(() -> area().getCaretPosition())).as("the caret where it was").isEqualTo(caret);
    }

    @Test
    void aChangeAboveKeepsTheSameTextAtTheTopWithTheCaretOffScreen() throws Exception {
        openTheDockersStory();
        // read down with the wheel: the caret stays at the start, off screen
        scrollDown(250);
        List<String> before = onFx(this::shownLines);

        String added = " The port said on Thursday that a mediator would be appointed before the weekend.";
        otherWriterSaves(body -> {
            body.set(0, Paragraph.of(body.get(0).text() + added));
            return body;
        });
        afterTheMergeShows(added);
        assertThat(onFx(this::shownLines)).as("the lines shown before the change on disk").isEqualTo(before);
    }

    @Test
    void aReadOnlyStoryReloadedFromDiskKeepsTheLineAtTheTop() throws Exception {
        // a file that says another id than its name opens read-only: a change on disk reloads it (no merge)
        workspace.seedSamples();
        Article dockers = workspace.load(ID).article();
        Files.write(workspace.fileOf(ID), ArticleCodec.encode(dockers.withId("another-id"), Map.of()));
        openEditor(dockers.withId("dockers-strike-read-only"), null);
        onFx(() -> {
            editor.open(workspace.load(ID));
            return null;
        });
        waitUntil(() -> !editor.editableProperty().get() && area().getText().equals(bodyOf(dockers)) && laidOut(area()));
        scrollDown(250);
        List<String> before = onFx(this::shownLines);

        String added = " Another meeting is planned for Saturday.";
        List<Paragraph> body = new ArrayList<>(dockers.body());
        int last = body.size() - 1;
        body.set(last, Paragraph.of(body.get(last).text() + added));
        Files.write(workspace.fileOf(ID), ArticleCodec.encode(dockers.withId("another-id").withBody(body), Map.of()));
        onFx(() -> {
            editor.checkDisk();
            return null;
        });
        afterTheMergeShows(added);
        assertThat(onFx(() -> editor.editableProperty().get())).as("still read-only").isFalse();
        assertThat(onFx(this::shownLines)).as("the lines shown before the change on disk").isEqualTo(before);
    }

    private static String bodyOf(Article a) {
        return String.join("\n", a.body().stream().map(Paragraph::text).toList());
    }
}
