package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.model.Words;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;

class AnalyzerPropertiesTest {

    /** The pieces copy is made of: words of several languages, quote marks, spaces, newlines. */
    private static final List<String> PIECES = List.of("the", "minister", "said", "la", "décision", "d’ici", "l’Inde", "Wir",
            "nicht", "it’s", "’90s", "rock ’n’ roll", "«", "»", "“", "”", "„", "‚", "‘", "’", "‹", "›", "\"", "'",
            " ", " ", " ", "\u00A0", "\u202F", "\n", "\n\n", ",", ".", ":", "Share this:", "See also: ", "2027",
            "\uD83D\uDE00", "e\u0301", "Ωμέγα");

    static String copyLike(Gen gen) {
        return gen.joined(80, PIECES);
    }

    @Property(tries = 200)
    void neverThrowsAndKeepsSpansInside(Gen gen) {
        String text = gen.anyString(300);
        check(text, SharedAnalyzer.get().analyze(text));
    }

    @Property(tries = 300)
    void copyLikeTextGivesWellFormedAnalysis(Gen gen) {
        String text = copyLike(gen);
        check(text, SharedAnalyzer.get().analyze(text));
    }

    @Property(tries = 100)
    void aSessionAgreesWithAFullAnalysis(Gen gen) {
        String before = copyLike(gen);
        String after = copyLike(gen);
        AnalysisSession session = SharedAnalyzer.get().newSession();
        session.analyze(before, AnalysisHints.NONE);
        assertThat(session.analyze(after, AnalysisHints.NONE)).isEqualTo(SharedAnalyzer.get().analyze(after));
    }

    static void check(String text, Analysis a) {
        int len = text.length();
        List<LanguageSegment> segs = a.segments();
        for (int i = 0; i < segs.size(); i++) {
            LanguageSegment s = segs.get(i);
            assertThat(s.start()).isBetween(0, len);
            assertThat(s.end()).isBetween(s.start() + 1, len);
            if (i > 0) {
                assertThat(s.start()).isEqualTo(segs.get(i - 1).end());
            }
        }
        for (Words.Word w : Words.split(text)) {
            assertThat(segs).anyMatch(s -> s.start() <= w.start() && w.end() <= s.end());
        }
        List<Quotation> qs = a.quotations();
        for (Quotation q : qs) {
            assertThat(q.start()).isBetween(0, len);
            assertThat(q.end()).isBetween(q.start() + 1, len);
            assertThat(q.depth()).isGreaterThanOrEqualTo(0);
        }
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) {
                Quotation x = qs.get(i);
                Quotation y = qs.get(j);
                boolean disjoint = x.end() <= y.start() || y.end() <= x.start();
                boolean nested = (x.start() <= y.start() && y.end() <= x.end()) || (y.start() <= x.start() && x.end() <= y.end());
                assertThat(disjoint || nested).as("quotations %s and %s nest or are apart", x, y).isTrue();
                if (x.start() <= y.start() && y.end() <= x.end() && !x.equals(y)) {
                    assertThat(y.depth()).isGreaterThan(x.depth());
                }
            }
        }
        for (CopyIssue i : a.issues()) {
            assertThat(i.start()).isBetween(0, len);
            assertThat(i.end()).isBetween(i.start(), len);
            assertThat(i.type()).isNotNull();
            assertThat(i.english()).isNotBlank();
        }
        List<TextReplacement> fixes = QuoteConventions.fixAll(text, a);
        List<TextReplacement> fromIssues = a.issues().stream().filter(i -> i.type() == IssueType.TYPOGRAPHY)
                .map(i -> new TextReplacement(i.start(), i.end(), i.replacement())).toList();
        assertThat(fixes).as("fixAll agrees with the typography issues").isSubsetOf(fromIssues);
        for (int i = 0; i < fixes.size(); i++) {
            assertThat(fixes.get(i).start()).isBetween(0, len);
            assertThat(fixes.get(i).end()).isBetween(fixes.get(i).start(), len);
            if (i > 0) {
                assertThat(fixes.get(i).start()).isGreaterThanOrEqualTo(fixes.get(i - 1).end());
            }
        }
    }
}
