package org.copydesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The property harness itself: the same seed gives the same samples, and a failure names its seed. */
class GenTest {

    @Test
    void theSameSeedDrawsTheSameSamplesAndAnotherSeedOthers() {
        List<String> first = new Gen(7).list(5, 5, () -> new Gen(7).anyString(50));
        Gen a = new Gen(42);
        Gen b = new Gen(42);
        assertThat(a.list(10, 10, () -> a.anyString(30))).isEqualTo(b.list(10, 10, () -> b.anyString(30)));
        assertThat(Seeds.seeds(Seeds.BASE, 50).boxed().toList()).isEqualTo(Seeds.seeds(Seeds.BASE, 50).boxed().toList())
                .doesNotHaveDuplicates();
        assertThat(Seeds.seeds(Seeds.BASE + 1, 50).boxed().toList()).doesNotContainAnyElementsOf(
                Seeds.seeds(Seeds.BASE, 50).boxed().toList());
        assertThat(first).hasSize(5);
    }

    @Test
    void samplesStayInTheirBoundsAndReachTheEdges() {
        Gen g = new Gen(1);
        List<Integer> ints = g.list(2000, 2000, () -> g.between(-3, 9));
        assertThat(ints).allMatch(i -> i >= -3 && i <= 9).contains(-3, 9, 0);
        List<String> texts = g.list(500, 500, () -> g.text(20));
        assertThat(texts).allMatch(t -> t.length() <= 20).contains("");
        assertThat(texts).as("no lone surrogate").allMatch(t -> t.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
        List<String> any = g.list(500, 500, () -> g.anyString(20));
        assertThat(any).anyMatch(t -> t.chars().anyMatch(c -> Character.isSurrogate((char) c)));
        assertThat(g.list(200, 200, () -> g.string("ab", 1, 3))).allMatch(s -> s.matches("[ab]{1,3}"));
        assertThat(g.list(200, 200, () -> g.bytes(4).length)).allMatch(n -> n <= 4).contains(0, 4);
    }

    @Test
    void theFailureOfATryNamesItsSeedAndHowToReplayIt() {
        AssertionError cause = new AssertionError("expected 1 but was 2");
        assertThat(FailingSeed.named("someProperty", "seed -123", cause)).hasValueSatisfying(named -> assertThat(named)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("someProperty failed with seed -123")
                .hasMessageContaining("-Dcopydesk.seed.replay=-123")
                .hasMessageContaining("expected 1 but was 2")
                .hasCause(cause));
        assertThat(FailingSeed.named("plainTest", "plainTest()", cause)).as("not a property try: left alone").isEmpty();
    }
}
