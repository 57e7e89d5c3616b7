package org.copydesk.editing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Story tab's undo and redo: every change to the story facts of the open article (language, desk status, tags,
 * section, slug, embargo, target length) is one {@link Step}, kept per article. Typing in one field is one step until
 * {@link #endTyping()} (the field loses the focus) or another change. A step can carry a cause, what made it (a
 * conflict's "keep theirs"): whoever listens with {@link #onReplay} is told when that step is undone or redone.
 *
 * <p>Undo and redo put back only the facts the step changed, and only when they are still as the step left them: a
 * fact changed meanwhile by something else (a reload, a sync) is a {@link Result.Kind#CONFLICT}, nothing is changed and
 * the step leaves the history. Not thread-safe: used from one thread (the FX thread).
 *
 * @param <C> what can cause a step besides the user's own edits (kept with the step, never looked into)
 */
public final class StoryEditing<C> {
    /** The article being edited. */
    public interface Open {
        /** The id of the open article; null when none is open. */
        String articleId();

        /** Its story facts as edited now. */
        StoryFacts facts();

        /** Takes changed facts (the app then saves them); false when it cannot (read-only): nothing is recorded. */
        boolean take(StoryFacts changed);
    }

    /** One of the story facts. */
    public enum Fact {
        LANGUAGE, STATUS, TAGS, SECTION, SLUG, EMBARGO, TARGET_LENGTH;

        public Object of(StoryFacts f) {
            return switch (this) {
                case LANGUAGE -> f.language();
                case STATUS -> f.status();
                case TAGS -> f.tags();
                case SECTION -> f.details().section();
                case SLUG -> f.details().slug();
                case EMBARGO -> f.details().embargo();
                case TARGET_LENGTH -> f.details().targetWords();
            };
        }

        /** {@code into} with this fact taken from {@code from}. */
        public StoryFacts copy(StoryFacts from, StoryFacts into) {
            return switch (this) {
                case LANGUAGE -> into.withLanguage(from.language());
                case STATUS -> into.withStatus(from.status());
                case TAGS -> new StoryFacts(into.language(), into.status(), from.tags(), into.details());
                case SECTION -> into.withDetails(into.details().withSection(from.details().section()));
                case SLUG -> into.withDetails(into.details().withSlug(from.details().slug()));
                case EMBARGO -> into.withDetails(into.details().withEmbargo(from.details().embargo()));
                case TARGET_LENGTH -> into.withDetails(into.details().withTargetWords(from.details().targetWords()));
            };
        }

        /** The facts that differ between two versions. */
        public static Set<Fact> changed(StoryFacts a, StoryFacts b) {
            Set<Fact> out = EnumSet.noneOf(Fact.class);
            for (Fact f : values()) {
                if (!Objects.equals(f.of(a), f.of(b))) {
                    out.add(f);
                }
            }
            return out;
        }
    }

    /**
     * One change to an article's facts: the facts before and after it (only {@link #changed()} count), and its cause
     * (null: the user's own edit). A step with a cause may change nothing (a conflict resolved by keeping mine).
     */
    public record Step<C>(String articleId, StoryFacts before, StoryFacts after, Set<Fact> changed, C cause, boolean typing) {
        public Step {
            Objects.requireNonNull(articleId, "articleId");
            changed = Set.copyOf(changed);
        }
    }

    /** What an action did, and which action it was. {@code found}: for a conflict, the facts as they are now. */
    public record Result<C>(Kind kind, Action action, Step<C> step, StoryFacts found) {
        public enum Kind {
            /** Changed and taken (or, for a step that changes nothing, recorded). */
            DONE,
            /** Nothing to change, undo or redo; no article open. */
            NOTHING,
            /** The article refused the change (read-only): nothing changed, nothing recorded. */
            REFUSED,
            /** A fact the step changed was changed meanwhile by something else: left as it is, the step dropped. */
            CONFLICT
        }

        public enum Action {
            CHANGE, UNDO, REDO
        }

        public boolean done() {
            return kind == Kind.DONE;
        }
    }

    private final Open open;
    private final Map<String, Deque<Step<C>>> undo = new HashMap<>();
    private final Map<String, Deque<Step<C>>> redo = new HashMap<>();
    private final List<Consumer<Result<C>>> listeners = new ArrayList<>();
    private final List<Runnable> watchers = new ArrayList<>();
    /** The article typed in last, while its typing goes on (null: none). */
    private String typingIn;

    public StoryEditing(Open open) {
        this.open = Objects.requireNonNull(open, "open");
    }

    /** Told of every undo and redo that did something or conflicted (after the facts were taken). */
    public void onReplay(Consumer<Result<C>> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Told after anything that may change {@link #canUndo} or {@link #canRedo}. */
    public void onHistoryChanged(Runnable watcher) {
        watchers.add(Objects.requireNonNull(watcher));
    }

    // ------------------------------------------------------------------------------------------------ changes

    /** The user set the facts to {@code next} (a choice, a button): one step. */
    public Result<C> change(StoryFacts next) {
        return record(next, null, false);
    }

    /** {@code next} came from {@code cause} (a conflict's choice): one step, recorded even when no fact changes. */
    public Result<C> change(StoryFacts next, C cause) {
        return record(next, Objects.requireNonNull(cause, "cause"), false);
    }

    /**
     * The user typed in a field, giving {@code next}: merged into the last step while it is typing into the same one
     * field and nothing else happened since; a step that comes back to where it started leaves the history.
     */
    public Result<C> type(StoryFacts next) {
        return record(next, null, true);
    }

    /** The typing in a field is over (it lost the focus): the next keystroke starts a new step. */
    public void endTyping() {
        typingIn = null;
    }

    private Result<C> record(StoryFacts next, C cause, boolean typing) {
        String id = open.articleId();
        StoryFacts now = id == null ? null : open.facts();
        if (now == null || next == null) {
            return result(Result.Kind.NOTHING, Result.Action.CHANGE, null, null);
        }
        Set<Fact> changed = Fact.changed(now, next);
        if (changed.isEmpty() && cause == null) {
            return result(Result.Kind.NOTHING, Result.Action.CHANGE, null, null);
        }
        Deque<Step<C>> stack = stack(undo, id);
        Step<C> last = stack.peek();
        boolean merge = typing && id.equals(typingIn) && last != null && last.typing() && last.cause() == null
                && changed.size() == 1 && last.changed().equals(changed) && last.after().equals(now);
        Step<C> step = merge ? new Step<>(id, last.before(), next, changed, null, true)
                : new Step<>(id, now, next, changed, cause, typing);
        if (!changed.isEmpty() && !open.take(next)) {
            return result(Result.Kind.REFUSED, Result.Action.CHANGE, step, null);
        }
        if (merge) {
            stack.pop();
            if (Fact.changed(step.before(), next).isEmpty()) {
                // typed back to where the field started: no step at all
                stack(redo, id).clear();
                typingIn = null;
                return result(Result.Kind.DONE, Result.Action.CHANGE, step, null);
            }
        }
        stack.push(step);
        stack(redo, id).clear();
        typingIn = typing ? id : null;
        return result(Result.Kind.DONE, Result.Action.CHANGE, step, null);
    }

    // ------------------------------------------------------------------------------------------- undo, redo

    public boolean canUndo() {
        String id = open.articleId();
        return id != null && !stack(undo, id).isEmpty();
    }

    public boolean canRedo() {
        String id = open.articleId();
        return id != null && !stack(redo, id).isEmpty();
    }

    /** The step the next undo would undo (null: none). */
    public Step<C> nextUndo() {
        String id = open.articleId();
        return id == null ? null : stack(undo, id).peek();
    }

    /** The step the next redo would do again (null: none). */
    public Step<C> nextRedo() {
        String id = open.articleId();
        return id == null ? null : stack(redo, id).peek();
    }

    /** Puts the facts of the open article's last step back as they were before it. */
    public Result<C> undo() {
        return replay(undo, redo, Result.Action.UNDO);
    }

    /** Does the last undone step again. */
    public Result<C> redo() {
        return replay(redo, undo, Result.Action.REDO);
    }

    private Result<C> replay(Map<String, Deque<Step<C>>> from, Map<String, Deque<Step<C>>> to, Result.Action action) {
        typingIn = null;
        String id = open.articleId();
        StoryFacts now = id == null ? null : open.facts();
        if (now == null || stack(from, id).isEmpty()) {
            return result(Result.Kind.NOTHING, action, null, null);
        }
        Step<C> step = stack(from, id).peek();
        boolean back = action == Result.Action.UNDO;
        StoryFacts expected = back ? step.after() : step.before();
        StoryFacts wanted = back ? step.before() : step.after();
        StoryFacts next = now;
        for (Fact f : step.changed()) {
            if (!Objects.equals(f.of(now), f.of(expected))) {
                // changed by something else since: theirs is kept, and this step can no longer be replayed
                stack(from, id).pop();
                return tell(result(Result.Kind.CONFLICT, action, step, now));
            }
            next = f.copy(wanted, next);
        }
        if (!step.changed().isEmpty() && !open.take(next)) {
            return result(Result.Kind.REFUSED, action, step, null);
        }
        stack(from, id).pop();
        stack(to, id).push(step);
        return tell(result(Result.Kind.DONE, action, step, null));
    }

    private Result<C> tell(Result<C> r) {
        for (Consumer<Result<C>> l : List.copyOf(listeners)) {
            l.accept(r);
        }
        return r;
    }

    private Result<C> result(Result.Kind kind, Result.Action action, Step<C> step, StoryFacts found) {
        if (kind != Result.Kind.NOTHING) {
            List.copyOf(watchers).forEach(Runnable::run);
        }
        return new Result<>(kind, action, step, found);
    }

    private Deque<Step<C>> stack(Map<String, Deque<Step<C>>> stacks, String articleId) {
        return stacks.computeIfAbsent(articleId, k -> new ArrayDeque<>());
    }
}
