package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.copydesk.analysis.LanguageSegment;
import org.junit.jupiter.api.Test;

class LanguageMixTest {
    /** The shares as the English interface words them ("editor.status.share", joined as the status bar joins them). */
    private static String summary(LanguageMix mix) {
        return mix.shares().stream().map(s -> s.language() + " " + s.percentText() + "%")
                .collect(Collectors.joining(" · "));
    }

    @Test
    void sharesCountLettersLargestFirst() {
        String text = "abcdef ghij 12";
        LanguageMix mix = LanguageMix.of(text, List.of(new LanguageSegment(0, 7, "fr"), new LanguageSegment(7, 14, "en")));
        assertThat(summary(mix)).isEqualTo("fr 60% · en 40%");
        assertThat(summary(LanguageMix.of("", List.of()))).isEmpty();
        assertThat(summary(LanguageMix.of("abc", List.of(new LanguageSegment(0, 99, "sv"))))).isEqualTo("sv 100%");
    }

    @Test
    void regionalTagsCountWithTheirLanguage() {
        String text = "abcd efgh ij";
        LanguageMix mix = LanguageMix.of(text, List.of(new LanguageSegment(0, 4, "fr-CA"), new LanguageSegment(4, 9, "FR"),
                new LanguageSegment(9, 12, "pt_BR")));
        assertThat(summary(mix)).isEqualTo("fr 80% · pt 20%");
        assertThat(mix.shares().get(0).segments()).hasSize(2);
    }

    @Test
    void aLanguageWithLettersNeverReadsZeroPercentAndOneWithNoneIsNotListed() {
        String english = "a".repeat(999);
        // one letter of Dutch in a thousand: there, but under half a percent
        String text = english + "b";
        LanguageMix mix = LanguageMix.of(text, List.of(new LanguageSegment(0, 999, "en"), new LanguageSegment(999, 1000, "nl")));
        assertThat(summary(mix)).isEqualTo("en >99% · nl <1%");
        // what is left of a Dutch segment is a full stop and a space: no Dutch at all
        LanguageMix none = LanguageMix.of("abc. ", List.of(new LanguageSegment(0, 3, "en"), new LanguageSegment(3, 5, "nl")));
        assertThat(summary(none)).isEqualTo("en 100%");
    }
}
