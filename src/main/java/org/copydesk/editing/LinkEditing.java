package org.copydesk.editing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;

/**
 * Link editing of the open article, with its own undo and redo: add a link, remove one, change its relation, turn a
 * "See also …" paragraph into a link. Every change is one {@link Step} on the link to one target, kept per article.
 *
 * <p>Undo and redo touch only the link the step changed, and only when that link is still as the step left it: a link
 * changed meanwhile by something else (another writer, a sync, a reload) is a {@link Result.Kind#CONFLICT}, and
 * nothing is changed — the other change is never overwritten, and the other links are never touched. Undo never
 * touches the text either: a paragraph a conversion removed comes back with the text's own undo.
 *
 * <p>The article is reached through {@link Open}: in the app the editor (which saves what it takes), in tests a plain
 * holder. A step is recorded only once the change has been taken. Not thread-safe: used from one thread (the FX thread).
 */
public final class LinkEditing {
    /** The article being edited. */
    public interface Open {
        /** The article as it is now, with any unsaved edits; null when none is open. */
        Article now();

        /** Takes the changed article (the app saves it); false when it cannot (read-only, say): nothing is recorded. */
        boolean take(Article changed);
    }

    /**
     * One change to the link to {@code targetId} of an article: the link before and after it (null: no link), the place
     * the link had in the list (where undo puts a removed link back), and whether text left the body with it.
     */
    public record Step(String articleId, String targetId, RelatedLink before, RelatedLink after, int position,
                       boolean removedText) {
        public Step {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(targetId, "targetId");
        }
    }

    /**
     * What an action did. {@code step} is the step done, undone or redone (or the one that conflicted); {@code found}
     * is, for a conflict, the link as it is now (null: there is none any more).
     */
    public record Result(Kind kind, Step step, RelatedLink found) {
        public enum Kind {
            /** Changed and taken. */
            DONE,
            /** Nothing to change (the link is already so, nothing to undo or redo, no article open). */
            NOTHING,
            /** The article refused the change (read-only): nothing changed, nothing recorded. */
            REFUSED,
            /** The link was changed meanwhile by something else: left as it is, the step dropped from the history. */
            CONFLICT,
            /** The text changed since it was looked at (a conversion found its paragraph in older text): nothing done. */
            TEXT_CHANGED
        }

        static Result of(Kind kind) {
            return new Result(kind, null, null);
        }

        public boolean done() {
            return kind == Kind.DONE;
        }
    }

    /** Told when a step that had a cause (see {@link #set}) is undone or redone. */
    public interface Replayed {
        void replayed(Step step, Object cause, boolean undone);
    }

    private final Open open;
    private final Map<String, Deque<Step>> undo = new HashMap<>();
    private final Map<String, Deque<Step>> redo = new HashMap<>();
    /** What caused a step other than the user's own edit (a conflict's "keep theirs"), by the step itself. */
    private final Map<Step, Object> causes = new IdentityHashMap<>();
    private final List<Replayed> listeners = new ArrayList<>();

    public LinkEditing(Open open) {
        this.open = Objects.requireNonNull(open, "open");
    }

    // ------------------------------------------------------------------------------------------------ changes

    /** Links to {@code targetId} (or changes the relation of the link there, keeping its note and its place). */
    public Result add(String targetId, Relation relation) {
        Article now = open.now();
        if (now == null || targetId == null || targetId.isBlank() || targetId.equals(now.id())) {
            return Result.of(Result.Kind.NOTHING);
        }
        Relation r = relation == null ? Relation.SEE_ALSO : relation;
        String note = linkTo(now, targetId) == null ? null : linkTo(now, targetId).note();
        return change(now, targetId, LinkEdits.withLink(now, new RelatedLink(targetId, r, note)));
    }

    /**
     * Sets the link to {@code link.targetId()} to {@code link} (added at the end when there is none, else in its place),
     * because of {@code cause} (a conflict's "keep theirs"): whoever listens with {@link #onReplay} is told when that
     * step is undone or redone.
     */
    public Result set(RelatedLink link, Object cause) {
        Article now = open.now();
        if (now == null || link == null || link.targetId().equals(now.id())) {
            return Result.of(Result.Kind.NOTHING);
        }
        Result r = change(now, link.targetId(), LinkEdits.withLink(now, link));
        if (r.done() && cause != null) {
            causes.put(r.step(), cause);
        }
        return r;
    }

    /** Listens for the undo and redo of steps that had a cause. */
    public void onReplay(Replayed listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public Result remove(String targetId) {
        Article now = open.now();
        return now == null ? Result.of(Result.Kind.NOTHING) : change(now, targetId, LinkEdits.withoutLink(now, targetId));
    }

    public Result changeRelation(String targetId, Relation relation) {
        Article now = open.now();
        return now == null || relation == null ? Result.of(Result.Kind.NOTHING)
                : change(now, targetId, LinkEdits.withRelation(now, targetId, relation));
    }

    /**
     * Turns the "See also …" paragraph at {@code [start, end)} of {@code looked}'s body into a link to {@code targetId}
     * (see {@link LinkEdits#paragraphToLink}). {@code looked} is the article as it was when the paragraph was found; if
     * its text is no longer the text of the open article, the places may be wrong: nothing is done
     * ({@link Result.Kind#TEXT_CHANGED}) and the caller looks again.
     */
    public Result convert(Article looked, int start, int end, String targetId) {
        Article now = open.now();
        if (now == null || looked == null || targetId == null || targetId.equals(now.id())) {
            return Result.of(Result.Kind.NOTHING);
        }
        if (!now.id().equals(looked.id()) || !now.body().equals(looked.body())) {
            return Result.of(Result.Kind.TEXT_CHANGED);
        }
        if (start < 0 || end < start || end > now.bodyText().length()) {
            return Result.of(Result.Kind.NOTHING);
        }
        return change(now, targetId, LinkEdits.paragraphToLink(now, start, end, targetId));
    }

    private Result change(Article now, String targetId, Article changed) {
        RelatedLink before = linkTo(now, targetId);
        RelatedLink after = linkTo(changed, targetId);
        boolean removedText = !changed.body().equals(now.body());
        if (Objects.equals(before, after) && !removedText) {
            return Result.of(Result.Kind.NOTHING);
        }
        Step step = new Step(now.id(), targetId, before, after, place(now, targetId), removedText);
        if (!open.take(changed)) {
            return new Result(Result.Kind.REFUSED, step, null);
        }
        stack(undo, now.id()).push(step);
        stack(redo, now.id()).clear();
        return new Result(Result.Kind.DONE, step, null);
    }

    // ------------------------------------------------------------------------------------------- undo, redo

    /** True when the open article has a link change to undo. */
    public boolean canUndo() {
        Article now = open.now();
        return now != null && !stack(undo, now.id()).isEmpty();
    }

    public boolean canRedo() {
        Article now = open.now();
        return now != null && !stack(redo, now.id()).isEmpty();
    }

    /** Puts the link of the open article's last change back as it was; the text is left as it is. */
    public Result undo() {
        return replay(undo, redo, true);
    }

    /** Does the last undone change again (the link only). */
    public Result redo() {
        return replay(redo, undo, false);
    }

    private Result replay(Map<String, Deque<Step>> from, Map<String, Deque<Step>> to, boolean back) {
        Article now = open.now();
        if (now == null || stack(from, now.id()).isEmpty()) {
            return Result.of(Result.Kind.NOTHING);
        }
        Step step = stack(from, now.id()).peek();
        RelatedLink expected = back ? step.after() : step.before();
        RelatedLink wanted = back ? step.before() : step.after();
        RelatedLink found = linkTo(now, step.targetId());
        if (!Objects.equals(found, expected)) {
            // changed by something else since: theirs is kept, and this step can no longer be replayed
            stack(from, now.id()).pop();
            return new Result(Result.Kind.CONFLICT, step, found);
        }
        if (!open.take(now.withLinks(withLinkAt(now.links(), step.targetId(), wanted, step.position())))) {
            return new Result(Result.Kind.REFUSED, step, null);
        }
        stack(from, now.id()).pop();
        stack(to, now.id()).push(step);
        Object cause = causes.get(step);
        if (cause != null) {
            for (Replayed l : List.copyOf(listeners)) {
                l.replayed(step, cause, back);
            }
        }
        return new Result(Result.Kind.DONE, step, null);
    }

    /** The links with the one to {@code targetId} set to {@code link} (null: removed), in its place or at {@code position}. */
    static List<RelatedLink> withLinkAt(List<RelatedLink> links, String targetId, RelatedLink link, int position) {
        List<RelatedLink> out = new ArrayList<>(links);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).targetId().equals(targetId)) {
                if (link == null) {
                    out.remove(i);
                } else {
                    out.set(i, link);
                }
                return out;
            }
        }
        if (link != null) {
            out.add(Math.max(0, Math.min(position, out.size())), link);
        }
        return out;
    }

    private static RelatedLink linkTo(Article a, String targetId) {
        return a.links().stream().filter(l -> l.targetId().equals(targetId)).findFirst().orElse(null);
    }

    private static int place(Article a, String targetId) {
        for (int i = 0; i < a.links().size(); i++) {
            if (a.links().get(i).targetId().equals(targetId)) {
                return i;
            }
        }
        return a.links().size();
    }

    private static Deque<Step> stack(Map<String, Deque<Step>> stacks, String articleId) {
        return stacks.computeIfAbsent(articleId, k -> new ArrayDeque<>());
    }
}
