package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;

/** What differs between two versions of an article, as shown in the restore offer and the banner. */
class ArticleChangesTest {
    private static Article a(String headline, String... paragraphs) {
        return Article.draft("a", headline, "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    @Test
    void aWordChangedInALongParagraphIsShownWithItsContextOnly() {
        String filler = "The committee heard from residents for most of the afternoon before the chair called a vote. ";
        ArticleChanges c = ArticleChanges.between(a("H", filler + "The motion passed by nine votes to four." + " " + filler),
                a("H", filler + "The motion failed by nine votes to four." + " " + filler));
        assertThat(c.fields()).isEmpty();
        assertThat(c.paragraphs()).hasSize(1);
        ArticleChanges.ParagraphChange p = c.paragraphs().get(0);
        assertThat(p.kind()).isEqualTo(ArticleChanges.Kind.CHANGED);
        assertThat(p.before()).startsWith("…").endsWith("…").contains("motion passed by nine").doesNotContain("residents");
        assertThat(p.after()).contains("motion failed by nine");
        assertThat(c.wordsDelta()).isZero();
    }

    @Test
    void insertedAndRemovedParagraphsAreFoundAmongUnchangedOnes() {
        ArticleChanges c = ArticleChanges.between(a("H", "one", "two", "three", "four"), a("H (new)", "one", "inserted", "two", "four"));
        assertThat(c.fields()).extracting(ArticleChanges.FieldChange::field).containsExactly(ArticleChanges.Field.HEADLINE);
        assertThat(c.paragraphs()).extracting(ArticleChanges.ParagraphChange::kind, ArticleChanges.ParagraphChange::index)
                .containsExactly(Tuple.tuple(ArticleChanges.Kind.ADDED, 1),
                        Tuple.tuple(ArticleChanges.Kind.REMOVED, 3));
        assertThat(c.paragraphs().get(1).before()).isEqualTo("three");
        assertThat(c.wordsDelta()).isEqualTo(1); // "(new)" + "inserted" - "three"
    }

    @Test
    void sameVersionsHaveNoChangesAndAGoneArticleIsAllNew() {
        assertThat(ArticleChanges.between(a("H", "x y"), a("H", "x y")).isEmpty()).isTrue();
        ArticleChanges all = ArticleChanges.between(null, a("H", "x y", "z"));
        assertThat(all.paragraphs()).hasSize(2).allMatch(p -> p.kind() == ArticleChanges.Kind.ADDED);
        assertThat(all.wordsDelta()).isEqualTo(4);
    }

    @Test
    void hostileTextGivesBoundedExcerptsAndNeverSplitsACharacter() {
        String emoji = "😀".repeat(5_000);
        ArticleChanges c = ArticleChanges.between(a("H", emoji), a("H", emoji + "x"));
        ArticleChanges.ParagraphChange p = c.paragraphs().get(0);
        assertThat(p.after().length()).isLessThanOrEqualTo(ArticleChanges.MAX_EXCERPT + 2);
        for (String s : List.of(p.before(), p.after())) {
            assertThat(s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("no lone surrogate").isTrue();
        }
        // many paragraphs, all different: bounded work, every paragraph accounted for
        String[] before = new String[3000];
        String[] after = new String[3000];
        for (int i = 0; i < 3000; i++) {
            before[i] = "b" + i;
            after[i] = "a" + i;
        }
        ArticleChanges big = ArticleChanges.between(a("H", before), a("H", after));
        assertThat(big.paragraphs()).hasSize(3000).allMatch(x -> x.kind() == ArticleChanges.Kind.CHANGED);
    }
}
