package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.analysis.LanguageSegment;
import org.junit.jupiter.api.Test;

class LanguageMixTest {
    @Test
    void sharesCountLettersLargestFirst() {
        String text = "abcdef ghij 12";
        LanguageMix mix = LanguageMix.of(text, List.of(new LanguageSegment(0, 7, "fr"), new LanguageSegment(7, 14, "en")));
        assertThat(mix.summary()).isEqualTo("fr 60% · en 40%");
        assertThat(LanguageMix.of("", List.of()).summary()).isEmpty();
        assertThat(LanguageMix.of("abc", List.of(new LanguageSegment(0, 99, "sv"))).summary()).isEqualTo("sv 100%");
    }
}
