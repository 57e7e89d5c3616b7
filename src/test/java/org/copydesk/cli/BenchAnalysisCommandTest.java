package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.model.Words;
import org.junit.jupiter.api.Test;

class BenchAnalysisCommandTest {
    @Test
    void printsEveryFigure() {
        CliRunner.Result r = CliRunner.run(null, "bench", "analysis", "--words", "600", "--edits", "5", "--warmup", "2");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("distinct word forms", "model load", "first full analysis", "second full analysis",
                "one-character edit, session re-analysis: p50", "Lingua n-grams alone, clause by clause",
                "word accuracy on this article: ours");
    }

    @Test
    void theDefaultCopyHasARealisticVocabularyInAllSevenLanguages() {
        MixedCopyGenerator.Article a = NewsCopyGenerator.generate(20_000, 7);
        assertThat(NewsCopyGenerator.generate(20_000, 7).text()).isEqualTo(a.text());
        assertThat(BenchAnalysisCommand.distinctForms(a.text())).isGreaterThanOrEqualTo(5000);
        assertThat(a.languageByChar()).hasSize(a.text().length());
        String letters = new String(a.languageByChar());
        for (char c : NewsCopyGenerator.LETTERS.toCharArray()) {
            assertThat(letters).as("language " + c).contains(String.valueOf(c));
        }
        assertThat(BenchAnalysisCommand.distinctForms(MixedCopyGenerator.generate(20_000, 7).text())).isLessThan(1000);
    }

    @Test
    void rejectsNonsenseSizes() {
        assertThat(CliRunner.run(null, "bench", "analysis", "--edits", "0").exit()).isEqualTo(CopydeskCommand.USAGE);
        assertThat(CliRunner.run(null, "bench", "analysis", "--copy", "klingon").exit()).isEqualTo(CopydeskCommand.USAGE);
    }

    @Test
    void theGeneratedArticleIsDeterministicAndMixed() {
        MixedCopyGenerator.Article a = MixedCopyGenerator.generate(2000, 5);
        assertThat(MixedCopyGenerator.generate(2000, 5).text()).isEqualTo(a.text());
        assertThat(Words.count(a.text())).isBetween(2000, 2200);
        assertThat(new String(a.languageByChar())).contains("f").contains("e");
        assertThat(a.languageByChar()).hasSize(a.text().length());
    }
}
