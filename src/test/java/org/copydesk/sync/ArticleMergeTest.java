package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.model.StoryDetails;
import org.junit.jupiter.api.Test;

class ArticleMergeTest {
    static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

    static Article article(String... paragraphs) {
        return Article.draft("harbour", "Harbour reopens", "en", T).withBody(Article.paragraphsOf(String.join("\n", paragraphs)));
    }

    static List<String> texts(Article a) {
        return a.body().stream().map(Paragraph::text).toList();
    }

    @Test
    void editsToNeighbouringParagraphsBothApply() {
        Article base = article("One.", "Two.", "Three.");
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One!", "Two.", "Three."), article("One.", "Two!", "Three."));
        assertThat(r.conflicts()).isEmpty();
        assertThat(texts(r.article())).containsExactly("One!", "Two!", "Three.");
    }

    @Test
    void aQuotationMarkedAcrossTwoParagraphsThereDoesNotTieTheNeighbourEditedHere() {
        Article base = article("He said: « We open.", "Tomorrow », the mayor added.", "The end.");
        int second = "He said: « We open.\n".length();
        // theirs marks a quotation running from the first paragraph into the second (a change to both paragraphs' marks)
        Article theirs = base.withQuoteMarks(List.of(new QuoteMark(9, second + 10, "the mayor", MarkOrigin.MANUAL)));
        // mine rewrites the second paragraph's text only
        Article mine = article("He said: « We open.", "Tomorrow », the mayor added, smiling.", "The end.");
        ArticleMerge.Result r = ArticleMerge.merge(base, mine, theirs);
        assertThat(r.conflicts()).isEmpty();
        assertThat(texts(r.article())).containsExactly("He said: « We open.", "Tomorrow », the mayor added, smiling.", "The end.");
        QuoteMark q = r.article().quoteMarks().get(0);
        assertThat(q.speaker()).isEqualTo("the mayor");
        assertThat(r.article().bodyText().substring(q.start(), q.end())).startsWith("« We open.");
        assertThat(q.end()).isLessThanOrEqualTo(r.article().bodyText().length());
    }

    @Test
    void aRunRewrittenHereConflictsOnlyInTheParagraphTheOtherSideEditedToo() {
        Article base = article("One.", "Two.", "Three.", "Four.");
        Article mine = article("One!", "Two!", "Three!", "Four.");
        Article theirs = article("One.", "Two?", "Three.", "Four?");
        ArticleMerge.Result r = ArticleMerge.merge(base, mine, theirs);
        assertThat(texts(r.article())).containsExactly("One!", "Two!", "Two?", "Three!", "Four?");
        assertThat(r.conflicts()).containsExactly(new Conflict("body", List.of("Two!"), List.of("Two?")));
    }

    @Test
    void aParagraphInsertedHereNextToAParagraphEditedThereBothApply() {
        Article base = article("One.", "Two.", "Three.");
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One.", "Two.", "New here.", "Three."),
                article("One.", "Two, edited.", "Three, edited."));
        assertThat(r.conflicts()).isEmpty();
        assertThat(texts(r.article())).containsExactly("One.", "Two, edited.", "New here.", "Three, edited.");
    }

    @Test
    void onlyMarksChangedOnBothSidesIsNoConflictAndMineMarksStay() {
        Article base = article("Il a dit non.", "Two.");
        Article mine = base.withLanguageMarks(List.of(new LanguageMark(0, 13, "fr", MarkOrigin.MANUAL)));
        Article theirs = base.withLanguageMarks(List.of(new LanguageMark(0, 8, "fr", MarkOrigin.MANUAL)));
        ArticleMerge.Result r = ArticleMerge.merge(base, mine, theirs);
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.article().languageMarks()).containsExactly(new LanguageMark(0, 13, "fr", MarkOrigin.MANUAL));
    }

    @Test
    void differentEditsOfOneParagraphKeepBothMineFirstAndRecordTheConflict() {
        Article base = article("One.", "Two.", "Three.");
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One.", "Two, said I.", "Three."), article("One.", "Two, said they.", "Three."));
        assertThat(texts(r.article())).containsExactly("One.", "Two, said I.", "Two, said they.", "Three.");
        assertThat(r.conflicts()).containsExactly(new Conflict("body", List.of("Two, said I."), List.of("Two, said they.")));
    }

    @Test
    void theSameEditOnBothSidesAppliesOnce() {
        Article base = article("One.", "Two.");
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One.", "Two!"), article("One.", "Two!"));
        assertThat(r.conflicts()).isEmpty();
        assertThat(texts(r.article())).containsExactly("One.", "Two!");
    }

    @Test
    void aParagraphDeletedHereAndEditedThereIsAConflictThatKeepsTheEdit() {
        Article base = article("One.", "Two.", "Three.");
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One.", "Three."), article("One.", "Two, edited.", "Three."));
        assertThat(texts(r.article())).containsExactly("One.", "Two, edited.", "Three.");
        assertThat(r.conflicts()).containsExactly(new Conflict("body", List.of(), List.of("Two, edited.")));
    }

    @Test
    void headlineHereAndBodyThereBothApply() {
        Article base = article("One.", "Two.");
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One.", "Two.").withHeadline("Harbour reopens at last"),
                article("One.", "Two, with more."));
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.article().headline()).isEqualTo("Harbour reopens at last");
        assertThat(texts(r.article())).containsExactly("One.", "Two, with more.");
    }

    @Test
    void twoNewHeadlinesAreAConflictThatKeepsMineAndNamesTheirs() {
        Article base = article("One.");
        ArticleMerge.Result r = ArticleMerge.merge(base, base.withHeadline("Mine"), base.withHeadline("Theirs"));
        assertThat(r.article().headline()).isEqualTo("Mine");
        assertThat(r.conflicts()).containsExactly(new Conflict("headline", List.of("Mine"), List.of("Theirs")));
    }

    @Test
    void marksTravelWithTheirParagraphWhenTheOtherSideInsertsTextBefore() {
        Article base = article("Intro.", "Il a dit « non ».");
        int start = "Intro.\n".length();
        Article theirs = base.withLanguageMarks(List.of(new LanguageMark(start, start + 17, "fr", MarkOrigin.MANUAL)))
                .withQuoteMarks(List.of(new QuoteMark(start + 9, start + 16, null, MarkOrigin.AUTO)));
        Article mine = article("A new first paragraph, rather long.", "Intro.", "Il a dit « non ».");
        ArticleMerge.Result r = ArticleMerge.merge(base, mine, theirs);
        assertThat(r.conflicts()).isEmpty();
        Article m = r.article();
        LanguageMark fr = m.languageMarks().get(0);
        assertThat(m.bodyText().substring(fr.start(), fr.end())).isEqualTo("Il a dit « non ».");
        QuoteMark q = m.quoteMarks().get(0);
        assertThat(m.bodyText().substring(q.start(), q.end())).isEqualTo("« non »");
    }

    @Test
    void tagsAndLinksMergeAsSetsAndHonourARemovalOnOneSide() {
        Article base = article("One.").withTags(List.of("port", "strike"))
                .withLinks(List.of(new RelatedLink("old-story", Relation.SEE_ALSO, null)));
        Article mine = base.withTags(List.of("port", "strike", "marseille"))
                .withLinks(List.of(new RelatedLink("old-story", Relation.SEE_ALSO, null), new RelatedLink("rail", Relation.BACKGROUND, null)));
        Article theirs = base.withTags(List.of("port", "unions"))
                .withLinks(List.of(new RelatedLink("old-story", Relation.SEE_ALSO, null), new RelatedLink("ferries", Relation.FOLLOW_UP, "day 2")));
        ArticleMerge.Result r = ArticleMerge.merge(base, mine, theirs);
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.article().tags()).containsExactly("port", "marseille", "unions");
        assertThat(r.article().links()).extracting(RelatedLink::targetId).containsExactly("old-story", "rail", "ferries");
    }

    @Test
    void bookkeepingNeverConflicts() {
        Article base = article("One.");
        Article mine = base.withHeadline("A").savedAt(T.plusSeconds(50), 4).withStatus(ArticleStatus.EDITING);
        Article theirs = base.withStandfirst("B").savedAt(T.plusSeconds(90), 6).withStatus(ArticleStatus.READY);
        ArticleMerge.Result r = ArticleMerge.merge(base, mine, theirs);
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.article().modified()).isEqualTo(T.plusSeconds(90));
        assertThat(r.article().revision()).isEqualTo(7);
        assertThat(r.article().status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void anArticleAddedOnBothSidesWithDifferentTextKeepsBoth() {
        ArticleMerge.Result r = ArticleMerge.merge(null, article("Mine."), article("Theirs."));
        assertThat(texts(r.article())).containsExactly("Mine.", "Theirs.");
        assertThat(r.conflicts()).extracting(Conflict::field).containsExactly("body");
    }

    @Test
    void storyDetailsSurviveAMergeAndEachSideKeepsWhatItChanged() {
        StoryDetails desk = new StoryDetails("Business", "harbour", null, 600);
        Article base = article("One.", "Two.").withDetails(desk);
        Instant embargo = Instant.parse("2026-12-01T06:00:00Z");
        Article mine = article("One!", "Two.").withDetails(desk.withEmbargo(embargo));
        Article theirs = article("One.", "Two.").withDetails(desk.withSlug("harbour-reopens"));
        ArticleMerge.Result r = ArticleMerge.merge(base, mine, theirs);
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.article().details()).isEqualTo(new StoryDetails("Business", "harbour-reopens", embargo, 600));
        assertThat(texts(r.article())).containsExactly("One!", "Two.");
    }

    @Test
    void aTargetLengthChangedDifferentlyOnBothSidesIsAConflictThatKeepsMine() {
        StoryDetails desk = new StoryDetails("Business", "harbour", null, 600);
        Article base = article("One.").withDetails(desk);
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One.").withDetails(desk.withTargetWords(800)),
                article("One.").withDetails(desk.withTargetWords(400)));
        assertThat(r.article().details().targetWords()).isEqualTo(800);
        assertThat(r.conflicts()).containsExactly(new Conflict("target length", List.of("800"), List.of("400")));
    }

    @Test
    void theSpellingIgnoreListsOfBothSidesAreKept() {
        Article base = article("One.");
        ArticleMerge.Result r = ArticleMerge.merge(base, article("One.").withIgnoredWords(List.of("Kaliningrad")),
                article("One.").withIgnoredWords(List.of("Brexit")));
        assertThat(r.article().ignoredWords()).containsExactlyInAnyOrder("Kaliningrad", "Brexit");
    }
}
