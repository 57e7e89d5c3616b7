package org.copydesk.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body's undo history: the steps done, where undo and redo are, and the step the saved text is at. Typing merges
 * into one step per word ({@link EditStep#merge}); a step that changes nothing is dropped; past {@code limit} steps
 * the oldest is forgotten. Not thread-safe: the editor uses it on one thread.
 *
 * <p>The history does not edit anything itself: {@link #undo()} and {@link #redo()} answer the step to apply, and the
 * editor applies it without {@linkplain #record recording} it again.
 */
public final class UndoHistory {
    /** How many steps the editor keeps by default (words typed, marks set, paragraphs restyled...). */
    public static final int DEFAULT_LIMIT = 10_000;

    /** A place in the history (the state after some step); {@link #isValid()} until that state can no longer come back. */
    public interface Position {
        boolean isValid();

        /** Remembers this place as the saved one: the history is then {@link #atMark()} when it is back here. */
        void mark();

        /**
         * True while the history stands at this place or at a later one built on it: undo has not gone back past it
         * (after an undo past it, a redo brings it back; once the steps undone are given up, it never comes back).
         */
        boolean reached();
    }

    private record Done(EditStep step, long state) {
    }

    private final int limit;
    private final List<Done> done = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    /** How many of {@link #done} are done (the others are undone, waiting for redo). */
    private int cursor;
    /** The state before the oldest step kept. */
    private long baseState;
    private long nextState = 1;
    private long markedState;
    private boolean mergeAllowed;

    public UndoHistory() {
        this(DEFAULT_LIMIT);
    }

    public UndoHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least one step, not " + limit);
        }
        this.limit = limit;
    }

    /** Called after every change of what undo, redo or the mark would answer. */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    /** Records a step just done: the steps undone so far can no longer be redone. */
    public void record(EditStep step) {
        if (step.isIdentity()) {
            return;
        }
        while (done.size() > cursor) {
            done.remove(done.size() - 1);
        }
        if (mergeAllowed && cursor > 0) {
            Optional<EditStep> merged = EditStep.merge(done.get(cursor - 1).step(), step);
            if (merged.isPresent()) {
                done.remove(--cursor);
                if (!merged.get().isIdentity()) {
                    done.add(new Done(merged.get(), nextState++));
                    cursor++;
                }
                changed();
                return;
            }
        }
        done.add(new Done(step, nextState++));
        cursor++;
        if (done.size() > limit) {
            baseState = done.remove(0).state();
            cursor--;
        }
        mergeAllowed = true;
        changed();
    }

    /** The step that undoes the last one done (to be applied by the caller), or empty when there is none. */
    public Optional<EditStep> undo() {
        if (cursor == 0) {
            return Optional.empty();
        }
        EditStep step = done.get(--cursor).step();
        mergeAllowed = false;
        changed();
        return Optional.of(step.invert());
    }

    /** The step to do again (to be applied by the caller), or empty when there is none. */
    public Optional<EditStep> redo() {
        if (cursor == done.size()) {
            return Optional.empty();
        }
        EditStep step = done.get(cursor++).step();
        mergeAllowed = false;
        changed();
        return Optional.of(step);
    }

    public boolean canUndo() {
        return cursor > 0;
    }

    public boolean canRedo() {
        return cursor < done.size();
    }

    /** The step undo would take back, or empty. */
    public Optional<EditStep> nextUndo() {
        return cursor == 0 ? Optional.empty() : Optional.of(done.get(cursor - 1).step());
    }

    /** The step redo would do again, or empty. */
    public Optional<EditStep> nextRedo() {
        return cursor == done.size() ? Optional.empty() : Optional.of(done.get(cursor).step());
    }

    /** The next step recorded starts a step of its own (typing after a save, say). */
    public void preventMerge() {
        mergeAllowed = false;
    }

    /** Forgets every step: nothing to undo or redo. The current state stays (and stays marked if it was). */
    public void forget() {
        long now = state();
        done.clear();
        cursor = 0;
        baseState = now;
        mergeAllowed = false;
        changed();
    }

    /** The current place in the history. */
    public Position position() {
        long at = state();
        return new Position() {
            @Override
            public boolean isValid() {
                return reachable(at);
            }

            @Override
            public void mark() {
                markedState = at;
                changed();
            }

            @Override
            public boolean reached() {
                if (at == baseState) {
                    return true;
                }
                for (int i = 0; i < cursor; i++) {
                    if (done.get(i).state() == at) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** Marks the current place as the saved one. */
    public void mark() {
        position().mark();
    }

    /**
     * Forgets the saved place: no place in the history is as saved (the file now holds a version the body never was,
     * merged from elsewhere), so {@link #atMark()} stays false until the next {@link #mark()}.
     */
    public void unmark() {
        markedState = -1;
        changed();
    }

    /** True when the body is as it was at the marked place. */
    public boolean atMark() {
        return state() == markedState;
    }

    /** How many steps are kept (done and undone). */
    public int size() {
        return done.size();
    }

    private long state() {
        return cursor == 0 ? baseState : done.get(cursor - 1).state();
    }

    private boolean reachable(long state) {
        if (state == baseState) {
            return true;
        }
        for (Done d : done) {
            if (d.state() == state) {
                return true;
            }
        }
        return false;
    }

    private void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
