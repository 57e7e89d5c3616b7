package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.model.StoryDetails;
import org.copydesk.sync.ConflictChoice.Keep;
import org.copydesk.sync.ConflictChoice.Removal;
import org.junit.jupiter.api.Test;

class ConflictChoiceTest {
    static final Conflict SHIPS = new Conflict("body", List.of("Some ships left."), List.of("Forty ships waited.", "Then rain."));
    static final List<String> BODY = List.of("The harbour reopens.", "Some ships left.", "Forty ships waited.", "Then rain.", "The end.");

    @Test
    void mineRemovesTheirRunAndTheirsRemovesMine() {
        assertThat(ConflictChoice.removal(BODY, SHIPS, Keep.MINE)).isEqualTo(new Removal(2, 2));
        assertThat(ConflictChoice.removal(BODY, SHIPS, Keep.THEIRS)).isEqualTo(new Removal(1, 1));
        assertThat(ConflictChoice.removal(BODY, SHIPS, Keep.BOTH)).isEqualTo(new Removal(0, 0));
    }

    @Test
    void aPassageTypedInSinceTheSyncIsFoundButOneRewrittenIsNotAndOnlyBothApplies() {
        List<String> edited = List.of("The harbour reopens.", "Some ships left today.", "Forty ships waited.", "Then rain.");
        assertThat(ConflictChoice.locate(edited, SHIPS)).isEqualTo(1);
        assertThat(ConflictChoice.removal(edited, SHIPS, Keep.MINE)).isEqualTo(new Removal(2, 2, false));
        assertThat(ConflictChoice.removal(edited, SHIPS, Keep.THEIRS)).isEqualTo(new Removal(1, 1, true));
        List<String> rewritten = List.of("The harbour reopens.", "No ship moved.", "Forty ships waited.", "Then rain.");
        assertThat(ConflictChoice.locate(rewritten, SHIPS)).isEqualTo(-1);
        assertThat(ConflictChoice.removal(rewritten, SHIPS, Keep.MINE)).isNull();
        assertThat(ConflictChoice.removal(rewritten, SHIPS, Keep.BOTH)).isEqualTo(new Removal(0, 0));
    }

    @Test
    void aSideThatDeletedThePassageHasAnEmptyRun() {
        Conflict deletedHere = new Conflict("body", List.of(), List.of("Forty ships waited."));
        List<String> body = List.of("The harbour reopens.", "Forty ships waited.");
        assertThat(ConflictChoice.removal(body, deletedHere, Keep.MINE)).isEqualTo(new Removal(1, 1));
        assertThat(ConflictChoice.removal(body, deletedHere, Keep.THEIRS)).isEqualTo(new Removal(1, 0));
    }

    @Test
    void aFieldConflictSetsTheirValueOnlyWhenTheirsIsChosen() {
        Conflict headline = new Conflict("headline", List.of("Harbour reopens"), List.of("Port reopens after storm"));
        assertThat(ConflictChoice.fieldValue(headline, Keep.THEIRS)).isEqualTo("Port reopens after storm");
        assertThat(ConflictChoice.fieldValue(headline, Keep.MINE)).isNull();
        assertThat(ConflictChoice.locate(BODY, headline)).isEqualTo(-1);
        // malformed record: no value on their side
        assertThat(ConflictChoice.fieldValue(new Conflict("headline", List.of("x"), List.of()), Keep.THEIRS)).isNull();
    }

    /** Every field a merge can leave in conflict takes "theirs" from the value the conflict records. */
    @Test
    void theirsOfEveryNonTextFieldAMergeCanLeave() {
        StoryDetails desk = new StoryDetails("Business", "harbour", null, 600);
        Article base = Article.draft("harbour", "Harbour", "en", Instant.parse("2026-11-30T08:00:00Z")).withDetails(desk)
                .withLinks(List.of(new RelatedLink("rail", Relation.SEE_ALSO, null)));
        Instant embargo = Instant.parse("2026-12-01T06:00:00Z");
        Article mine = base.withLanguage("fr").withDetails(new StoryDetails("Economy", "port", embargo.plusSeconds(3600), 800))
                .withLinks(List.of(new RelatedLink("rail", Relation.BACKGROUND, null)));
        Article theirs = base.withLanguage("de").withDetails(new StoryDetails("Local", "harbour-reopens", embargo, 400))
                .withLinks(List.of(new RelatedLink("rail", Relation.FOLLOW_UP, "day 2")));
        ArticleMerge.Result merged = ArticleMerge.merge(base, mine, theirs);
        assertThat(merged.conflicts()).extracting(Conflict::field)
                .containsExactlyInAnyOrder("language", "section", "slug", "embargo", "target length", "link rail");
        Article a = merged.article();
        for (Conflict c : merged.conflicts()) {
            Article next = ConflictChoice.withTheirs(a, c);
            assertThat(next).as(c.field()).isNotNull();
            a = next;
        }
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.details()).isEqualTo(new StoryDetails("Local", "harbour-reopens", embargo, 400));
        assertThat(a.links()).containsExactly(new RelatedLink("rail", Relation.FOLLOW_UP, "day 2"));
        assertThat(a.body()).isEqualTo(merged.article().body());
    }

    @Test
    void aHandEditedValueThatDoesNotReadCannotBeTakenAndTextFieldsGoThroughTheEditor() {
        Article a = Article.draft("harbour", "Harbour", "en", Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(ConflictChoice.withTheirs(a, new Conflict("embargo", List.of("null"), List.of("next tuesday")))).isNull();
        assertThat(ConflictChoice.withTheirs(a, new Conflict("target length", List.of("0"), List.of("many")))).isNull();
        assertThat(ConflictChoice.withTheirs(a, new Conflict("link rail", List.of("see-also"), List.of("cousin")))).isNull();
        assertThat(ConflictChoice.withTheirs(a, new Conflict("language", List.of("en"), List.of(" ")))).isNull();
        assertThat(ConflictChoice.withTheirs(a, new Conflict("headline", List.of("A"), List.of("B")))).isNull();
        assertThat(ConflictChoice.withTheirs(a, new Conflict("mood", List.of("A"), List.of("B")))).isNull();
        assertThat(ConflictChoice.withTheirs(a, new Conflict("embargo", List.of("null"), List.of("null"))).details().embargo()).isNull();
    }
}
