package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;

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

    @Property(tries = 300)
    void anyBytesUnderAnyNameAreImportedOrRefusedWithTheFileName(Gen gen) {
        byte[] bytes = gen.bytes(300);
        String name = gen.oneOf("a.txt", "a.md", "a.html", "a.docx", "a");
        try {
            wellFormed(importer.importBytes(name, bytes).draft());
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
        }
    }

    /** Text made of markup characters: tags, entities, emphasis, links, list markers, escapes. */
    static String markup(Gen gen) {
        return gen.string("<>/=\"'&;#*_`[]()!\\ \nabpemstrongi-lang:fr", 0, 200);
    }

    @Property(tries = 400)
    void markdownAndHtmlMadeOfMarkupCharactersNeverBreakTheReader(Gen gen) {
        String text = markup(gen);
        for (String name : List.of("m.md", "h.html")) {
            try {
                wellFormed(importer.importBytes(name, text.getBytes(StandardCharsets.UTF_8)).draft());
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith(name + ": ");
            }
        }
        // what the editor's paste inserts, from the clipboard's HTML and from its plain text
        Importer.fromHtmlFragment(text).forEach(p -> assertThat(p.text()).doesNotContain("\n").isNotBlank());
        assertThat(Importer.fromTextFragment(text)).extracting(Paragraph::text)
                .allSatisfy(t -> assertThat(t).doesNotContain("\n", "\r"))
                .hasSize((int) text.chars().filter(c -> c == '\n').count() + 1);
    }

    @Property(tries = 300)
    void cleanupOfAnyRangesKeepsMarksOnTheTextThatStays(Gen gen) throws Exception {
        List<String> paragraphs = gen.list(1, 6, () -> word(gen));
        int a = gen.between(0, 400);
        int b = gen.between(0, 400);
        List<Paragraph> body = new ArrayList<>();
        for (String p : paragraphs) {
            body.add(new Paragraph(ParagraphKind.PARAGRAPH, p,
                    List.of(new InlineSpan(0, p.length(), InlineStyle.BOLD))));
        }
        Article article = Article.draft("x", "H", "en", Instant.EPOCH).withBody(body);
        String text = article.bodyText();
        article = article.withLanguageMarks(List.of(new LanguageMark(0, text.length(), "fr", MarkOrigin.MANUAL)));
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

    private static String word(Gen gen) {
        String w;
        do {
            w = gen.string("abc é«» ", 1, 40);
        } while (w.isBlank());
        return w;
    }
}
