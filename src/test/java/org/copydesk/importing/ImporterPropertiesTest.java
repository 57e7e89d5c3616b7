package org.copydesk.importing;

import org.copydesk.PropertySeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.Paragraph;

/** Every reader, on arbitrary input: an article whose marks fit its text, or an ImportException — nothing else. */
class ImporterPropertiesTest {
    private final Importer importer = new Importer();

    private static void wellFormed(Article a) {
        String body = a.bodyText();
        for (Paragraph p : a.body()) {
            assertThat(p.text()).doesNotContain("\n").isNotBlank();
            for (InlineSpan s : p.inline()) {
                assertThat(s.end()).isLessThanOrEqualTo(p.text().length());
            }
        }
        for (LanguageMark m : a.languageMarks()) {
            assertThat(m.end()).isLessThanOrEqualTo(body.length());
            assertThat(m.end()).isGreaterThan(m.start());
        }
    }

    @Property(tries = 300, seed = PropertySeed.CI)
    void anyBytesUnderAnyNameAreImportedOrRefusedWithTheFileName(@ForAll @Size(max = 300) byte[] bytes,
                                                                 @ForAll("names") String name) {
        try {
            wellFormed(importer.importBytes(name, bytes).draft());
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "a.md", "a.html", "a.docx", "a");
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.strings().withChars("<>/=\"'&;#*_`[]()!\\ \nabpemstrongi-lang:fr").ofMaxLength(200);
    }

    @Property(tries = 400, seed = PropertySeed.CI)
    void markdownAndHtmlMadeOfMarkupCharactersNeverBreakTheReader(@ForAll("markup") String text) {
        for (String name : List.of("m.md", "h.html")) {
            try {
                wellFormed(importer.importBytes(name, text.getBytes(StandardCharsets.UTF_8)).draft());
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith(name + ": ");
            }
        }
        Importer.fromHtmlFragment(text).forEach(p -> assertThat(p.text()).doesNotContain("\n"));
    }

    @Property(tries = 300, seed = PropertySeed.CI)
    void cleanupOfAnyRangesKeepsMarksOnTheTextThatStays(
            @ForAll @Size(min = 1, max = 6) List<@StringLength(min = 1, max = 40) @From("words") String> paragraphs,
            @ForAll @IntRange(max = 400) int a, @ForAll @IntRange(max = 400) int b) throws Exception {
        List<Paragraph> body = new ArrayList<>();
        for (String p : paragraphs) {
            body.add(new Paragraph(org.copydesk.model.ParagraphKind.PARAGRAPH, p,
                    List.of(new InlineSpan(0, p.length(), org.copydesk.model.InlineStyle.BOLD))));
        }
        Article article = Article.draft("x", "H", "en", java.time.Instant.EPOCH).withBody(body);
        String text = article.bodyText();
        article = article.withLanguageMarks(List.of(new LanguageMark(0, text.length(), "fr", org.copydesk.model.MarkOrigin.MANUAL)));
        int s = Math.min(a, b) % (text.length() + 1);
        int e = Math.min(text.length(), s + Math.abs(a - b));
        if (e <= s || text.substring(s, e).isBlank()) {
            return;
        }
        String cut = text.substring(s, e).strip();
        int cs = text.indexOf(cut, s);
        CleanupItem item = new CleanupItem(CleanupItem.Kind.REMOVE_BOILERPLATE, cs, cs + cut.length(), cut, "", null, null);
        Article clean = Cleanup.apply(article, List.of(item));
        String after = clean.bodyText();
        assertThat(after.length()).isLessThan(text.length());
        for (Paragraph p : clean.body()) {
            assertThat(p.text()).isNotBlank();
            for (InlineSpan sp : p.inline()) {
                assertThat(sp.end()).isLessThanOrEqualTo(p.text().length());
            }
        }
        if (!after.isEmpty()) {
            assertThat(clean.languageMarks()).singleElement().satisfies(m -> {
                assertThat(m.start()).isZero();
                assertThat(m.end()).isEqualTo(after.length());
            });
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abc é«» ").ofMinLength(1).ofMaxLength(40).filter(x -> !x.isBlank());
    }
}
