package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the caret goes when an edit of the body is done, redone or undone ({@link EditStep.TextEdit#caretAfter}). */
class CaretAfterEditTest {
    private static EditStep.TextEdit edit(int pos, String removed, String inserted) {
        return new EditStep.TextEdit(pos, Piece.of(removed), Piece.of(inserted), Marks.NONE, Marks.NONE);
    }

    private static final String MINE = "The council met on Monday.\nIt voted the budget.\nThe mayor spoke.";
    private static final String THEIRS = "The council met on Monday.\nIt voted the budget late.\nThe mayor spoke.";

    @Test
    void typingAndDeletingLeaveTheCaretAfterTheTextAsBefore() {
        assertThat(edit(5, "", "abc").caretAfter()).isEqualTo(8);
        assertThat(edit(5, "abc", "").caretAfter()).as("undoing the typing").isEqualTo(5);
        assertThat(edit(5, "", "\n").caretAfter()).as("Enter").isEqualTo(6);
        assertThat(edit(5, "\n", "").caretAfter()).as("a line break deleted").isEqualTo(5);
        // a word replaced by one like it (a fix, a case change): after the whole replacement, as typing would
        assertThat(edit(4, "the", "The").caretAfter()).isEqualTo(7);
        assertThat(edit(4, "colour", "color").caretAfter()).isEqualTo(9);
    }

    @Test
    void theWholeBodyReplacedForOneChangedParagraphPutsTheCaretAfterTheChangeNotAtTheEnd() {
        // a merge from disk redone: the caret after " late", in the second paragraph
        int afterLate = THEIRS.indexOf("late") + "late".length();
        assertThat(edit(0, MINE, THEIRS).caretAfter()).isEqualTo(afterLate);
        // the merge undone: the caret where " late" was taken out
        assertThat(edit(0, THEIRS, MINE).caretAfter()).isEqualTo(MINE.indexOf("budget") + "budget".length());
        // a paragraph removed in the middle: where it was
        String without = "The council met on Monday.\nThe mayor spoke.";
        assertThat(edit(0, MINE, without).caretAfter()).isEqualTo("The council met on Monday.\n".length());
        // the first paragraph changed, the rest kept: in the first paragraph
        String first = "The council met on Tuesday.\nIt voted the budget.\nThe mayor spoke.";
        assertThat(edit(0, MINE, first).caretAfter()).isEqualTo("The council met on Tues".length());
        // the edit starts further in the body: its place counts
        assertThat(edit(100, MINE, THEIRS).caretAfter()).isEqualTo(100 + afterLate);
    }

    @Test
    void theSameTextPutBackAcrossParagraphsLeavesTheCaretWhereItIs() {
        assertThat(edit(0, MINE, MINE).caretAfter()).isEqualTo(-1);
        assertThat(edit(3, "word", "word").caretAfter()).as("within a line, as ever: after it").isEqualTo(7);
    }
}
