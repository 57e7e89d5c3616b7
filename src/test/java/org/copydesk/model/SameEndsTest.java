package org.copydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameEndsTest {
    @Test
    void countsWhatIsEqualAtEachEndWithoutCountingAnItemTwice() {
        assertThat(SameEnds.of(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d"))).isEqualTo(new SameEnds(1, 2));
        assertThat(SameEnds.of(List.of("a", "b"), List.of("a", "b"))).isEqualTo(new SameEnds(2, 0));
        // a paragraph added after a run of equal ones: the start takes them all, the end none of them again
        assertThat(SameEnds.of(List.of("x", "x"), List.of("x", "x", "x"))).isEqualTo(new SameEnds(2, 0));
        assertThat(SameEnds.of(List.of("a", "x"), List.of("b", "x"))).isEqualTo(new SameEnds(0, 1));
        assertThat(SameEnds.of(List.of(), List.of("a"))).isEqualTo(new SameEnds(0, 0));
        assertThat(SameEnds.of(List.of("a", "b"), List.of("c"))).isEqualTo(new SameEnds(0, 0));
    }
}
