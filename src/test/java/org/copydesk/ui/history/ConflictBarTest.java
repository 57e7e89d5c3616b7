package org.copydesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.model.StoryDetails;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.Author;
import org.copydesk.sync.ConflictRecords;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.Version;
import org.copydesk.ui.CopydeskApp;
import org.eclipse.jgit.api.Git;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** An article a sync left with a real conflict: the banner shows both versions, and mine / theirs / both resolve it. */
class ConflictBarTest extends DeskWindowTestBase {
    static final Author ANNA = new Author("Anna Reporter", "anna@desk.example");
    static final Author BEN = new Author("Ben Subeditor", "ben@desk.example");
    static final String BASE = "The harbour reopens today.\nShips wait outside.\nThe mayor is pleased.";

    static void setParagraph(Workspace ws, int n, String text) throws Exception {
        Article a = ws.get("harbour");
        List<Paragraph> body = new ArrayList<>(a.body());
        body.set(n, Paragraph.of(text));
        ws.save(a.withBody(body));
    }

    /** This desk and Ben's both change the second paragraph; this desk syncs last and keeps both versions. */
    void conflict() throws Exception {
        Path remote = tempDir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(DeskRepository.BRANCH).call().close();
        String url = remote.toUri().toString();
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(BASE)));
        Workspace ben = Workspace.open(tempDir.resolve("ben"));
        try (DeskRepository a = DeskRepository.open(workspace); DeskRepository b = DeskRepository.open(ben)) {
            a.sync(url, ANNA);
            b.sync(url, BEN);
            setParagraph(ben, 1, "Forty ships wait outside.");
            b.sync(null, BEN);
            setParagraph(workspace, 1, "Some ships left.");
            assertThat(a.sync(null, ANNA).conflictsLeft()).isTrue();
        }
        assertThat(workspace.get("harbour").bodyText())
                .isEqualTo("The harbour reopens today.\nSome ships left.\nForty ships wait outside.\nThe mayor is pleased.");
    }

    void showWindow() throws Exception {
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> window.editor().articleProperty().get() != null);
        waitUntil(() -> robot.lookup("#conflictBar").tryQuery().map(Node::isVisible).orElse(false));
    }

    StyleClassedTextArea body() {
        return robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
    }

    /** How many lines the label's text takes (its text node's height over the font's size). */
    private static long lines(Label l) {
        javafx.scene.text.Text t = (javafx.scene.text.Text) l.lookup(".text");
        return Math.round(t.getLayoutBounds().getHeight() / (l.getFont().getSize() * 1.3));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr"})
    void at1024By700WhatTheBarSaysInTheStatusBarFitsOnOneLine(String language) throws Exception {
        ctx.desk().close();
        ctx = new org.copydesk.ui.common.UiContext(workspace, ANALYZER, background,
                org.copydesk.ui.common.UiContext.loadMessages(java.util.Locale.forLanguageTag(language)));
        conflict();
        showWindow();
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        waitUntil(() -> stage.getScene().getWidth() <= 1024 && laidOut(robot.lookup("#conflictTheirs").query()));
        // each thing the bar says there fits the room the status bar leaves it beside the figures of a long story in
        // French at this size (about 355 px in the real window: "2 min de lecture", "17 problèmes", "enregistré")
        javafx.scene.text.Font font = onFx(() -> robot.lookup("#statusMessage").queryAs(Label.class).getFont());
        for (String message : List.of(ctx.text("conflict.allResolved"), ctx.text("conflict.resolvedOne", 12),
                ctx.text("conflict.reopened", "section"), ctx.text("conflict.reopenedBody"),
                ctx.text("conflict.typingKept"))) {
            double width = onFx(() -> {
                javafx.scene.text.Text t = new javafx.scene.text.Text(message);
                t.setFont(font);
                return t.getLayoutBounds().getWidth();
            });
            assertThat(width).as(message).isLessThanOrEqualTo(340);
        }
        clickWhenShown("#conflictTheirs");
        String done = ctx.text("conflict.allResolved");
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText().equals(done)
                && laidOut(robot.lookup("#statusMessage").query()));
        Label says = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(onFx(() -> lines(says))).as("one line: " + done).isEqualTo(1);
        // undone, the bar is back and the status bar says so, in one line too
        clickWhenShown("#bodyArea");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        String reopened = ctx.text("conflict.reopenedBody");
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText().equals(reopened)
                && laidOut(robot.lookup("#statusMessage").query()));
        assertThat(onFx(() -> lines(says))).as("one line: " + reopened).isEqualTo(1);
    }

    @Test
    void theBannerShowsBothVersionsAndKeepTheirsResolvesItAsAnUndoableSave() throws Exception {
        conflict();
        showWindow();
        assertThat(robot.lookup("#conflictMineText").queryAs(Label.class).getText()).contains("Some ships left.");
        assertThat(robot.lookup("#conflictTheirsText").queryAs(Label.class).getText()).contains("Forty ships wait outside.");

        clickWhenShown("#conflictTheirs");
        String theirs = "The harbour reopens today.\nForty ships wait outside.\nThe mayor is pleased.";
        waitUntil(() -> body().getText().equals(theirs) && !window.editor().dirtyProperty().get());
        waitUntil(() -> !robot.lookup("#conflictBar").query().isVisible());
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(theirs);
        assertThat(ConflictRecords.of(workspace, "harbour")).isEmpty();
        // nothing lost: this desk's version is in the history
        window.desk().commits().flushAll().get(60, TimeUnit.SECONDS);
        List<String> texts = window.desk().queue().submit(r -> {
            List<String> out = new ArrayList<>();
            for (Version v : r.history("harbour")) {
                out.add(r.articleAt("harbour", v.commit()).bodyText());
            }
            return out;
        }).get(60, TimeUnit.SECONDS);
        assertThat(texts).anyMatch(t -> t.contains("Some ships left.") && !t.contains("Forty"));
        assertThat(texts.get(0)).isEqualTo(theirs);

        clickWhenShown("#bodyArea");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> body().getText().contains("Some ships left.\nForty ships wait outside."));
    }

    @Test
    void keepMineAndKeepBoth() throws Exception {
        conflict();
        showWindow();
        clickWhenShown("#conflictBoth");
        waitUntil(() -> !robot.lookup("#conflictBar").query().isVisible());
        assertThat(body().getText()).contains("Some ships left.\nForty ships wait outside.");
        assertThat(ConflictRecords.of(workspace, "harbour")).isEmpty();
        assertThat(workspace.get("harbour").bodyText()).contains("Some ships left.\nForty ships wait outside.");
    }

    @Test
    void keepMineRemovesTheirVersionOnly() throws Exception {
        conflict();
        showWindow();
        clickWhenShown("#conflictMine");
        String mine = "The harbour reopens today.\nSome ships left.\nThe mayor is pleased.";
        waitUntil(() -> body().getText().equals(mine) && !robot.lookup("#conflictBar").query().isVisible());
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(mine);
    }

    /** Puts the caret in the body's paragraph {@code n}, {@code fromEnd} characters before its end, and focuses it. */
    void caretIn(int n, int fromEnd) throws Exception {
        clickWhenShown("#bodyArea");
        robot.interact(() -> body().moveTo(n, body().getParagraphLength(n) - fromEnd));
    }

    boolean disabled(String query) {
        return robot.lookup(query).tryQuery().map(Node::isDisabled).orElse(false);
    }

    String label(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /**
     * Typing in this desk's version before choosing: Keep theirs takes it out, and says the typing is one Ctrl+Z away;
     * Ctrl+Z (the focus is back in the text) brings the typed version back with the conflict, Ctrl+Shift+Z takes theirs
     * again; Keep mine then keeps the typed version, saved.
     */
    @Test
    void afterTypingInMineKeepTheirsThenCtrlZThenKeepMine() throws Exception {
        conflict();
        showWindow();
        caretIn(1, 1); // before the full stop of "Some ships left."
        robot.write(" at dawn");
        String typed = "The harbour reopens today.\nSome ships left at dawn.\nForty ships wait outside.\nThe mayor is pleased.";
        waitUntil(() -> body().getText().equals(typed) && !disabled("#conflictTheirs"));

        clickWhenShown("#conflictTheirs");
        String theirs = "The harbour reopens today.\nForty ships wait outside.\nThe mayor is pleased.";
        waitUntil(() -> body().getText().equals(theirs) && !window.editor().dirtyProperty().get()
                && !robot.lookup("#conflictBar").query().isVisible() && label("#statusMessage").contains("Ctrl+Z"));
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(theirs);
        assertThat(ConflictRecords.of(workspace, "harbour")).isEmpty();

        // the focus went back to the text: one Ctrl+Z there, nothing clicked first
        waitUntil(() -> body().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> body().getText().equals(typed) && robot.lookup("#conflictBar").query().isVisible()
                && !disabled("#conflictMine") && ConflictRecords.of(workspace, "harbour").size() == 1
                && label("#statusMessage").equals(ctx.text("conflict.reopenedBody")));
        // redo takes theirs again and resolves it again; undo once more brings the typing and the conflict back
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> body().getText().equals(theirs) && ConflictRecords.of(workspace, "harbour").isEmpty()
                && !robot.lookup("#conflictBar").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> body().getText().equals(typed) && ConflictRecords.of(workspace, "harbour").size() == 1
                && robot.lookup("#conflictBar").query().isVisible() && !disabled("#conflictMine"));

        clickWhenShown("#conflictMine");
        String mine = "The harbour reopens today.\nSome ships left at dawn.\nThe mayor is pleased.";
        waitUntil(() -> body().getText().equals(mine) && !window.editor().dirtyProperty().get()
                && !robot.lookup("#conflictBar").query().isVisible() && ConflictRecords.of(workspace, "harbour").isEmpty());
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(mine);
    }

    /**
     * This desk's version typed over beyond recognition: mine and theirs go off and the bar says why and what to do;
     * Keep both still resolves it, the text as it is.
     */
    @Test
    void aVersionRewrittenBeyondRecognitionTurnsTheChoicesOffAndSaysWhy() throws Exception {
        conflict();
        showWindow();
        caretIn(1, 0);
        robot.interact(() -> body().selectRange(1, 0, 1, body().getParagraphLength(1)));
        robot.write("No vessel moved");
        waitUntil(() -> disabled("#conflictMine") && disabled("#conflictTheirs")
                && label("#conflictText").contains("Keep both"));
        assertThat(label("#conflictText")).contains("rewritten or removed");
        assertThat(robot.lookup("#conflictBoth").query().isDisabled()).isFalse();

        clickWhenShown("#conflictBoth");
        String both = "The harbour reopens today.\nNo vessel moved\nForty ships wait outside.\nThe mayor is pleased.";
        waitUntil(() -> !robot.lookup("#conflictBar").query().isVisible() && ConflictRecords.of(workspace, "harbour").isEmpty()
                && !window.editor().dirtyProperty().get());
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(both);
    }

    /** Both desks gave the story a different section and target length: "theirs" takes each, saved, one at a time. */
    @Test
    void keepTheirsTakesAStoryFactToo() throws Exception {
        factConflicts();
        showWindow();
        assertThat(robot.lookup("#conflictTheirsText").queryAs(Label.class).getText()).contains("Local");

        clickWhenShown("#conflictTheirs");
        waitUntil(() -> ConflictRecords.of(workspace, "harbour").size() == 1
                && robot.lookup("#conflictTheirsText").queryAs(Label.class).getText().contains("400"));
        assertThat(workspace.get("harbour").details().section()).isEqualTo("Local");
        assertThat(window.editor().factsProperty().get().details().section()).isEqualTo("Local");

        clickWhenShown("#conflictTheirs");
        waitUntil(() -> !robot.lookup("#conflictBar").query().isVisible() && ConflictRecords.of(workspace, "harbour").isEmpty());
        assertThat(workspace.get("harbour").details()).isEqualTo(new StoryDetails("Local", "harbour", null, 400));
        assertThat(workspace.get("harbour").bodyText()).isEqualTo(BASE);
    }

    /**
     * Keep theirs on the section, then Ctrl+Z in the Story tab: the section is this desk's again (saved), the conflict is
     * recorded and shown again, and the status bar says so; Ctrl+Shift+Z takes theirs and resolves it again.
     */
    @Test
    void keepTheirsOnAStoryFactIsUndoneWithCtrlZInTheStoryTab() throws Exception {
        factConflicts();
        showWindow();
        robot.interact(() -> window.showPanel("story"));
        clickWhenShown("#conflictTheirs");
        waitUntil(() -> ConflictRecords.of(workspace, "harbour").size() == 1
                && "Local".equals(workspace.get("harbour").details().section()));
        waitUntil(() -> robot.lookup("#sectionField").queryAs(TextField.class).getText().equals("Local"));

        clickWhenShown("#slugField");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> ConflictRecords.of(workspace, "harbour").size() == 2
                && "Economy".equals(workspace.get("harbour").details().section()));
        waitUntil(() -> robot.lookup("#sectionField").queryAs(TextField.class).getText().equals("Economy")
                && robot.lookup("#conflictBar").query().isVisible()
                && robot.lookup("#conflictTheirsText").queryAs(Label.class).getText().contains("Local")
                && robot.lookup("#statusMessage").queryAs(Label.class).getText().contains("open again"));
        // the slug field's own undo did not run: it is as it was
        assertThat(robot.lookup("#slugField").queryAs(TextField.class).getText()).isEqualTo("harbour");
        assertThat(window.editor().dirtyProperty().get()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> ConflictRecords.of(workspace, "harbour").size() == 1
                && "Local".equals(workspace.get("harbour").details().section())
                && robot.lookup("#conflictTheirsText").queryAs(Label.class).getText().contains("400"));
    }

    /** Keep theirs on a link goes through the link history: the Related tab's Undo puts this desk's link back. */
    @Test
    void keepTheirsOnALinkIsUndoneInTheRelatedTab() throws Exception {
        Path remote = tempDir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(DeskRepository.BRANCH).call().close();
        String url = remote.toUri().toString();
        workspace.saveOverwriting(Article.draft("quay", "Quay plans", "en", Instant.parse("2026-11-30T07:00:00Z")));
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(BASE)).withLinks(List.of(new RelatedLink("quay", Relation.SEE_ALSO, null))));
        Workspace ben = Workspace.open(tempDir.resolve("ben"));
        try (DeskRepository a = DeskRepository.open(workspace); DeskRepository b = DeskRepository.open(ben)) {
            a.sync(url, ANNA);
            b.sync(url, BEN);
            ben.save(ben.get("harbour").withLinks(List.of(new RelatedLink("quay", Relation.BACKGROUND, "their note"))));
            b.sync(null, BEN);
            workspace.save(workspace.get("harbour").withLinks(List.of(new RelatedLink("quay", Relation.FOLLOW_UP, null))));
            assertThat(a.sync(null, ANNA).conflictsLeft()).isTrue();
        }
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        robot.interact(() -> window.list().select("harbour"));
        waitUntil(() -> window.editor().articleProperty().get() != null
                && window.editor().articleProperty().get().id().equals("harbour")
                && robot.lookup("#conflictBar").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> window.showPanel("related"));
        clickWhenShown("#conflictTheirs");
        RelatedLink theirs = new RelatedLink("quay", Relation.BACKGROUND, "their note");
        waitUntil(() -> ConflictRecords.of(workspace, "harbour").isEmpty()
                && workspace.get("harbour").links().equals(List.of(theirs)));

        clickWhenShown("#undoLinkChange");
        waitUntil(() -> ConflictRecords.of(workspace, "harbour").size() == 1
                && workspace.get("harbour").links().equals(List.of(new RelatedLink("quay", Relation.FOLLOW_UP, null)))
                && robot.lookup("#conflictBar").query().isVisible());
    }

    void factConflicts() throws Exception {
        Path remote = tempDir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(DeskRepository.BRANCH).call().close();
        String url = remote.toUri().toString();
        StoryDetails desk = new StoryDetails("Business", "harbour", null, 600);
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(BASE)).withDetails(desk));
        Workspace ben = Workspace.open(tempDir.resolve("ben"));
        try (DeskRepository a = DeskRepository.open(workspace); DeskRepository b = DeskRepository.open(ben)) {
            a.sync(url, ANNA);
            b.sync(url, BEN);
            ben.save(ben.get("harbour").withDetails(new StoryDetails("Local", "harbour", null, 400)));
            b.sync(null, BEN);
            workspace.save(workspace.get("harbour").withDetails(new StoryDetails("Economy", "harbour", null, 800)));
            assertThat(a.sync(null, ANNA).conflictsLeft()).isTrue();
        }
    }
}
