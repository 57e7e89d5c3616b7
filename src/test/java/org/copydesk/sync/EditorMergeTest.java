package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.StoryDetails;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The open article changed on disk while the editor has unsaved edits: the editor's state (text, hand marks, story
 * facts) merges with the file, on the file's revision, and nothing either side wrote is lost.
 */
class EditorMergeTest {
    static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

    /** One paragraph with the hand marks inside it (start and end in the paragraph, all "fr"). */
    record Para(String text, List<int[]> marks) {
    }

    static Article article(long revision, List<Para> paras) {
        List<Paragraph> body = new ArrayList<>();
        for (Para p : paras) {
            body.add(Paragraph.of(p.text()));
        }
        Article a = Article.draft("harbour", "Harbour reopens", "en", T).withBody(body);
        int[] starts = a.paragraphStarts();
        List<LanguageMark> marks = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            for (int[] m : paras.get(i).marks()) {
                marks.add(new LanguageMark(starts[i] + m[0], starts[i] + m[1], "fr", MarkOrigin.MANUAL));
            }
        }
        return a.withLanguageMarks(marks).savedAt(T.plusSeconds(revision), revision);
    }

    static List<Para> paras(String... texts) {
        List<Para> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Para(t, List.of()));
        }
        return out;
    }

    static List<String> texts(Article a) {
        return a.body().stream().map(Paragraph::text).toList();
    }

    @Test
    void myUnsavedParagraphAndTheirSavedOneBothStayOnTheirRevision() {
        Article base = article(3, paras("One.", "Two.", "Three."));
        Article mine = article(3, paras("One, typed here.", "Two.", "Three."))
                .withDetails(StoryDetails.NONE.withSection("Business"));
        Article theirs = article(5, paras("One.", "Two.", "Three, from the other desk."));
        ArticleMerge.Result r = EditorMerge.merge(base, mine, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(texts(r.article())).containsExactly("One, typed here.", "Two.", "Three, from the other desk.");
        assertThat(r.article().details().section()).as("an unsaved story fact stays").isEqualTo("Business");
        assertThat(r.article().revision()).as("saved next over the file, which holds revision 5").isEqualTo(5);
        assertThat(r.article().modified()).isEqualTo(theirs.modified());
    }

    @Test
    void theSameParagraphOnBothSidesKeepsBothMineFirst() {
        Article base = article(1, paras("One.", "Two."));
        Article mine = article(1, paras("One, mine.", "Two."));
        Article theirs = article(2, paras("One, theirs.", "Two."));
        ArticleMerge.Result r = EditorMerge.merge(base, mine, theirs);
        assertThat(texts(r.article())).containsExactly("One, mine.", "One, theirs.", "Two.");
        assertThat(r.conflicts()).containsExactly(new Conflict(Conflict.BODY, List.of("One, mine."), List.of("One, theirs.")));
        assertThat(ConflictChoice.locate(texts(r.article()), r.conflicts().get(0))).isZero();
    }

    @Test
    void nothingUnsavedGivesTheFileAsItIs() {
        Article base = article(1, paras("One.", "Two."));
        Article theirs = article(2, List.of(new Para("One.", List.of(new int[] {0, 3})), new Para("Two, edited.", List.of())))
                .withHeadline("Harbour reopens today");
        ArticleMerge.Result r = EditorMerge.merge(base, base, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.article().sameContentAs(theirs)).isTrue();
        assertThat(r.article().revision()).isEqualTo(2);
    }

    @Test
    void versionsOfAnotherArticleAreRefused() {
        Article base = article(1, paras("One."));
        Article other = Article.draft("other", "Other", "en", T);
        assertThatThrownBy(() -> EditorMerge.merge(base, base, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other");
    }

    @Test
    void theParagraphUnderTheCaretIsFollowedIntoTheMergedBody() {
        List<Paragraph> mine = Article.paragraphsOf("One.\nTwo, typing here.\nThree.");
        List<Paragraph> merged = Article.paragraphsOf("Zero, theirs.\nOne.\nTwo, typing here.\nThree, theirs.");
        assertThat(EditorMerge.paragraphAfter(mine, merged, 1)).isEqualTo(2);
        assertThat(EditorMerge.paragraphAfter(mine, merged, 2)).as("replaced: the paragraph in its place").isEqualTo(3);
        assertThat(EditorMerge.paragraphAfter(mine, Article.paragraphsOf("One."), 2)).as("removed: the nearest").isZero();
        assertThat(EditorMerge.paragraphAfter(mine, List.of(), 1)).isEqualTo(-1);
        assertThat(EditorMerge.paragraphAfter(mine, merged, 99)).as("out of range: clamped").isEqualTo(3);
    }

    /**
     * Random unsaved edits in the editor (words typed, a paragraph added, hand marks set, a story fact) against random
     * edits of the other desk (the same kinds, and the headline) on other paragraphs: the merge is clean, every word
     * and mark of either side is there, at its paragraph, and every mark is inside the text; the paragraph the caret
     * was in is found again.
     */
    @Property(tries = 300)
    void disjointEditsOnBothSidesMergeWithNothingLost(Gen g) {
        int n = g.between(2, 12);
        List<Para> base = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            base.add(new Para("Paragraph " + i + " of the base opens here.", List.of()));
        }
        // each paragraph belongs to one side (the other side leaves it alone)
        boolean[] ours = new boolean[n];
        for (int i = 0; i < n; i++) {
            ours[i] = g.bool();
        }
        Set<String> words = new HashSet<>();
        List<Para> mine = edit(g, base, ours, true, "mine", words);
        List<Para> theirs = edit(g, base, ours, false, "theirs", words);
        Article b = article(4, base);
        Article m = article(4, mine);
        if (g.bool()) {
            m = m.withTags(List.of("harbour", "local"));
        }
        Article t = article(9, theirs);
        if (g.bool()) {
            t = t.withHeadline("Harbour reopens after the storm");
        }

        ArticleMerge.Result r = EditorMerge.merge(b, m, t);

        assertThat(r.conflicts()).isEmpty();
        Article out = r.article();
        assertThat(out.revision()).isEqualTo(9);
        assertThat(out.tags()).isEqualTo(m.tags());
        assertThat(out.headline()).isEqualTo(t.headline());
        String text = out.bodyText();
        for (String w : words) {
            assertThat(text).as("word " + w).contains(w);
        }
        for (Para p : base) {
            assertThat(text).as("a base paragraph's opening").contains(p.text().substring(0, p.text().indexOf(" of ")));
        }
        int len = text.length();
        assertThat(out.languageMarks()).allSatisfy(x -> assertThat(x.end()).isLessThanOrEqualTo(len));
        // every mark of either side is there, over the same words of the same paragraph
        for (List<Para> side : List.of(mine, theirs)) {
            for (Para p : side) {
                int at = texts(out).indexOf(p.text());
                if (p.marks().isEmpty()) {
                    continue;
                }
                assertThat(at).as("marked paragraph " + p.text()).isGreaterThanOrEqualTo(0);
                int start = out.paragraphStarts()[at];
                for (int[] x : p.marks()) {
                    assertThat(out.languageMarks()).as("mark in " + p.text())
                            .contains(new LanguageMark(start + x[0], start + x[1], "fr", MarkOrigin.MANUAL));
                }
            }
        }
        assertThat(out.languageMarks()).hasSize(mine.stream().mapToInt(p -> p.marks().size()).sum()
                + theirs.stream().mapToInt(p -> p.marks().size()).sum());
        // the caret in a paragraph typed here: found again, whatever the other desk did around it
        List<String> baseTexts = base.stream().map(Para::text).toList();
        for (int caret = 0; caret < mine.size(); caret++) {
            if (!baseTexts.contains(mine.get(caret).text())) {
                int after = EditorMerge.paragraphAfter(m.body(), out.body(), caret);
                assertThat(out.body().get(after).text()).as("the caret's paragraph").isEqualTo(mine.get(caret).text());
            }
        }
    }

    /** One side's edits, to its own paragraphs only: a word typed, a paragraph added after, a hand mark. */
    private static List<Para> edit(Gen g, List<Para> base, boolean[] ours, boolean side, String name, Set<String> words) {
        List<Para> out = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < base.size(); i++) {
            Para p = base.get(i);
            if (ours[i] != side) {
                out.add(p);
                continue;
            }
            switch (g.between(0, 3)) {
                case 0 -> out.add(p);
                case 1 -> {
                    String w = name + "w" + i + "x" + (count++);
                    words.add(w);
                    out.add(new Para(p.text() + " " + w, p.marks()));
                }
                case 2 -> out.add(new Para(p.text(), List.of(new int[] {0, g.between(1, p.text().length())})));
                default -> {
                    String w = name + "p" + i + "x" + (count++);
                    words.add(w);
                    out.add(p);
                    out.add(new Para("A paragraph " + w + " added.", g.bool() ? List.of(new int[] {2, 11}) : List.of()));
                }
            }
        }
        return out;
    }
}
