package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.importing.Samples.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueType;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;

/** Clean-up from hand-made analyser findings (the real analyser is tested end to end elsewhere). */
class CleanupTest {
    private static final Instant NOW = Instant.parse("2026-11-27T07:00:00Z");

    private static Article story() throws ImportException {
        Importer importer = new Importer(null, Importer.DEFAULT_MAX_BYTES, () -> NOW, id -> false);
        return importer.importBytes("strike.html", HTML.getBytes(StandardCharsets.UTF_8)).draft();
    }

    private static CopyIssue issueOver(Article a, String text, IssueType type, String reference) {
        int s = a.bodyText().indexOf(text);
        return new CopyIssue(type, s, s + text.length(),
                type == IssueType.RELATED_LINK ? IssueCode.POINTS_TO_STORY : IssueCode.WEB_RESIDUE,
                List.of(reference == null ? text : reference), null, reference);
    }

    private static Analysis analysisOf(Article a, CopyIssue... issues) {
        List<CopyIssue> all = new ArrayList<>(List.of(issues));
        all.add(new CopyIssue(IssueType.TYPOGRAPHY, 0, 3, IssueCode.QUOTE_SPACING, List.of("«", "»", "fr", ""), "x", null));
        return new Analysis("en", List.of(), List.of(), all);
    }

    @Test
    void findingsListBoilerplateAndSeeAlsoLinesWithTheirTextAndMatchedStory() throws Exception {
        Article a = story();
        Analysis an = analysisOf(a,
                issueOver(a, COPYRIGHT, IssueType.BOILERPLATE, null),
                issueOver(a, NEWSLETTER, IssueType.BOILERPLATE, null),
                issueOver(a, SEE_ALSO, IssueType.RELATED_LINK, "Port of Marseille plans new container terminal"));
        Article terminal = Article.draft("marseille-terminal", "Port of Marseille Plans New Container Terminal", "en", NOW);
        List<CleanupItem> items = Cleanup.findings(a, an, Cleanup.lookupOf(List.of(terminal)));
        assertThat(items).extracting(CleanupItem::kind, CleanupItem::text).containsExactly(
                Tuple.tuple(CleanupItem.Kind.MAKE_RELATED_LINK, SEE_ALSO),
                Tuple.tuple(CleanupItem.Kind.REMOVE_BOILERPLATE, NEWSLETTER),
                Tuple.tuple(CleanupItem.Kind.REMOVE_BOILERPLATE, COPYRIGHT));
        assertThat(items.get(0).headline()).isEqualTo("Port of Marseille plans new container terminal");
        assertThat(items.get(0).targetId()).isEqualTo("marseille-terminal");
        assertThat(Cleanup.findings(a, an)).first().extracting(CleanupItem::targetId).isNull();
    }

    @Test
    void applyingAllRemovesTheParagraphsAddsTheLinkAndKeepsMarksOnTheirText() throws Exception {
        Article a = story();
        Article withQuote = a.withQuoteMarks(List.of(new QuoteMark(a.bodyText().indexOf(BLOCK),
                a.bodyText().indexOf(BLOCK) + BLOCK.length(), "Hélène Ruiz", MarkOrigin.AUTO)));
        Analysis an = analysisOf(withQuote,
                issueOver(a, SEE_ALSO, IssueType.RELATED_LINK, "Port of Marseille plans new container terminal"),
                issueOver(a, NEWSLETTER, IssueType.BOILERPLATE, null),
                issueOver(a, COPYRIGHT, IssueType.BOILERPLATE, null));
        List<CleanupItem> items = Cleanup.findings(withQuote, an);
        Article clean = Cleanup.apply(withQuote, items);

        assertThat(clean.body()).extracting(Paragraph::text).hasSize(6).doesNotContain(SEE_ALSO, NEWSLETTER, COPYRIGHT);
        assertThat(clean.links()).containsExactly(new RelatedLink("port-of-marseille-plans-new-container-terminal",
                Relation.SEE_ALSO, "Port of Marseille plans new container terminal"));
        for (LanguageMark m : clean.languageMarks()) {
            assertThat(clean.bodyText().substring(m.start(), m.end())).startsWith("«");
        }
        QuoteMark q = clean.quoteMarks().get(0);
        assertThat(clean.bodyText().substring(q.start(), q.end())).isEqualTo(BLOCK);
    }

    @Test
    void removingAParagraphInTheMiddleShiftsLaterMarksAndEmphasis() throws Exception {
        Article a = story();
        Analysis an = analysisOf(a, issueOver(a, P3, IssueType.BOILERPLATE, null));
        Article clean = Cleanup.apply(a, Cleanup.findings(a, an));
        assertThat(clean.body()).extracting(Paragraph::text).doesNotContain(P3).contains(P4);
        Paragraph ruiz = clean.body().stream().filter(p -> p.text().equals(P4)).findFirst().orElseThrow();
        InlineSpan it = ruiz.inline().get(0);
        assertThat(ruiz.text().substring(it.start(), it.end())).isEqualTo("Hélène Ruiz");
        assertThat(clean.languageMarks()).hasSize(2);
        assertThat(clean.bodyText().substring(clean.languageMarks().get(1).start(), clean.languageMarks().get(1).end()))
                .isEqualTo(BLOCK);
    }

    @Test
    void partOfAParagraphRemovesOnlyThatTextAndTidiesTheSpaces() {
        String text = "Rates rise again. Read more at coastline.example. The bank said so.";
        Article a = Article.draft("x", "Rates", "en", NOW).withBody(List.of(
                new Paragraph(ParagraphKind.PARAGRAPH, text,
                        List.of(new InlineSpan(50, 58, InlineStyle.BOLD)))))
                .withLanguageMarks(List.of(new LanguageMark(18, 49, "fr", MarkOrigin.MANUAL)));
        String cut = "Read more at coastline.example.";
        Analysis an = new Analysis("en", List.of(), List.of(), List.of(
                new CopyIssue(IssueType.BOILERPLATE, text.indexOf(cut), text.indexOf(cut) + cut.length(), IssueCode.WEB_RESIDUE,
                        List.of(cut), null, null)));
        Article clean = Cleanup.apply(a, Cleanup.findings(a, an));
        assertThat(clean.bodyText()).isEqualTo("Rates rise again. The bank said so.");
        Paragraph p = clean.body().get(0);
        assertThat(p.text().substring(p.inline().get(0).start(), p.inline().get(0).end())).isEqualTo("The bank");
        assertThat(clean.languageMarks()).isEmpty();
    }

    @Test
    void keptItemsStayAndNothingIsRemovedWithoutAnItem() throws Exception {
        Article a = story();
        Analysis an = analysisOf(a, issueOver(a, NEWSLETTER, IssueType.BOILERPLATE, null),
                issueOver(a, COPYRIGHT, IssueType.BOILERPLATE, null));
        List<CleanupItem> items = Cleanup.findings(a, an);
        Article clean = Cleanup.apply(a, items.subList(1, 2));
        assertThat(clean.body()).extracting(Paragraph::text).contains(NEWSLETTER).doesNotContain(COPYRIGHT);
        assertThat(Cleanup.apply(a, List.of())).isEqualTo(a);
    }

    @Test
    void anItemThatNoLongerMatchesTheTextIsSkipped() throws Exception {
        Article a = story();
        CleanupItem stale = new CleanupItem(CleanupItem.Kind.REMOVE_BOILERPLATE, 0, 5, "Other", "stale", null, null);
        assertThat(Cleanup.apply(a, List.of(stale))).isEqualTo(a);
    }
}
