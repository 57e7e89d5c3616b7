package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.editing.LinkEditing.Result.Kind;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/** The sidebar's link editing without any window: changes, undo, redo, and changes made meanwhile by others. */
class LinkEditingTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    static final RelatedLink BROKEN = new RelatedLink("deleted-story", Relation.BACKGROUND, "withdrawn");

    /** The open article as the editor would hold it; {@link #elsewhere} is another writer (a reload, a sync). */
    static final class Desk implements LinkEditing.Open {
        Article article;
        boolean readOnly;
        int taken;

        Desk(Article article) {
            this.article = article;
        }

        @Override
        public Article now() {
            return article;
        }

        @Override
        public boolean take(Article changed) {
            if (readOnly) {
                return false;
            }
            article = changed;
            taken++;
            return true;
        }

        void elsewhere(List<RelatedLink> links) {
            article = article.withLinks(links);
        }
    }

    static Article story(String id, RelatedLink... links) {
        return Article.draft(id, "Story " + id, "en", T).withBody(Article.paragraphsOf("""
                The storm hit the coast on Monday.
                See also: Coastal villages count storm damage
                Rescue teams stayed overnight.""")).withLinks(List.of(links));
    }

    final Desk desk = new Desk(story("storm", BROKEN));
    final LinkEditing links = new LinkEditing(desk);

    @Test
    void addChangeAndRemoveAreUndoneAndRedoneOneByOne() {
        assertThat(links.add("villages", Relation.SEE_ALSO).kind()).isEqualTo(Kind.DONE);
        assertThat(links.changeRelation("villages", Relation.FOLLOW_UP).kind()).isEqualTo(Kind.DONE);
        assertThat(links.remove("deleted-story").kind()).isEqualTo(Kind.DONE);
        assertThat(desk.article.links()).containsExactly(new RelatedLink("villages", Relation.FOLLOW_UP, null));

        assertThat(links.undo().kind()).isEqualTo(Kind.DONE);
        // the broken link comes back where it was, first, with its relation and note
        assertThat(desk.article.links()).containsExactly(BROKEN, new RelatedLink("villages", Relation.FOLLOW_UP, null));
        links.undo();
        assertThat(desk.article.links()).containsExactly(BROKEN, new RelatedLink("villages", Relation.SEE_ALSO, null));
        links.undo();
        assertThat(desk.article.links()).containsExactly(BROKEN);
        assertThat(links.canUndo()).isFalse();
        assertThat(links.undo().kind()).isEqualTo(Kind.NOTHING);

        assertThat(links.redo().kind()).isEqualTo(Kind.DONE);
        links.redo();
        links.redo();
        assertThat(desk.article.links()).containsExactly(new RelatedLink("villages", Relation.FOLLOW_UP, null));
        assertThat(links.canRedo()).isFalse();
    }

    @Test
    void addingAnExistingLinkChangesItsRelationAndKeepsItsNoteAndPlace() {
        desk.elsewhere(List.of(BROKEN, new RelatedLink("villages", Relation.SEE_ALSO, "their note")));
        assertThat(links.add("deleted-story", Relation.FOLLOW_UP).kind()).isEqualTo(Kind.DONE);
        assertThat(desk.article.links()).containsExactly(new RelatedLink("deleted-story", Relation.FOLLOW_UP, "withdrawn"),
                new RelatedLink("villages", Relation.SEE_ALSO, "their note"));
        // the same again changes nothing, and records nothing
        assertThat(links.add("deleted-story", Relation.FOLLOW_UP).kind()).isEqualTo(Kind.NOTHING);
        links.undo();
        assertThat(links.canUndo()).isFalse();
    }

    @Test
    void anArticleNeverLinksToItselfAndABlankTargetIsNoLink() {
        assertThat(links.add("storm", Relation.SEE_ALSO).kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.add(" ", Relation.SEE_ALSO).kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.add(null, Relation.SEE_ALSO).kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.remove("not-linked").kind()).isEqualTo(Kind.NOTHING);
        assertThat(desk.taken).isZero();
        assertThat(desk.article.links()).containsExactly(BROKEN);
    }

    @Test
    void noArticleOpenMeansNothingToDo() {
        desk.article = null;
        assertThat(links.add("villages", Relation.SEE_ALSO).kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.undo().kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.canUndo()).isFalse();
    }

    @Test
    void aReadOnlyArticleRefusesTheChangeAndNothingIsRecorded() {
        desk.readOnly = true;
        LinkEditing.Result r = links.add("villages", Relation.SEE_ALSO);
        assertThat(r.kind()).isEqualTo(Kind.REFUSED);
        assertThat(desk.article.links()).containsExactly(BROKEN);
        assertThat(links.canUndo()).isFalse();
    }

    @Test
    void aLinkChangedElsewhereMeanwhileIsNotUndoneAndTheirChangeIsKept() {
        links.add("villages", Relation.SEE_ALSO);
        // another writer (a sync, a reload) changes the same link
        RelatedLink theirs = new RelatedLink("villages", Relation.BACKGROUND, "from the night desk");
        desk.elsewhere(List.of(BROKEN, theirs));
        int before = desk.taken;

        LinkEditing.Result r = links.undo();
        assertThat(r.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(r.step().targetId()).isEqualTo("villages");
        assertThat(r.found()).isEqualTo(theirs);
        assertThat(desk.article.links()).containsExactly(BROKEN, theirs);
        assertThat(desk.taken).isEqualTo(before);
        // the step is gone: the next undo does not try again
        assertThat(links.canUndo()).isFalse();
    }

    @Test
    void aLinkChangedElsewhereAfterItsRemovalIsNotReplacedByUndo() {
        links.add("villages", Relation.SEE_ALSO);
        links.undo();
        desk.elsewhere(List.of()); // someone removed every link, the broken one too
        links.add("other", Relation.SEE_ALSO);
        links.undo();
        assertThat(links.redo().kind()).isEqualTo(Kind.DONE); // "other" again
        desk.elsewhere(List.of(new RelatedLink("villages", Relation.FOLLOW_UP, null)));
        // what is left to redo: nothing ("other" was redone, and a new change cleared the older redo)
        assertThat(links.canRedo()).isFalse();

        links.remove("villages");
        desk.elsewhere(List.of(new RelatedLink("villages", Relation.BACKGROUND, "back")));
        LinkEditing.Result r = links.undo();
        assertThat(r.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(r.found()).isEqualTo(new RelatedLink("villages", Relation.BACKGROUND, "back"));
        assertThat(desk.article.links()).containsExactly(new RelatedLink("villages", Relation.BACKGROUND, "back"));
    }

    @Test
    void undoTouchesOnlyItsLinkAndKeepsLinksAddedElsewhere() {
        links.add("villages", Relation.SEE_ALSO);
        RelatedLink theirs = new RelatedLink("harbour", Relation.FOLLOW_UP, "added by sync");
        desk.elsewhere(List.of(theirs, BROKEN, new RelatedLink("villages", Relation.SEE_ALSO, null)));
        assertThat(links.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(desk.article.links()).containsExactly(theirs, BROKEN);
        assertThat(links.redo().kind()).isEqualTo(Kind.DONE);
        // back at the place it had in the list (second), the other links kept
        assertThat(desk.article.links()).containsExactly(theirs, new RelatedLink("villages", Relation.SEE_ALSO, null), BROKEN);
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        links.add("villages", Relation.SEE_ALSO);
        links.undo();
        assertThat(links.canRedo()).isTrue();
        links.add("harbour", Relation.BACKGROUND);
        assertThat(links.canRedo()).isFalse();
        assertThat(links.redo().kind()).isEqualTo(Kind.NOTHING);
    }

    @Test
    void eachArticleKeepsItsOwnHistory() {
        links.add("villages", Relation.SEE_ALSO);
        Article storm = desk.article;
        desk.article = story("orchestra");
        assertThat(links.canUndo()).isFalse();
        links.add("concert", Relation.FOLLOW_UP);
        Article orchestra = desk.article;

        desk.article = storm;
        assertThat(links.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(desk.article.links()).containsExactly(BROKEN);
        desk.article = orchestra;
        assertThat(links.canUndo()).isTrue();
        links.undo();
        assertThat(desk.article.links()).isEmpty();
    }

    @Test
    void aSeeAlsoParagraphBecomesALinkAndUndoPutsBackOnlyTheLink() {
        Article looked = desk.article;
        int start = looked.bodyText().indexOf("See also");
        int end = looked.bodyText().indexOf('\n', start);
        LinkEditing.Result r = links.convert(looked, start, end, "villages");
        assertThat(r.kind()).isEqualTo(Kind.DONE);
        assertThat(r.step().removedText()).isTrue();
        assertThat(desk.article.bodyText()).isEqualTo("The storm hit the coast on Monday.\nRescue teams stayed overnight.");
        assertThat(desk.article.links()).containsExactly(BROKEN, new RelatedLink("villages", Relation.SEE_ALSO, null));

        assertThat(links.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(desk.article.links()).containsExactly(BROKEN);
        // the text is the editor's to undo, not the links'
        assertThat(desk.article.bodyText()).isEqualTo("The storm hit the coast on Monday.\nRescue teams stayed overnight.");
    }

    @Test
    void aParagraphFoundInTextThatHasSinceChangedIsNotRemoved() {
        Article looked = desk.article;
        int start = looked.bodyText().indexOf("See also");
        int end = looked.bodyText().indexOf('\n', start);
        // the user typed at the top while the paragraph was being looked for: the places are off by the typing
        desk.article = desk.article.withBody(Article.paragraphsOf("New lead.\n" + looked.bodyText()));
        Article typed = desk.article;
        assertThat(links.convert(looked, start, end, "villages").kind()).isEqualTo(Kind.TEXT_CHANGED);
        assertThat(desk.article).isEqualTo(typed);
        assertThat(links.canUndo()).isFalse();
        // looked for again in the text as it is now, it works
        Article again = desk.article;
        int s = again.bodyText().indexOf("See also");
        assertThat(links.convert(again, s, again.bodyText().indexOf('\n', s), "villages").kind()).isEqualTo(Kind.DONE);
        assertThat(desk.article.bodyText()).isEqualTo("New lead.\nThe storm hit the coast on Monday.\nRescue teams stayed overnight.");
    }

    @Test
    void placesOutsideTheTextAreRefusedWithoutAChange() {
        Article looked = desk.article;
        assertThat(links.convert(looked, -1, 3, "villages").kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.convert(looked, 5, 2, "villages").kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.convert(looked, 0, looked.bodyText().length() + 1, "villages").kind()).isEqualTo(Kind.NOTHING);
        assertThat(links.convert(looked.withId("other"), 0, 3, "villages").kind()).isEqualTo(Kind.TEXT_CHANGED);
        assertThat(desk.article).isEqualTo(looked);
    }

    @Test
    void aLinkComesBackAtItsPlaceClampedToTheListAsItIsNow() {
        assertThat(LinkEditing.withLinkAt(List.of(), "a", new RelatedLink("a", Relation.SEE_ALSO, null), 5))
                .extracting(RelatedLink::targetId).containsExactly("a");
        List<RelatedLink> two = List.of(new RelatedLink("x", Relation.SEE_ALSO, null), new RelatedLink("y", Relation.SEE_ALSO, null));
        assertThat(LinkEditing.withLinkAt(two, "a", new RelatedLink("a", Relation.SEE_ALSO, null), 1))
                .extracting(RelatedLink::targetId).containsExactly("x", "a", "y");
        assertThat(LinkEditing.withLinkAt(two, "x", null, 0)).extracting(RelatedLink::targetId).containsExactly("y");
    }

    /**
     * Random sequences of link changes, undos and redos, with another writer changing links in between (each of its
     * changes carries a note of its own, so it can be told apart): a link the other writer set is never replaced by an
     * undo or redo, undo and redo change one link at most, and with no other writer, undoing everything gives back the
     * links as they were, in their order, and redoing everything gives back the links as they were at the end.
     */
    @Property(tries = 300)
    void undoAndRedoNeverOverwriteAnotherWritersLink(Gen gen) {
        List<String> targets = List.of("a", "b", "c", "d");
        Desk d = new Desk(story("s", new RelatedLink("b", Relation.BACKGROUND, "first")));
        LinkEditing edits = new LinkEditing(d);
        boolean others = gen.bool();
        List<RelatedLink> start = d.article.links();
        Map<String, RelatedLink> theirs = new HashMap<>();
        int steps = gen.between(1, 40);
        int notes = 0;
        for (int i = 0; i < steps; i++) {
            String t = gen.oneOf(targets);
            List<RelatedLink> before = d.article.links();
            int op = gen.between(0, others ? 5 : 4);
            LinkEditing.Result r = switch (op) {
                case 0 -> edits.add(t, gen.oneOf(Relation.values()));
                case 1 -> edits.remove(t);
                case 2 -> edits.changeRelation(t, gen.oneOf(Relation.values()));
                case 3 -> edits.undo();
                case 4 -> edits.redo();
                default -> {
                    RelatedLink link = new RelatedLink(t, gen.oneOf(Relation.values()), "theirs " + notes++);
                    d.elsewhere(LinkEditing.withLinkAt(before, t, link, gen.between(0, before.size())));
                    theirs.put(t, link);
                    yield null;
                }
            };
            if (r == null) {
                continue;
            }
            if (r.done()) {
                theirs.remove(r.step().targetId());
                assertThat(changedTargets(before, d.article.links())).containsOnly(r.step().targetId());
            } else {
                assertThat(d.article.links()).isEqualTo(before);
            }
            theirs.forEach((target, link) -> assertThat(d.article.links()).contains(link));
        }
        if (!others) {
            List<RelatedLink> end = d.article.links();
            int undone = 0;
            while (edits.canUndo()) {
                assertThat(edits.undo().kind()).isEqualTo(Kind.DONE);
                undone++;
            }
            assertThat(d.article.links()).isEqualTo(start);
            for (int i = 0; i < undone; i++) {
                assertThat(edits.redo().kind()).isEqualTo(Kind.DONE);
            }
            assertThat(d.article.links()).isEqualTo(end);
        }
    }

    private static List<String> changedTargets(List<RelatedLink> before, List<RelatedLink> after) {
        Map<String, RelatedLink> b = new HashMap<>();
        before.forEach(l -> b.put(l.targetId(), l));
        Map<String, RelatedLink> a = new HashMap<>();
        after.forEach(l -> a.put(l.targetId(), l));
        List<String> out = new ArrayList<>();
        for (String t : b.keySet()) {
            if (!b.get(t).equals(a.get(t))) {
                out.add(t);
            }
        }
        for (String t : a.keySet()) {
            if (!b.containsKey(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
