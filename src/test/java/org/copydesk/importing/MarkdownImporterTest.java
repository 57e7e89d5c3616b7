package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.copydesk.model.Article;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;

/** Markdown import on CommonMark: what copy in Markdown becomes, and what hostile Markdown cannot do. */
class MarkdownImporterTest {
    private final Importer importer = new Importer(null, Importer.DEFAULT_MAX_BYTES, () -> Instant.EPOCH,
            Set.of("tram-line-opens", "budget-vote")::contains);

    private ImportResult read(String markdown) throws ImportException {
        return importer.importBytes("story.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static String styled(Paragraph p, InlineStyle s) {
        return p.inline().stream().filter(x -> x.style() == s).map(x -> p.text().substring(x.start(), x.end()))
                .reduce((a, b) -> a + "|" + b).orElse("");
    }

    @Test
    void nestedListsGiveOneParagraphPerItemAtEveryDepth() throws Exception {
        Article a = read("""
                # Council agenda

                1. Budget
                   - schools
                     - new roof for the primary school
                   - roads
                2. Tram line
                """).draft();
        assertThat(a.body()).extracting(Paragraph::text)
                .containsExactly("Budget", "schools", "new roof for the primary school", "roads", "Tram line");
        assertThat(a.body()).extracting(Paragraph::kind).containsOnly(ParagraphKind.PARAGRAPH);
    }

    @Test
    void aTableIsOneParagraphPerRowWithAWarning() throws Exception {
        ImportResult r = read("""
                # Results

                | Party | Seats |
                |-------|------:|
                | Greens | 12 |
                | *Liberals* | 9 |
                """);
        assertThat(r.draft().body()).extracting(Paragraph::text)
                .containsExactly("Party | Seats", "Greens | 12", "Liberals | 9");
        assertThat(styled(r.draft().body().get(2), InlineStyle.ITALIC)).isEqualTo("Liberals");
        assertThat(r.notes()).contains(MarkdownImporter.TABLE_WARNING);
    }

    @Test
    void struckTextIsKeptAndNamedInAWarning() throws Exception {
        ImportResult r = read("# T\n\nThe vote is ~~on Monday~~ on Tuesday.\n");
        assertThat(r.draft().body().get(0).text()).isEqualTo("The vote is on Monday on Tuesday.");
        assertThat(r.warnings()).contains("struck-through text is kept as ordinary text: on Monday");
    }

    @Test
    void imagesAreLeftOutAndCountedInOneWarning() throws Exception {
        ImportResult r = read("# T\n\nBefore ![the harbour](h.jpg) after ![crane](c.jpg) ![](x.png).\n");
        assertThat(r.draft().body().get(0).text()).isEqualTo("Before after .");
        assertThat(r.warnings()).contains("3 images are left out: the harbour, crane, …");
        assertThat(read("# T\n\nText ![one](a.png)\n").warnings()).contains("an image is left out: one");
    }

    @Test
    void linksToStoriesBecomeSeeAlsoLinksWithTheirTextAsNote() throws Exception {
        Article a = read("""
                # T

                Read [the **tram** story][tram] and [the vote](https://news.example/budget-vote "Budget").

                [tram]: <https://news.example/2026/tram-line-opens>
                """).draft();
        assertThat(a.links()).containsExactly(
                new RelatedLink("tram-line-opens", Relation.SEE_ALSO, "the tram story"),
                new RelatedLink("budget-vote", Relation.SEE_ALSO, "the vote"));
        assertThat(a.body().get(0).text()).isEqualTo("Read the tram story and the vote.");
        assertThat(styled(a.body().get(0), InlineStyle.BOLD)).isEqualTo("tram");
    }

    @Test
    void htmlBlocksKeepTheirTextKindsAndEmphasisButNeverScripts() throws Exception {
        ImportResult r = read("""
                # T

                <div class="box">
                <script>alert("pwned")</script>
                <p>Kept <em>here</em>.</p>
                <blockquote><p>A quoted line.</p></blockquote>
                </div>

                After the box, *Markdown* again.
                """);
        Article a = r.draft();
        assertThat(a.body()).extracting(Paragraph::text)
                .containsExactly("Kept here.", "A quoted line.", "After the box, Markdown again.");
        assertThat(a.body().get(1).kind()).isEqualTo(ParagraphKind.BLOCKQUOTE);
        assertThat(styled(a.body().get(0), InlineStyle.ITALIC)).isEqualTo("here");
        assertThat(styled(a.body().get(2), InlineStyle.ITALIC)).isEqualTo("Markdown");
        assertThat(a.bodyText()).doesNotContain("pwned", "<", ">");
        assertThat(r.notes()).contains(MarkdownImporter.HTML_WARNING);
    }

    @Test
    void anUnclosedCommentOrScriptDoesNotSwallowTheRestOfTheStory() throws Exception {
        ImportResult r = read("# T\n\nFirst.\n\n<!-- editor's note: check the figure\n\nThe council voted 31 to 12.\n");
        assertThat(r.draft().bodyText()).contains("First.", "The council voted 31 to 12.");
        assertThat(r.notes()).contains(MarkdownImporter.UNCLOSED_WARNING);
        ImportResult s = read("# T\n\n<script>\nvar x;\n\nThe mayor resigned.\n");
        assertThat(s.draft().bodyText()).contains("The mayor resigned.");
        // a closed comment is simply dropped
        assertThat(read("# T\n\n<!-- note -->\n\nText.\n").draft().bodyText()).isEqualTo("Text.");
    }

    @Test
    void unterminatedConstructsStayAsText() throws Exception {
        Article a = read("# T\n\nA **bold start, a [link text](http://news.example/x and a `code start\n").draft();
        assertThat(a.body()).hasSize(1);
        assertThat(a.body().get(0).text())
                .isEqualTo("A **bold start, a [link text](http://news.example/x and a `code start");
        assertThat(a.body().get(0).inline()).isEmpty();
        Article fence = read("# T\n\n```\nraw *one*\n\nraw two\n").draft();
        assertThat(fence.body()).extracting(Paragraph::text).containsExactly("raw *one*", "raw two");
    }

    @Test
    void nestingUpToTheLimitIsStructureAndBeyondItText() throws Exception {
        Article quotes = read("# T\n\n" + ">".repeat(50) + " deep quote\n").draft();
        assertThat(quotes.body()).extracting(Paragraph::text).containsExactly("deep quote");
        assertThat(quotes.body().get(0).kind()).isEqualTo(ParagraphKind.BLOCKQUOTE);
        Article lists = read("# T\n\n" + "- ".repeat(50) + "deep item\n").draft();
        assertThat(lists.body()).extracting(Paragraph::text).containsExactly("deep item");

        int depth = 100_000;
        Article tooDeep = read("# T\n\n" + ">".repeat(depth) + " deep quote\n").draft();
        assertThat(tooDeep.body()).hasSize(1);
        assertThat(tooDeep.bodyText()).as("the words are kept").endsWith(" deep quote").hasSizeGreaterThan(depth - 200);

        Article tooDeepLists = read("# T\n\n" + "- ".repeat(depth) + "deep item\n").draft();
        assertThat(tooDeepLists.bodyText()).endsWith("deep item");

        Article emphasis = read("# T\n\n" + "*".repeat(depth) + "x" + "*".repeat(depth) + " and *y*\n").draft();
        assertThat(emphasis.body()).hasSize(1);
        assertThat(emphasis.bodyText()).contains("x").endsWith(" and y");
        assertThat(emphasis.body().get(0).inline()).isNotEmpty();

        Article brackets = read("# T\n\n" + "[".repeat(depth) + "x" + "](y)".repeat(depth) + "\n").draft();
        assertThat(brackets.body()).hasSize(1);
        assertThat(brackets.bodyText()).contains("x");
    }

    @Test
    void aHugeTableIsReadRowByRow() throws Exception {
        int rows = 5_000;
        int cols = 40;
        StringBuilder md = new StringBuilder("# Figures\n\n|" + " h |".repeat(cols) + "\n|" + "---|".repeat(cols) + "\n");
        for (int i = 0; i < rows; i++) {
            md.append('|').append(" c |".repeat(cols - 1)).append(' ').append(i).append(" |\n");
        }
        Article a = read(md.toString()).draft();
        assertThat(a.body()).hasSize(rows + 1);
        assertThat(a.body().get(rows).text()).endsWith("c | " + (rows - 1));
    }

    @Test
    void controlCharactersWrittenAsEntitiesAreRemoved() throws Exception {
        Article a = read("# Vote&#27;]0;x&#7;\n\nBody &#x9b;31m and &#0;nul.\n").draft();
        assertThat(a.headline()).isEqualTo("Vote]0;x");
        assertThat(a.bodyText()).isEqualTo("Body 31m and \uFFFDnul.");
    }
}
