package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.RecoveryJournal;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the next start after a crash, the main window offers what the recovery journal would restore — headline, when,
 * what differs — and restores or discards it on the user's choice.
 */
class RecoveryOfferTest extends FxTestBase {
    /** Closed after each test, with its writers, by {@link FxTestBase}. */
    private MainWindow window;

    private Article saved() throws Exception {
        return workspace.create(Article.draft("x", "Harbour strike", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(List.of(Paragraph.of("Dockers walked out at dawn."), Paragraph.of("Talks resume on Friday."))));
    }

    /** What a session killed while typing leaves behind. */
    private Article crashedWhileTyping(Article a) throws Exception {
        Article typed = a.withBody(List.of(Paragraph.of("Dockers walked out at dawn on Tuesday."),
                Paragraph.of("Talks resume on Friday."), Paragraph.of("The port is closed.")));
        try (RecoveryJournal j = new RecoveryJournal(workspace, Duration.ZERO)) {
            j.record(typed);
            j.flush();
        }
        return typed;
    }

    private void start() throws Exception {
        // the first window of a run loads fonts and skins: on a loaded machine it takes a while (a bound, not a timing)
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        onFx(() -> {
            window.offerRecovery();
            return null;
        });
        waitUntil(() -> robot.lookup("#recoveryOffer").tryQuery().isPresent());
    }

    /** Looked up on the FX thread (call inside {@code onFx}). */
    private DialogPane offer() {
        return robot.lookup("#recoveryOffer").queryAs(DialogPane.class);
    }

    @Test
    void theOfferShowsWhatWouldBeRestoredAndRestoreBringsItBack() throws Exception {
        Article a = saved();
        Article typed = crashedWhileTyping(a);
        start();
        assertThat(onFx(() -> offer().getHeaderText())).contains("Harbour strike");
        String summary = onFx(() -> robot.lookup("#recoverySummary").queryAs(Label.class).getText());
        assertThat(summary).contains("2 paragraphs differ").contains("+6 words").contains("replaces the saved version");
        String preview = onFx(() -> robot.lookup("#recoveryPreview").queryAs(TextArea.class).getText());
        assertThat(preview).contains("Paragraph 1 changed").contains("− Dockers walked out at dawn.")
                .contains("+ Dockers walked out at dawn on Tuesday.").contains("Paragraph 3 added").contains("+ The port is closed.");

        clickWhenShown("#recoveryRestore");
        waitUntil(() -> workspace.get(a.id()).bodyText().equals(typed.bodyText()));
        // the journal goes once the article is saved
        waitUntil(() -> !Files.exists(workspace.root().resolve(".recovery").resolve(a.id() + ".json")));
        // the article open in the window shows the restored text
        waitUntil(() -> window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().bodyText().equals(typed.bodyText()));
        assertThat(onFx(() -> window.editor().dirtyProperty().get())).isFalse();
    }

    @Test
    void discardDropsTheJournalAndLeavesTheArticleAsSaved() throws Exception {
        Article a = saved();
        crashedWhileTyping(a);
        start();
        clickWhenShown("#recoveryDiscard");
        waitUntil(() -> !Files.exists(workspace.root().resolve(".recovery").resolve(a.id() + ".json")));
        assertThat(workspace.get(a.id()).bodyText()).isEqualTo("Dockers walked out at dawn.\nTalks resume on Friday.");
        assertThat(window.editor().journal().pending()).isEmpty();
    }

    @Test
    void anArticleSavedElsewhereSinceIsRestoredAsANewArticleAndOpened() throws Exception {
        Article a = saved();
        Article typed = crashedWhileTyping(a);
        workspace.update(a.id(), x -> x.withBody(List.of(Paragraph.of("Saved by the night desk."))));
        start();
        String summary = onFx(() -> robot.lookup("#recoverySummary").queryAs(Label.class).getText());
        assertThat(summary).contains("saves these edits as a new article");
        clickWhenShown("#recoveryRestore");
        waitUntil(() -> window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().headline().equals("Harbour strike (recovered)"));
        Article copy = onFx(() -> window.editor().articleProperty().get());
        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(workspace.get(copy.id()).bodyText()).isEqualTo(typed.bodyText());
        assertThat(workspace.get(a.id()).bodyText()).isEqualTo("Saved by the night desk.");
    }

    @Test
    void laterKeepsTheJournalForTheNextStart() throws Exception {
        Article a = saved();
        crashedWhileTyping(a);
        start();
        clickWhenShown("#recoveryLater");
        waitUntil(() -> robot.lookup("#recoveryOffer").tryQuery().isEmpty());
        assertThat(window.editor().journal().pending()).hasSize(1);
    }
}
