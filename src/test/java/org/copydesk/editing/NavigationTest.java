package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTest {
    private static final List<TextRange> ITEMS = List.of(new TextRange(4, 8), new TextRange(20, 25), new TextRange(40, 41));

    @Test
    void forwardGoesToTheNextItemAfterTheCaretOrSelectionAndWrapsRound() {
        assertThat(Navigation.next(ITEMS, 0, 0, 0, true)).isEqualTo(new TextRange(4, 8));
        assertThat(Navigation.next(ITEMS, 4, 0, 4, true)).as("an item starting at the caret").isEqualTo(new TextRange(4, 8));
        // with the first item selected, F7 moves on rather than selecting it again
        assertThat(Navigation.next(ITEMS, 4, 4, 8, true)).isEqualTo(new TextRange(20, 25));
        assertThat(Navigation.next(ITEMS, 40, 1, 41, true)).as("after the last, the first").isEqualTo(new TextRange(4, 8));
        assertThat(Navigation.next(ITEMS, 50, 0, 50, true)).isEqualTo(new TextRange(4, 8));
    }

    @Test
    void backwardGoesToThePreviousItemAndWrapsRound() {
        assertThat(Navigation.next(ITEMS, 20, 5, 25, false)).isEqualTo(new TextRange(4, 8));
        assertThat(Navigation.next(ITEMS, 30, 0, 30, false)).isEqualTo(new TextRange(20, 25));
        assertThat(Navigation.next(ITEMS, 4, 4, 8, false)).as("before the first, the last").isEqualTo(new TextRange(40, 41));
    }

    @Test
    void nothingToWalkGivesNothing() {
        assertThat(Navigation.next(List.of(), 0, 0, 0, true)).isNull();
        assertThat(Navigation.next(List.of(), 0, 0, 0, false)).isNull();
    }

    @Test
    void aPassageLeavesOutTheWhiteSpaceAroundItAndStopsAtTheEndOfItsParagraph() {
        String text = "He said  merci bien \nAnd left.";
        assertThat(Navigation.passage(text, 7, 20)).isEqualTo(new TextRange(9, 19));
        // a segment the analysis ran on past the line break stops at it
        assertThat(Navigation.passage(text, 9, 24)).isEqualTo(new TextRange(9, 19));
        assertThat(Navigation.passage(text, 7, 9)).as("white space only").isEqualTo(new TextRange(9, 9));
    }
}
