package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/** The body's undo history, over a model body of text and marks that applies the steps as the editor does. */
class UndoHistoryTest {
    /** The text and marks of a body; applies steps as the editor applies them to its area. */
    private static final class Body {
        String text = "";
        Marks marks = Marks.NONE;
        final UndoHistory history;

        Body(int limit) {
            history = new UndoHistory(limit);
        }

        void apply(EditStep step) {
            if (step instanceof EditStep.TextEdit t) {
                text = text.substring(0, t.pos()) + t.inserted().text() + text.substring(t.pos() + t.removed().length());
                marks = t.after();
            } else if (step instanceof EditStep.MarksEdit m) {
                marks = m.after();
            } else if (step instanceof EditStep.Compound c) {
                c.steps().forEach(this::apply);
            }
        }

        /** Typing or deleting: the text changes and the marks move with it, as one step. */
        void replace(int pos, int end, String inserted) {
            TextShift shift = new TextShift(pos, end - pos, inserted.length());
            EditStep step = new EditStep.TextEdit(pos, Piece.of(text.substring(pos, end)), Piece.of(inserted), marks,
                    marks.shifted(shift));
            apply(step);
            history.record(step);
        }

        void type(String s) {
            for (char c : s.toCharArray()) {
                replace(text.length(), text.length(), String.valueOf(c));
            }
        }

        void markLanguage(int start, int end, String language) {
            EditStep step = new EditStep.MarksEdit(marks, HandMarks.markLanguage(marks, start, end, language));
            apply(step);
            history.record(step);
        }

        boolean undo() {
            Optional<EditStep> s = history.undo();
            s.ifPresent(this::apply);
            return s.isPresent();
        }

        boolean redo() {
            Optional<EditStep> s = history.redo();
            s.ifPresent(this::apply);
            return s.isPresent();
        }

        String state() {
            return text + " " + marks;
        }
    }

    @Test
    void typingUndoesAWordAtATime() {
        Body b = new Body(100);
        b.type("The cat sat");
        assertThat(b.history.size()).isEqualTo(3);
        b.undo();
        assertThat(b.text).isEqualTo("The cat ");
        b.undo();
        assertThat(b.text).isEqualTo("The ");
        b.redo();
        assertThat(b.text).isEqualTo("The cat ");
    }

    @Test
    void aLineBreakAndAPauseForSavingStartNewSteps() {
        Body b = new Body(100);
        b.type("ab");
        b.type("\n");
        b.type("cd");
        b.history.preventMerge();
        b.type("ef");
        assertThat(b.history.size()).isEqualTo(4);
        b.undo();
        assertThat(b.text).isEqualTo("ab\ncd");
    }

    @Test
    void undoTakesTheTextAndTheMarksItMovedBackTogether() {
        Body b = new Body(100);
        b.type("Il dit merci.");
        b.markLanguage(7, 12, "fr");
        b.history.preventMerge();
        b.replace(0, 0, "Hier, ");
        assertThat(b.marks.languages()).containsExactly(new LanguageMark(13, 18, "fr", MarkOrigin.MANUAL));
        b.undo();
        assertThat(b.text).isEqualTo("Il dit merci.");
        assertThat(b.marks.languages()).containsExactly(new LanguageMark(7, 12, "fr", MarkOrigin.MANUAL));
        b.undo();
        assertThat(b.marks.languages()).as("the hand mark is undone on its own").isEmpty();
        assertThat(b.text).isEqualTo("Il dit merci.");
        b.redo();
        b.redo();
        assertThat(b.marks.languages()).containsExactly(new LanguageMark(13, 18, "fr", MarkOrigin.MANUAL));
    }

    @Test
    void aNewEditAfterUndoDropsWhatCouldBeRedone() {
        Body b = new Body(100);
        b.type("one two");
        b.undo();
        UndoHistory.Position undone = b.history.position();
        b.redo();
        UndoHistory.Position redoable = b.history.position();
        b.undo();
        b.type("x");
        assertThat(b.history.canRedo()).isFalse();
        assertThat(b.text).isEqualTo("one x");
        assertThat(undone.isValid()).as("the state the new edit started from").isTrue();
        assertThat(redoable.isValid()).as("a state that cannot come back").isFalse();
    }

    @Test
    void aPlaceIsReachedUntilUndoGoesBackPastItAndAgainAfterRedo() {
        Body b = new Body(100);
        b.type("draft");
        b.history.preventMerge();
        b.replace(5, 5, " merged");
        b.history.preventMerge();
        UndoHistory.Position merged = b.history.position();
        assertThat(merged.reached()).isTrue();
        b.type("!");
        assertThat(merged.reached()).as("a later step stands on it").isTrue();
        b.undo();
        assertThat(merged.reached()).isTrue();
        b.undo();
        assertThat(b.text).isEqualTo("draft");
        assertThat(merged.reached()).as("undone past it").isFalse();
        b.redo();
        assertThat(merged.reached()).as("redone").isTrue();
        b.undo();
        b.type("s");
        assertThat(merged.reached()).as("given up: it never comes back").isFalse();
        assertThat(merged.isValid()).isFalse();
    }

    @Test
    void theSavedPlaceIsKnownWhenUndoAndRedoComeBackToIt() {
        Body b = new Body(100);
        b.type("draft");
        b.history.preventMerge();
        UndoHistory.Position saved = b.history.position();
        b.type("ed");
        saved.mark();
        assertThat(b.history.atMark()).isFalse();
        b.undo();
        assertThat(b.history.atMark()).isTrue();
        b.redo();
        assertThat(b.history.atMark()).isFalse();
    }

    @Test
    void afterTheFileTookAVersionTheBodyNeverWasNoPlaceIsSavedUntilTheNextSave() {
        Body b = new Body(100);
        b.type("draft");
        b.history.preventMerge();
        b.history.mark();
        b.replace(5, 5, " merged");
        b.history.unmark(); // the file now holds another version (merged from elsewhere)
        assertThat(b.history.atMark()).isFalse();
        b.undo();
        assertThat(b.text).isEqualTo("draft");
        assertThat(b.history.atMark()).as("the place saved before is no longer what the file holds").isFalse();
        b.redo();
        b.history.mark();
        assertThat(b.history.atMark()).isTrue();
    }

    @Test
    void typingThatMergesIntoTheSavedStepLeavesTheTextUnsaved() {
        Body b = new Body(100);
        b.type("dra");
        UndoHistory.Position p = b.history.position();
        b.type("ft");
        assertThat(p.isValid()).as("the step saved has grown: its place is gone").isFalse();
        b.history.mark();
        b.type("s");
        assertThat(b.history.atMark()).isFalse();
    }

    @Test
    void aStepThatChangesNothingIsNotKept() {
        Body b = new Body(100);
        b.history.record(new EditStep.MarksEdit(Marks.NONE, Marks.NONE));
        b.history.record(new EditStep.Compound(List.of()));
        assertThat(b.history.canUndo()).isFalse();
        assertThat(b.history.atMark()).isTrue();
    }

    @Test
    void pastTheLimitTheOldestStepsAreForgotten() {
        Body b = new Body(3);
        UndoHistory.Position start = b.history.position();
        b.type("a\nb\nc\nd");
        assertThat(b.history.size()).isEqualTo(3);
        while (b.undo()) {
            // back as far as the history goes
        }
        assertThat(b.text).isEqualTo("a\nb\n");
        assertThat(start.isValid()).isFalse();
        assertThatThrownBy(() -> new UndoHistory(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forgettingKeepsTheBodyAndItsMark() {
        Body b = new Body(100);
        b.type("text");
        b.history.mark();
        b.history.forget();
        assertThat(b.history.canUndo()).isFalse();
        assertThat(b.history.canRedo()).isFalse();
        assertThat(b.history.atMark()).isTrue();
    }

    @Test
    void listenersHearOfEveryChange() {
        Body b = new Body(100);
        int[] heard = new int[1];
        b.history.addListener(() -> heard[0]++);
        b.type("ab");
        b.undo();
        b.redo();
        b.history.mark();
        assertThat(heard[0]).isEqualTo(5);
    }

    /**
     * Any mix of typing, deleting, marking, undo and redo: undoing everything gives back the body it started from,
     * redoing everything the newest body, and an undo followed by a redo changes nothing.
     */
    @Property(tries = 300)
    void undoAndRedoRetraceTheEditsExactly(Gen gen) {
        boolean roomy = gen.bool();
        Body b = new Body(roomy ? 1000 : gen.between(1, 10));
        b.type("Start");
        b.history.forget();
        String first = b.state();
        int steps = gen.between(1, 60);
        for (int i = 0; i < steps; i++) {
            int len = b.text.length();
            switch (gen.between(0, 6)) {
                case 0, 1 -> {
                    int s = gen.between(0, len);
                    b.replace(s, gen.between(s, len), "");
                }
                case 2, 3 -> {
                    int p = gen.between(0, len);
                    b.replace(p, p, gen.oneOf("a", "b", " ", "\n", "xy"));
                }
                case 4 -> {
                    if (len > 0) {
                        int s = gen.between(0, len - 1);
                        b.markLanguage(s, gen.between(s + 1, len), gen.oneOf("fr", "de", "en"));
                    }
                }
                case 5 -> b.undo();
                default -> b.redo();
            }
            if (gen.between(0, 4) == 0 && b.history.canUndo()) {
                String before = b.state();
                b.undo();
                b.redo();
                assertThat(b.state()).as("undo then redo").isEqualTo(before);
            }
        }
        while (b.redo()) {
            // what was undone last is done again: the newest state the history holds
        }
        String last = b.state();
        while (b.undo()) {
            // back to the oldest step kept
        }
        if (roomy) {
            assertThat(b.state()).as("everything undone").isEqualTo(first);
        }
        while (b.redo()) {
            // and forward again
        }
        assertThat(b.state()).as("everything redone").isEqualTo(last);
    }
}
