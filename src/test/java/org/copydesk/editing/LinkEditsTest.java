package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;

class LinkEditsTest {
    static final String BODY = """
            The storm hit the coast on Monday.
            See also: Coastal villages count storm damage
            "We lost everything," said a fisherman.""";

    Article article() {
        String text = BODY;
        int q = text.indexOf('"');
        return Article.draft("storm", "Storm", "en", Instant.parse("2026-11-20T09:00:00Z"))
                .withBody(Article.paragraphsOf(text))
                .withQuoteMarks(List.of(new QuoteMark(q, q + "\"We lost everything,\"".length(), "a fisherman", MarkOrigin.AUTO)))
                .withLanguageMarks(List.of(new LanguageMark(4, 9, "en", MarkOrigin.MANUAL)));
    }

    @Test
    void aSeeAlsoParagraphBecomesALinkAndLeavesTheBody() {
        Article a = article();
        int start = a.bodyText().indexOf("See also");
        int end = a.bodyText().indexOf('\n', start);
        Article b = LinkEdits.paragraphToLink(a, start + 10, end, "coastal-villages");
        assertThat(b.body()).extracting(p -> p.text()).containsExactly("The storm hit the coast on Monday.",
                "\"We lost everything,\" said a fisherman.");
        assertThat(b.links()).containsExactly(new RelatedLink("coastal-villages", Relation.SEE_ALSO, null));
        QuoteMark q = b.quoteMarks().get(0);
        assertThat(b.bodyText().substring(q.start(), q.end())).isEqualTo("\"We lost everything,\"");
        assertThat(b.languageMarks()).containsExactly(new LanguageMark(4, 9, "en", MarkOrigin.MANUAL));
    }

    @Test
    void theLastParagraphCanGoAndAnExistingLinkIsNotDoubled() {
        Article a = article().withLinks(List.of(new RelatedLink("fisherman", Relation.BACKGROUND, "n")));
        int start = a.bodyText().indexOf("\"We");
        Article b = LinkEdits.paragraphToLink(a, start, a.bodyText().length(), "fisherman");
        assertThat(b.body()).hasSize(2);
        assertThat(b.bodyText()).doesNotEndWith("\n");
        assertThat(b.quoteMarks()).isEmpty();
        assertThat(b.links()).containsExactly(new RelatedLink("fisherman", Relation.BACKGROUND, "n"));
    }

    @Test
    void aHandMarkReachingIntoTheRemovedParagraphKeepsItsOtherPart() {
        Article a = article();
        int monday = a.bodyText().indexOf("Monday");
        int we = a.bodyText().indexOf("We lost");
        a = a.withLanguageMarks(List.of(new LanguageMark(monday, a.bodyText().indexOf("Coastal"), "fr", MarkOrigin.MANUAL),
                new LanguageMark(a.bodyText().indexOf("damage"), we + 2, "de", MarkOrigin.MANUAL)));
        int start = a.bodyText().indexOf("See also");
        Article b = LinkEdits.paragraphToLink(a, start, a.bodyText().indexOf('\n', start), "coastal-villages");
        String text = b.bodyText();
        assertThat(b.languageMarks()).extracting(m -> text.substring(m.start(), m.end()) + ":" + m.language())
                .containsExactly("Monday.\n:fr", "\"We:de");
    }

    @Test
    void addChangeAndRemoveKeepBrokenLinks() {
        Article a = article().withLinks(List.of(new RelatedLink("gone", Relation.SEE_ALSO, "missing")));
        Article b = LinkEdits.withLink(a, new RelatedLink("other", Relation.FOLLOW_UP, null));
        b = LinkEdits.withRelation(b, "other", Relation.BACKGROUND);
        assertThat(b.links()).containsExactly(new RelatedLink("gone", Relation.SEE_ALSO, "missing"),
                new RelatedLink("other", Relation.BACKGROUND, null));
        assertThat(LinkEdits.withoutLink(b, "other").links()).containsExactly(new RelatedLink("gone", Relation.SEE_ALSO, "missing"));
    }
}
