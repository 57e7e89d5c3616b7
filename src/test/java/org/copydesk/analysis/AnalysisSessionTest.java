package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnalysisSessionTest {
    private static final String ARTICLE = """
            Beijing will send troops to Russia for joint exercises, « entre les deux armées », the ministry said.

            A retired teacher read a statement into the record:

            “We were promised consultation.

            “Instead we got a vote at midnight,” she said.

            Les Parisiens, eux, semblent surtout préoccupés par housing prices and the cleanliness des rues.

            Share this:""";

    @Test
    void reanalysisAfterEditsEqualsAFullAnalysis() {
        AnalysisSession session = SharedAnalyzer.get().newSession();
        String text = ARTICLE;
        assertThat(session.analyze(text, AnalysisHints.NONE)).isEqualTo(SharedAnalyzer.get().analyze(text));
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            int at = r.nextInt(text.length() + 1);
            text = i % 3 == 2 && at < text.length()
                    ? text.substring(0, at) + text.substring(at + 1)
                    : text.substring(0, at) + "xé«”\n".charAt(r.nextInt(5)) + text.substring(at);
            assertThat(session.analyze(text, AnalysisHints.NONE)).as("after edit %d", i)
                    .isEqualTo(SharedAnalyzer.get().analyze(text));
        }
    }

    @Test
    void aQuotationOverParagraphsStaysWholeWhenAnotherParagraphChanges() {
        AnalysisSession session = SharedAnalyzer.get().newSession();
        session.analyze(ARTICLE, AnalysisHints.NONE);
        String edited = ARTICLE.replace("Beijing will send", "Beijing will soon send");
        Analysis a = session.analyze(edited, AnalysisHints.NONE);
        int open = edited.indexOf("“We were");
        int close = edited.indexOf("midnight,”") + "midnight,”".length();
        assertThat(a.quotations()).anySatisfy(q -> {
            assertThat(q.start()).isEqualTo(open);
            assertThat(q.end()).isEqualTo(close);
        });
        assertThat(a.issues()).noneMatch(i -> i.type() == IssueType.UNBALANCED_QUOTE);
    }

    @Test
    void closingTheQuotationInAnEarlierParagraphIsSeenByTheSession() {
        AnalysisSession session = SharedAnalyzer.get().newSession();
        session.analyze(ARTICLE, AnalysisHints.NONE);
        String edited = ARTICLE.replace("consultation.\n", "consultation.”\n");
        Analysis a = session.analyze(edited, AnalysisHints.NONE);
        assertThat(a).isEqualTo(SharedAnalyzer.get().analyze(edited));
        assertThat(a.quotations()).extracting(q -> edited.substring(q.start(), q.end()))
                .contains("“We were promised consultation.”");
    }

    @Test
    void hintsAreAppliedInASessionToo() {
        AnalysisSession session = SharedAnalyzer.get().newSession();
        Analysis a = session.analyze(ARTICLE, new AnalysisHints("fr", List.of(), List.of()));
        assertThat(a.language()).isEqualTo("fr");
    }
}
