package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/** The body's styles from the model and back: kinds, emphasis and hand marks survive the trip through the editor. */
class BodyStylesTest {
    private static final String PRIMARY = "en";

    @Test
    void emphasisAndKindsBecomeClassesAndComeBack() {
        Paragraph p = new Paragraph(ParagraphKind.SUBHEADING, "Bold and both",
                List.of(new InlineSpan(0, 4, InlineStyle.BOLD), new InlineSpan(9, 13, InlineStyle.BOLD),
                        new InlineSpan(9, 13, InlineStyle.ITALIC)));
        List<StyledParagraph> shown = BodyStyles.styled(List.of(p), null);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).paragraphStyle()).containsExactly("kind-subheading");
        assertThat(shown.get(0).runs()).containsExactly(new StyleRun(List.of("bold"), 4), new StyleRun(List.of(), 5),
                new StyleRun(List.of("bold", "italic"), 4));
        assertThat(BodyStyles.paragraphs(shown)).containsExactly(p);
    }

    @Test
    void theComputedClassesAreNotKeptAsEmphasis() {
        StyledParagraph shown = new StyledParagraph("Le maire", List.of(), List.of(
                new StyleRun(List.of("foreign", "lang-fr", "hand-mark", "italic"), 2),
                new StyleRun(List.of("foreign", "lang-fr", "issue", "issue-spelling"), 6)));
        assertThat(BodyStyles.paragraph(shown))
                .isEqualTo(new Paragraph(ParagraphKind.PARAGRAPH, "Le maire", List.of(new InlineSpan(0, 2, InlineStyle.ITALIC))));
    }

    @Test
    void anEmptyBodyShowsOneEmptyParagraphAndIsEmptyAgain() {
        List<StyledParagraph> shown = BodyStyles.styled(List.of(), null);
        assertThat(shown).containsExactly(new StyledParagraph("", List.of(), List.of(new StyleRun(List.of(), 0))));
        assertThat(BodyStyles.paragraphs(shown)).isEmpty();
        assertThat(BodyStyles.paragraphs(BodyStyles.styled(List.of(Paragraph.of(ParagraphKind.BLOCKQUOTE, "")), null)))
                .as("an empty quote block is kept").containsExactly(Paragraph.of(ParagraphKind.BLOCKQUOTE, ""));
    }

    @Test
    void handMarksShowOverTheParagraphsTheyCover() {
        List<Paragraph> body = List.of(Paragraph.of("He said"), Paragraph.of("merci beaucoup"));
        BodyMarks marks = new BodyMarks(PRIMARY, Analysis.empty(PRIMARY),
                List.of(new LanguageMark(8, 13, "fr", MarkOrigin.MANUAL)), List.of(new QuoteMark(3, 7, null, MarkOrigin.MANUAL)));
        List<StyledParagraph> shown = BodyStyles.styled(body, marks);
        assertThat(shown.get(0).runs()).containsExactly(new StyleRun(List.of(), 3), new StyleRun(List.of("hand-mark", "quote"), 4));
        assertThat(shown.get(1).runs()).containsExactly(new StyleRun(List.of("foreign", "lang-fr", "hand-mark"), 5),
                new StyleRun(List.of(), 9));
    }

    @Test
    void stylesCompareByWhatTheyShow() {
        assertThat(BodyStyles.sameStyles(List.of(new StyleRun(List.of("bold", "quote"), 2), new StyleRun(List.of("quote", "bold"), 3)),
                List.of(new StyleRun(List.of("quote", "bold"), 5), new StyleRun(List.of("italic"), 0)))).isTrue();
        assertThat(BodyStyles.sameStyles(List.of(new StyleRun(List.of("bold"), 2)), List.of(new StyleRun(List.of("bold"), 3))))
                .isFalse();
    }

    // ------------------------------------------------------------------ the round trip

    private static final String[] LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl"};

    private static List<Paragraph> body(Gen gen) {
        return gen.list(0, 5, () -> {
            String text = gen.string("abc déf  ,.«»", 0, 24);
            List<InlineSpan> inline = gen.list(0, 4, () -> {
                int s = gen.between(0, text.length());
                return new InlineSpan(s, gen.between(s, text.length()), gen.oneOf(InlineStyle.values()));
            });
            return new Paragraph(gen.oneOf(ParagraphKind.values()), text, inline);
        });
    }

    private static int length(List<Paragraph> body) {
        return body.isEmpty() ? 0 : body.stream().mapToInt(p -> p.text().length() + 1).sum() - 1;
    }

    /** The emphasis a paragraph shows, as the fewest spans: each style's maximal runs, bold first at one start. */
    private static Paragraph normalized(Paragraph p) {
        List<InlineSpan> out = new ArrayList<>();
        for (InlineStyle style : List.of(InlineStyle.BOLD, InlineStyle.ITALIC)) {
            boolean[] on = new boolean[p.text().length()];
            for (InlineSpan s : p.inline()) {
                if (s.style() == style) {
                    for (int i = s.start(); i < s.end(); i++) {
                        on[i] = true;
                    }
                }
            }
            for (int i = 0; i < on.length; i++) {
                if (on[i] && (i == 0 || !on[i - 1])) {
                    int j = i;
                    while (j < on.length && on[j]) {
                        j++;
                    }
                    out.add(new InlineSpan(i, j, style));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Paragraph(p.kind(), p.text(), out);
    }

    @Property(tries = 500)
    void textKindsEmphasisAndHandMarksSurviveTheTripThroughTheStyles(Gen gen) {
        List<Paragraph> body = body(gen);
        int len = length(body);
        List<LanguageMark> languages = gen.list(0, 4, () -> {
            int s = gen.between(0, len);
            return new LanguageMark(s, gen.between(s, len), gen.oneOf(LANGUAGES), gen.oneOf(MarkOrigin.values()));
        }).stream().filter(m -> m.end() > m.start()).toList();
        List<QuoteMark> quotes = gen.list(0, 3, () -> {
            int s = gen.between(0, len);
            return new QuoteMark(s, gen.between(s, len), null, gen.oneOf(MarkOrigin.values()));
        }).stream().filter(m -> m.end() > m.start()).toList();

        List<StyledParagraph> shown = BodyStyles.styled(body, new BodyMarks(PRIMARY, Analysis.empty(PRIMARY), languages, quotes));

        // text, kinds and emphasis come back (emphasis as the fewest spans that show the same)
        List<Paragraph> expected = body.size() == 1 && body.get(0).text().isEmpty() && body.get(0).kind() == ParagraphKind.PARAGRAPH
                ? List.of() : body.stream().map(BodyStylesTest::normalized).toList();
        assertThat(BodyStyles.paragraphs(shown)).isEqualTo(expected);

        // every character shows what the hand marks say of it, and nothing else: the last hand language mark over it
        // (marked when not the primary language), any hand quotation; marks found by analysis earlier show nothing
        List<List<String>> classes = new ArrayList<>();
        for (StyledParagraph p : shown) {
            assertThat(p.runs().stream().mapToInt(StyleRun::length).sum()).isEqualTo(p.text().length());
            for (StyleRun r : p.runs()) {
                for (int i = 0; i < r.length(); i++) {
                    classes.add(r.classes());
                }
            }
            classes.add(null); // the line break
        }
        for (int pos = 0; pos < len; pos++) {
            List<String> c = classes.get(pos);
            if (c == null) {
                continue;
            }
            String hand = null;
            for (LanguageMark m : languages) {
                if (m.origin() == MarkOrigin.MANUAL && m.start() <= pos && pos < m.end()) {
                    hand = m.language();
                }
            }
            int at = pos;
            boolean quoted = quotes.stream().anyMatch(q -> q.origin() == MarkOrigin.MANUAL && q.start() <= at && at < q.end());
            String shownLanguage = c.stream().filter(k -> k.startsWith("lang-")).map(k -> k.substring(5)).findFirst().orElse(PRIMARY);
            assertThat(shownLanguage).as("language at " + pos).isEqualTo(hand == null ? PRIMARY : hand);
            assertThat(c.contains(BodyMarks.FOREIGN)).as("foreign at " + pos).isEqualTo(hand != null && !hand.equals(PRIMARY));
            assertThat(c.contains(BodyMarks.HAND_MARK)).as("hand-marked at " + pos).isEqualTo(hand != null || quoted);
            assertThat(c.contains(BodyMarks.QUOTE)).as("quoted at " + pos).isEqualTo(quoted);
            Paragraph p = paragraphAt(body, pos);
            assertThat(c.contains(BodyStyles.BOLD)).as("bold at " + pos).isEqualTo(has(p, offsetIn(body, pos), InlineStyle.BOLD));
        }
    }

    private static Paragraph paragraphAt(List<Paragraph> body, int pos) {
        for (Paragraph p : body) {
            if (pos <= p.text().length()) {
                return p;
            }
            pos -= p.text().length() + 1;
        }
        throw new IllegalArgumentException("past the body");
    }

    private static int offsetIn(List<Paragraph> body, int pos) {
        for (Paragraph p : body) {
            if (pos <= p.text().length()) {
                return pos;
            }
            pos -= p.text().length() + 1;
        }
        throw new IllegalArgumentException("past the body");
    }

    private static boolean has(Paragraph p, int offset, InlineStyle style) {
        return p.inline().stream().anyMatch(s -> s.style() == style && s.start() <= offset && offset < s.end());
    }
}
