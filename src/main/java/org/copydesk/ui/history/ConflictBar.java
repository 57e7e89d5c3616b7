package org.copydesk.ui.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.copydesk.editing.LinkEditing;
import org.copydesk.editing.StoryEditing;
import org.copydesk.editing.UndoHistory;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.RelatedLink;
import org.copydesk.sync.Conflict;
import org.copydesk.sync.ConflictChoice;
import org.copydesk.sync.ConflictChoice.Keep;
import org.copydesk.sync.ConflictPlace;
import org.copydesk.sync.ConflictRecords;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.SyncException;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.editor.ArticleEditor;
import org.copydesk.editing.StoryFacts;

/**
 * The conflict banner of an article a sync left with conflicts: one conflict at a time, both versions quoted, and the
 * choice of mine, theirs or both. The choice is an ordinary undoable edit of the editor, saved as usual; the conflict is
 * then removed from the file. Both versions stay in the desk's history.
 *
 * <p>A choice on a story fact (language, status, section, slug, embargo, target length) is a step of the Story tab's
 * history, and "keep theirs" on a link a step of the link history: undoing it there puts the value back, records the
 * conflict in the file again and shows it here again; redoing it resolves it again.
 *
 * <p>A choice on the body is found also after the editor typed in the passage ({@link ConflictPlace}): keeping a side
 * keeps it as it is now; typing in the side taken out stays in the body's undo history, and the status bar says so.
 * Undoing the choice in the body records and shows the conflict again, redoing it resolves it again. While the passage
 * cannot be told any more, mine and theirs are off and the bar says why.
 */
final class ConflictBar {
    private final UiContext ctx;
    private final ArticleEditor editor;
    private final Consumer<String> status;
    private final VBox root = new VBox(4);
    private final Label text = new Label();
    private final Label mineText = new Label();
    private final Label theirsText = new Label();
    private final Button mine = new Button();
    private final Button theirs = new Button();
    private final Button both = new Button();
    private String id;
    private List<Conflict> open = List.of();
    private StoryEditing<Conflict> facts;
    private LinkEditing links;
    /** The body's choices still in its undo history: undone, their conflict is open again. */
    private final List<BodyChoice> bodyChoices = new ArrayList<>();
    /** Looks for the passage again once the typing pauses. */
    private final PauseTransition recheck = new PauseTransition(Duration.millis(250));

    /** A choice on a body conflict, and the place in the body's history it reached. */
    private static final class BodyChoice {
        final String article;
        final Conflict conflict;
        final UndoHistory.Position at;
        boolean undone;

        BodyChoice(String article, Conflict conflict, UndoHistory.Position at) {
            this.article = article;
            this.conflict = conflict;
            this.at = at;
        }
    }

    ConflictBar(UiContext ctx, ArticleEditor editor, Consumer<String> status) {
        this.ctx = ctx;
        this.editor = editor;
        this.status = status;
        root.setId("conflictBar");
        root.getStyleClass().add("conflict-bar");
        root.getStylesheets().add(Objects.requireNonNull(ConflictBar.class.getResource("history.css")).toExternalForm());
        text.setId("conflictText");
        text.setWrapText(true);
        mineText.setId("conflictMineText");
        theirsText.setId("conflictTheirsText");
        for (Label l : List.of(mineText, theirsText)) {
            l.setWrapText(true);
            l.getStyleClass().add("conflict-side");
        }
        mine.setId("conflictMine");
        mine.setText(ctx.text("conflict.keepMine"));
        theirs.setId("conflictTheirs");
        theirs.setText(ctx.text("conflict.keepTheirs"));
        both.setId("conflictBoth");
        both.setText(ctx.text("conflict.keepBoth"));
        mine.setOnAction(e -> choose(Keep.MINE));
        theirs.setOnAction(e -> choose(Keep.THEIRS));
        both.setOnAction(e -> choose(Keep.BOTH));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().setAll(text, mineText, theirsText, new HBox(6, spacer, mine, theirs, both));
        recheck.setOnFinished(e -> placeButtons());
        editor.addBodyHistoryListener(this::bodyHistoryChanged);
        show(null, List.of());
    }

    /** The histories a choice on a story fact or a link goes into (without them, a choice is not undoable). */
    void useHistories(StoryEditing<Conflict> facts, LinkEditing links) {
        this.facts = facts;
        this.links = links;
        facts.onReplay(r -> {
            if (r.done() && r.step().cause() != null) {
                replayed(r.step().articleId(), r.step().cause(), r.action() == StoryEditing.Result.Action.UNDO);
            }
        });
        links.onReplay((step, cause, undone) -> {
            if (cause instanceof Conflict c) {
                replayed(step.articleId(), c, undone);
            }
        });
    }

    Node view() {
        return root;
    }

    /** The conflicts still open in the article shown (tests). */
    List<Conflict> open() {
        return open;
    }

    /** Shows the first of an article's conflicts (none: the bar hides). */
    void show(String articleId, List<Conflict> conflicts) {
        id = articleId;
        open = List.copyOf(conflicts);
        boolean any = articleId != null && !open.isEmpty();
        root.setVisible(any);
        root.setManaged(any);
        if (!any) {
            return;
        }
        Conflict c = open.get(0);
        mineText.setText(ctx.text("conflict.mine", String.join(" ¶ ", c.mine())));
        theirsText.setText(ctx.text("conflict.theirs", String.join(" ¶ ", c.theirs())));
        placeButtons();
    }

    /** Mine and theirs on or off for the conflict shown, as the body is now; the bar says why they are off. */
    private void placeButtons() {
        if (id == null || open.isEmpty()) {
            return;
        }
        Conflict c = open.get(0);
        String where = c.isBody() ? ctx.text("conflict.body") : ctx.text("conflict.field", c.field());
        String says = ctx.text("conflict.text", where, open.size());
        ConflictPlace.Lost lost = c.isBody() ? ConflictPlace.find(texts(), c).lost() : null;
        Article edited = editor.edited().orElse(null);
        boolean field = !c.isBody() && (ConflictChoice.TEXT_FIELDS.contains(c.field())
                || (edited != null && ConflictChoice.withTheirs(edited, c) != null));
        mine.setDisable(lost != null);
        theirs.setDisable(lost != null || (!c.isBody() && !field));
        if (lost != null) {
            says += " " + ctx.text(lost == ConflictPlace.Lost.AMBIGUOUS ? "conflict.twice" : "conflict.editedSince");
        }
        text.setText(says);
    }

    /**
     * After each change of the body's history: a body choice undone opens its conflict again, redone resolves it again;
     * and, the typing paused, mine and theirs are checked again against the body.
     */
    private void bodyHistoryChanged() {
        Article shown = editor.articleProperty().get();
        for (Iterator<BodyChoice> it = bodyChoices.iterator(); it.hasNext(); ) {
            BodyChoice b = it.next();
            if (!b.at.isValid() || shown == null || !shown.id().equals(b.article)) {
                it.remove(); // given up (something else typed after undoing it), or another article open
                continue;
            }
            boolean reached = b.at.reached();
            if (reached == b.undone) {
                b.undone = !reached;
                boolean undone = b.undone;
                // after the history is done changing: the save must see the body as undo or redo left it
                Platform.runLater(() -> replayed(b.article, b.conflict, undone));
            }
        }
        if (id != null && !open.isEmpty() && open.get(0).isBody()) {
            recheck.playFromStart();
        }
    }

    private List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Paragraph p : editor.bodyNow()) {
            out.add(p.text());
        }
        return out;
    }

    private void choose(Keep keep) {
        Article a = editor.articleProperty().get();
        if (open.isEmpty() || a == null || !a.id().equals(id)) {
            return;
        }
        Conflict c = open.get(0);
        String note = null;
        if (c.isBody()) {
            ConflictChoice.Removal r = ConflictChoice.removal(texts(), c, keep);
            if (r == null) {
                placeButtons(); // the passage cannot be told any more: say why
                return;
            }
            if (r.count() > 0) {
                if (!editor.removeBodyParagraphs(r.first(), r.count())) {
                    return;
                }
                bodyChoices.add(new BodyChoice(id, c, editor.bodyHistoryPlace()));
                note = r.edited() ? ctx.text("conflict.typingKept") : null;
            }
            editor.focusBody(); // back to the text: Ctrl+Z there takes the choice back (not the field after the bar)
        } else if (facts != null && keep != Keep.BOTH && !ConflictChoice.TEXT_FIELDS.contains(c.field())) {
            if (!chooseInHistory(c, keep)) {
                return;
            }
        } else if (keep == Keep.THEIRS && !ConflictChoice.TEXT_FIELDS.contains(c.field())) {
            // the language, a story fact or a link: theirs goes into the editor as the Story tab would put it
            Article now = editor.edited().orElse(null);
            Article after = now == null ? null : ConflictChoice.withTheirs(now, c);
            if (after == null) {
                return;
            }
            if (!after.links().equals(now.links())) {
                String article = id;
                editor.changeLinks(x -> x.withLinks(after.links())).thenAccept(saved -> {
                    if (saved) {
                        record(article, c, null);
                    }
                });
                return;
            }
            editor.factsProperty().set(StoryFacts.of(after));
        } else {
            String value = ConflictChoice.fieldValue(c, keep);
            if (value != null && !editor.setStoryField(c.field(), value)) {
                return;
            }
        }
        // the choice is saved (on the desk thread) before the resolution is recorded
        String article = id;
        String typing = note;
        editor.save().thenAccept(saved -> {
            if (saved) {
                record(article, c, typing);
            }
        });
    }

    /**
     * Mine or theirs on a story fact or a link, as a step of the Story tab's history or of the link history; false when
     * nothing could be done (the value does not read, the story is read-only, the link changed meanwhile).
     */
    private boolean chooseInHistory(Conflict c, Keep keep) {
        Article now = editor.edited().orElse(null);
        if (now == null) {
            return false;
        }
        Article after = keep == Keep.THEIRS ? ConflictChoice.withTheirs(now, c) : now;
        if (after == null) {
            return false;
        }
        String target = ConflictChoice.linkTarget(c);
        if (target != null) {
            if (keep == Keep.MINE) {
                return true; // the link stays as it is: only the conflict goes
            }
            RelatedLink theirs = after.links().stream().filter(l -> l.targetId().equals(target)).findFirst().orElse(null);
            LinkEditing.Result r = links.set(theirs, c);
            return r.done() || r.kind() == LinkEditing.Result.Kind.NOTHING;
        }
        return facts.change(StoryFacts.of(after), c).done();
    }

    /** A choice was undone (the conflict is recorded and shown again) or redone (resolved again), once saved. */
    private void replayed(String article, Conflict c, boolean undone) {
        editor.save().thenAccept(saved -> {
            if (!saved) {
                return;
            }
            if (!undone) {
                record(article, c, null);
                return;
            }
            // on the desk thread, in order with the saves and with record()
            rewrite(article, ws -> ConflictRecords.reopen(ws, article, c), "cannot record the conflict again",
                    left -> c.isBody() ? ctx.text("conflict.reopenedBody") : ctx.text("conflict.reopened", c.field()));
        });
    }

    /** Records a conflict as resolved; the status bar says so, and adds {@code note} when there is one. */
    private void record(String article, Conflict c, String note) {
        // file work, on the desk thread in order with the saves (a merge with the editor records conflicts without git)
        rewrite(article, ws -> ConflictRecords.resolve(ws, article, c), "cannot record the resolution", left -> {
            String done = left.isEmpty() ? ctx.text("conflict.allResolved") : ctx.text("conflict.resolvedOne", left.size());
            return note == null ? done : done + " " + note;
        });
    }

    /** What changes the article's recorded conflicts on disk and gives those left. */
    private interface RecordsChange {
        List<Conflict> apply(Workspace ws) throws IOException;
    }

    /** Changes the recorded conflicts on the desk thread, then shows those left and says what happened. */
    private void rewrite(String article, RecordsChange change, String failure, Function<List<Conflict>, String> done) {
        ctx.desk().run(ws -> {
            try {
                return change.apply(ws);
            } catch (IOException e) {
                throw new SyncException(failure + ": " + e.getMessage(), e);
            }
        }).whenComplete((left, e) -> Platform.runLater(() -> {
            if (e != null) {
                status.accept(ctx.text("conflict.failed", e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
                return;
            }
            if (article.equals(id)) {
                show(article, left);
            }
            status.accept(done.apply(left));
        }));
    }
}
