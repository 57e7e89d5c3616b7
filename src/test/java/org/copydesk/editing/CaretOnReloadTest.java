package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The caret stays at the same text when the editor reloads a version changed on disk. */
class CaretOnReloadTest {
    @Test
    void beforeTheChangeTheCaretKeepsItsOffsetAfterItItsDistanceFromTheEnd() {
        String before = "The council met. It voted at noon.";
        String after = "The city council met late. It voted at noon.";
        assertThat(CaretOnReload.place(before, after, 2)).isEqualTo(2);
        int noon = before.indexOf("noon");
        assertThat(CaretOnReload.place(before, after, noon)).isEqualTo(after.indexOf("noon"));
        assertThat(CaretOnReload.place(before, after, before.length())).isEqualTo(after.length());
    }

    @Test
    void insideTheChangedStretchItGoesToItsEndAndNeverPastTheText() {
        String before = "abc OLD def";
        String after = "abc NEWER def";
        assertThat(CaretOnReload.place(before, after, 5)).isEqualTo(after.indexOf(" def"));
        assertThat(CaretOnReload.place("long text here", "", 9)).isZero();
        assertThat(CaretOnReload.place("x", "xyz", 99)).as("clamped to the old end, kept before the added text").isEqualTo(1);
        assertThat(CaretOnReload.place("x", "xyz", -5)).isZero();
    }

    @Test
    void neverBetweenTheTwoHalvesOfACharacter() {
        String before = "a😀b";
        String after = "😀😀b";
        int at = CaretOnReload.place(before, after, 2);
        assertThat(at == 0 || !Character.isLowSurrogate(after.charAt(at))).isTrue();
    }
}
