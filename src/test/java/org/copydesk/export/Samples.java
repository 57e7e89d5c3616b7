package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;

/** Test fixtures: a mixed-language story with a hand-made analysis (segments and quotations at known offsets). */
final class Samples {
    static final Instant CREATED = Instant.parse("2026-11-26T08:30:00Z");
    static final Instant MODIFIED = Instant.parse("2026-11-26T17:45:12Z");

    /** French words in an English story; a straight-quoted French quotation; a nested quotation; bold and italic. */
    static final List<Paragraph> BODY = List.of(
            Paragraph.of("The port of Marseille reopened on Thursday after dockers accepted the pay offer."),
            Paragraph.of("\"Nous avons gagné sur les salaires et sur les horaires de nuit,\" said union leader Marc Olivier."),
            Paragraph.of(ParagraphKind.SUBHEADING, "What changes for the crews"),
            new Paragraph(ParagraphKind.PARAGRAPH,
                    "Pay rises by 4 per cent from January, and the night-shift premium doubles.",
                    List.of(new InlineSpan(13, 23, InlineStyle.BOLD), new InlineSpan(46, 65, InlineStyle.ITALIC))),
            Paragraph.of(ParagraphKind.BLOCKQUOTE, "\u201CThe ships are moving again,\u201D the harbour master wrote."),
            Paragraph.of("A spokesman added: \u201CHe told us \u2018la grève est finie\u2019 at dawn.\u201D"));

    static Article article() {
        return new Article("port-reopens", "Dockers end strike as Marseille port reopens",
                "A three-week stoppage that left ships waiting off the coast is over.", "By Ana Ruiz",
                "MARSEILLE, 26 November", "en", ArticleStatus.READY, List.of("ports", "labour"), CREATED, MODIFIED,
                BODY, List.of(), List.of(), List.of(new RelatedLink("strike-begins", Relation.FOLLOW_UP, null)),
                List.of(), 7);
    }

    /** The analysis the real analyser should give for {@link #article()}: French passages and three quotations. */
    static Analysis analysis() {
        return analysis(article());
    }

    static Analysis analysis(Article a) {
        String text = a.bodyText();
        List<LanguageSegment> foreign = List.of(
                segment(text, "Nous avons gagné sur les salaires et sur les horaires de nuit", "fr"),
                segment(text, "la grève est finie", "fr"));
        List<Quotation> quotes = List.of(
                quote(text, "\"Nous avons gagné sur les salaires et sur les horaires de nuit,\"", 0),
                quote(text, "\u201CThe ships are moving again,\u201D", 0),
                quote(text, "\u201CHe told us \u2018la grève est finie\u2019 at dawn.\u201D", 0),
                quote(text, "\u2018la grève est finie\u2019", 1));
        return new Analysis("en", fill(text, foreign, "en"), quotes, List.of());
    }

    /** The segment over the first occurrence of {@code passage}. */
    static LanguageSegment segment(String text, String passage, String language) {
        int s = text.indexOf(passage);
        assertThat(s).as("passage in sample").isNotNegative();
        return new LanguageSegment(s, s + passage.length(), language);
    }

    static Quotation quote(String text, String withMarks, int depth) {
        int s = text.indexOf(withMarks);
        assertThat(s).as("quotation in sample").isNotNegative();
        String open = withMarks.substring(0, 1);
        String close = withMarks.substring(withMarks.length() - 1);
        return new Quotation(s, s + withMarks.length(), open, close, depth, null);
    }

    /** An issue of {@code type} over the first occurrence of {@code passage}, saying {@code code} with {@code args}. */
    static CopyIssue issue(String text, String passage, IssueType type, IssueCode code, String... args) {
        int s = text.indexOf(passage);
        assertThat(s).isNotNegative();
        return new CopyIssue(type, s, s + passage.length(), code, List.of(args), null, null);
    }

    /** Segments covering the whole text: the foreign ones, and the primary language in between. */
    static List<LanguageSegment> fill(String text, List<LanguageSegment> foreign, String primary) {
        List<LanguageSegment> sorted = new ArrayList<>(foreign);
        sorted.sort(Comparator.comparingInt(LanguageSegment::start));
        List<LanguageSegment> out = new ArrayList<>();
        int pos = 0;
        for (LanguageSegment f : sorted) {
            if (f.start() > pos) {
                out.add(new LanguageSegment(pos, f.start(), primary));
            }
            out.add(f);
            pos = f.end();
        }
        if (pos < text.length()) {
            out.add(new LanguageSegment(pos, text.length(), primary));
        }
        return out;
    }

    /** A French story typed with straight quotes: an English slogan inside a quotation, a nested quotation. */
    static Article french() {
        return new Article("plan-velo", "Lyon vote son plan vélo", "", "Rédaction locale", "LYON", "fr",
                ArticleStatus.READY, List.of(), CREATED, MODIFIED, List.of(
                Paragraph.of("Le maire a déclaré : \"Nous irons jusqu'au bout\" devant le conseil."),
                Paragraph.of("Un élu a repris le slogan \"think global, act local\" sans le traduire."),
                Paragraph.of("\"Il m'a répondu 'jamais' hier soir\", raconte-t-elle.")),
                List.of(), List.of(), List.of(), List.of(), 3);
    }

    static Analysis frenchAnalysis(Article a) {
        String text = a.bodyText();
        return new Analysis("fr", fill(text, List.of(segment(text, "think global, act local", "en")), "fr"), List.of(
                quote(text, "\"Nous irons jusqu'au bout\"", 0),
                quote(text, "\"think global, act local\"", 0),
                quote(text, "\"Il m'a répondu 'jamais' hier soir\"", 0),
                quote(text, "'jamais'", 1)), List.of());
    }

    /** A story whose every text field tries to inject markup. */
    static Article hostile() {
        String evil = "<script>alert(1)</script> and \"><img src=x onerror=alert(2)>";
        return new Article("hostile", "Headline " + evil, "Standfirst " + evil, "By " + evil, evil, "en",
                ArticleStatus.READY, List.of(evil), CREATED, MODIFIED,
                List.of(Paragraph.of("Body " + evil), Paragraph.of(ParagraphKind.SUBHEADING, evil),
                        Paragraph.of(ParagraphKind.BLOCKQUOTE, evil), Paragraph.of("[link](javascript:alert(3)) & &lt;b&gt;")),
                List.of(), List.of(), List.of(), List.of(), 1);
    }

    static Analysis hostileAnalysis(Article a) {
        String text = a.bodyText();
        int s = text.indexOf("<script>");
        // a language tag that is not one must not reach an attribute either
        return new Analysis("en", List.of(new LanguageSegment(s, s + 8, "fr"),
                new LanguageSegment(s + 8, s + 20, "x\" onclick=\"alert(4)")), List.of(), List.of());
    }

    /** Compares with a golden file under src/test/resources/org/copydesk/export/golden (-Dcopydesk.updateGolden=true rewrites it). */
    static void assertGolden(String name, String actual) throws IOException {
        Path source = Path.of("src/test/resources/org/copydesk/export/golden", name);
        if (Boolean.getBoolean("copydesk.updateGolden")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        String expected;
        if (Boolean.getBoolean("copydesk.updateGolden")) {
            expected = Files.readString(source, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = Samples.class.getResourceAsStream("golden/" + name)) {
                assertThat(in).as("golden file " + name).isNotNull();
                expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(actual).as("export differs from golden/" + name).isEqualTo(expected);
    }

    /** The official IPTC ninjs 2.2 schema (CC BY 4.0), kept with the tests in src/test/resources/schemas. */
    static InputStream ninjsSchema() {
        InputStream in = Samples.class.getResourceAsStream("/schemas/ninjs-schema_2.2.json");
        if (in == null) {
            throw new IllegalStateException("schemas/ninjs-schema_2.2.json is missing from the test classpath");
        }
        return in;
    }

    private Samples() {
    }
}
