package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copydesk.analysis.AnalysisHints;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Export sets quotation marks by the story's language with its region, as the editor's Fix quotation marks does. */
class TypographyTest {
    static Analyzer analyzer;

    @BeforeAll
    static void analyzer() {
        analyzer = new Analyzer();
    }

    private static String exported(String tag, String text) {
        Article a = Article.draft("story", "Headline", tag, Instant.parse("2026-11-30T10:00:00Z"))
                .withBody(List.of(Paragraph.of(text)));
        String body = a.bodyText();
        List<TextReplacement> fixes = Typography.quoteFixes(a, analyzer.analyze(body, AnalysisHints.of(a)),
                ExportOptions.DEFAULT);
        StringBuilder sb = new StringBuilder(body);
        for (int i = fixes.size() - 1; i >= 0; i--) {
            sb.replace(fixes.get(i).start(), fixes.get(i).end(), fixes.get(i).replacement());
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de-CH | Die Gemeinde hat das Budget genehmigt. \"Wir sind zufrieden\", sagte der Gemeindepräsident in Zürich. | «Wir sind zufrieden»",
        "de-DE | Die Gemeinde hat das Budget genehmigt. \"Wir sind zufrieden\", sagte der Bürgermeister in Köln. | „Wir sind zufrieden“",
        "fr-CH | La commune a adopté le budget mardi. \"Nous sommes satisfaits\", a déclaré le syndic de Lausanne. | «Nous sommes satisfaits»",
        "fr-FR | La commune a adopté le budget mardi. \"Nous sommes satisfaits\", a déclaré le maire de Lyon. | «\u202FNous sommes satisfaits\u202F»",
        "pt-BR | A prefeitura aprovou o orçamento ontem. \"Estamos satisfeitos\", disse o prefeito de Curitiba. | “Estamos satisfeitos”",
        "pt-PT | A câmara aprovou o orçamento ontem. \"Estamos satisfeitos\", disse o presidente da câmara do Porto. | «Estamos satisfeitos»",
        "en-GB | The council approved the budget on Tuesday. \"We are pleased\", said the leader of the council in Leeds. | ‘We are pleased’",
        "en-US | The council approved the budget on Tuesday. \"We are pleased\", said the mayor of Denver. | “We are pleased”",
    })
    void exportFollowsTheStorysRegion(String tag, String text, String expected) {
        assertThat(exported(tag, text)).contains(expected);
    }
}
