package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.editing.StoryEditing.Fact;
import org.copydesk.editing.StoryEditing.Result.Action;
import org.copydesk.editing.StoryEditing.Result.Kind;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.StoryDetails;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/** The Story tab's undo and redo without any window: steps, typing, other writers, causes. */
class StoryEditingTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    static final StoryFacts START = new StoryFacts("en-GB", ArticleStatus.DRAFT, List.of("rail"),
            new StoryDetails("Business", "rail-strike", null, 600));

    /** The open article's facts as the editor would hold them, per article; {@link #elsewhere} is another writer. */
    static final class Desk implements StoryEditing.Open {
        final Map<String, StoryFacts> facts = new HashMap<>();
        String open = "a";
        boolean readOnly;

        Desk() {
            facts.put("a", START);
            facts.put("b", START.withLanguage("fr-CH"));
        }

        @Override
        public String articleId() {
            return open;
        }

        @Override
        public StoryFacts facts() {
            return open == null ? null : facts.get(open);
        }

        @Override
        public boolean take(StoryFacts changed) {
            if (readOnly) {
                return false;
            }
            facts.put(open, changed);
            return true;
        }

        void elsewhere(StoryFacts changed) {
            facts.put(open, changed);
        }
    }

    static StoryFacts section(StoryFacts f, String v) {
        return f.withDetails(f.details().withSection(v));
    }

    @Test
    void eachChangeIsOneStepThatUndoesAndRedoes() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        e.change(START.withLanguage("fr-FR"));
        e.change(d.facts().withStatus(ArticleStatus.EDITING));
        assertThat(e.undo().done()).isTrue();
        assertThat(d.facts()).isEqualTo(START.withLanguage("fr-FR"));
        assertThat(e.undo().done()).isTrue();
        assertThat(d.facts()).isEqualTo(START);
        assertThat(e.undo().kind()).isEqualTo(Kind.NOTHING);
        assertThat(e.redo().done()).isTrue();
        assertThat(d.facts().language()).isEqualTo("fr-FR");
        assertThat(e.canRedo()).isTrue();
    }

    @Test
    void typingInOneFieldIsOneStepUntilTheFieldIsLeft() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        for (String s : List.of("Business ", "Business a", "Business an", "Business and")) {
            e.type(section(d.facts(), s));
        }
        e.endTyping();
        e.type(section(d.facts(), "Business and markets"));
        assertThat(e.undo().done()).isTrue();
        assertThat(d.facts().details().section()).isEqualTo("Business and");
        assertThat(e.undo().done()).isTrue();
        assertThat(d.facts()).isEqualTo(START);
        assertThat(e.canUndo()).isFalse();
    }

    @Test
    void typingAFieldBackToWhatItWasLeavesNoStep() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        e.type(section(d.facts(), "Business!"));
        e.type(section(d.facts(), "Business"));
        assertThat(e.canUndo()).isFalse();
        assertThat(d.facts()).isEqualTo(START);
    }

    @Test
    void typingInAnotherFieldStartsAnotherStep() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        e.type(section(d.facts(), "Sport"));
        e.type(d.facts().withDetails(d.facts().details().withSlug("derby")));
        e.undo();
        assertThat(d.facts().details().section()).isEqualTo("Sport");
        assertThat(d.facts().details().slug()).isEqualTo("rail-strike");
    }

    @Test
    void aFactChangedMeanwhileElsewhereIsKeptAndTheStepDropped() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        e.change(section(START, "Politics"));
        e.change(d.facts().withDetails(d.facts().details().withTargetWords(900)));
        d.elsewhere(d.facts().withDetails(d.facts().details().withTargetWords(450)));
        StoryEditing.Result<String> r = e.undo();
        assertThat(r.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(r.found().details().targetWords()).isEqualTo(450);
        assertThat(d.facts().details().targetWords()).isEqualTo(450);
        // the step that conflicted is gone; the one before still undoes, touching only its own fact
        assertThat(e.undo().done()).isTrue();
        assertThat(d.facts().details().section()).isEqualTo("Business");
        assertThat(d.facts().details().targetWords()).isEqualTo(450);
    }

    @Test
    void undoTouchesOnlyTheFactsOfItsStep() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        e.change(START.withLanguage("de-CH"));
        d.elsewhere(section(d.facts(), "Wirtschaft"));
        assertThat(e.undo().done()).isTrue();
        assertThat(d.facts()).isEqualTo(section(START, "Wirtschaft"));
    }

    @Test
    void aReadOnlyArticleRefusesAndNothingIsRecorded() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        d.readOnly = true;
        assertThat(e.change(START.withLanguage("fr")).kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.canUndo()).isFalse();
        d.readOnly = false;
        e.change(START.withLanguage("fr"));
        d.readOnly = true;
        assertThat(e.undo().kind()).isEqualTo(Kind.REFUSED);
        assertThat(d.facts().language()).isEqualTo("fr");
        assertThat(e.canUndo()).isTrue();
    }

    @Test
    void eachArticleHasItsOwnHistory() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        e.change(section(START, "Sport"));
        d.open = "b";
        assertThat(e.canUndo()).isFalse();
        assertThat(e.undo().kind()).isEqualTo(Kind.NOTHING);
        d.open = "a";
        assertThat(e.undo().done()).isTrue();
        assertThat(d.facts.get("a")).isEqualTo(START);
        assertThat(d.facts.get("b").language()).isEqualTo("fr-CH");
    }

    @Test
    void aCausedStepIsReportedWhenUndoneAndRedoneEvenWhenItChangedNothing() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        List<String> told = new ArrayList<>();
        e.onReplay(r -> told.add(r.action() + " " + r.kind() + " " + r.step().cause()));
        e.change(section(START, "Theirs"), "keep theirs: section");
        e.change(d.facts(), "keep mine: slug");
        assertThat(e.nextUndo().changed()).isEmpty();
        e.undo();
        e.undo();
        assertThat(d.facts()).isEqualTo(START);
        e.redo();
        assertThat(d.facts().details().section()).isEqualTo("Theirs");
        assertThat(told).containsExactly("UNDO DONE keep mine: slug", "UNDO DONE keep theirs: section",
                "REDO DONE keep theirs: section");
        assertThat(e.nextUndo().cause()).isEqualTo("keep theirs: section");
        assertThat(e.nextUndo().changed()).containsExactly(Fact.SECTION);
    }

    @Test
    void noArticleOpenMeansNothingToDo() {
        Desk d = new Desk();
        StoryEditing<String> e = new StoryEditing<>(d);
        d.open = null;
        assertThat(e.change(START.withLanguage("fr")).kind()).isEqualTo(Kind.NOTHING);
        assertThat(e.undo().kind()).isEqualTo(Kind.NOTHING);
        assertThat(e.redo().action()).isEqualTo(Action.REDO);
        assertThat(e.canUndo()).isFalse();
    }

    // ------------------------------------------------------------------------------------ the model property

    /** The history as a user sees it: a line of versions per article and where in it the story is. */
    static final class Model {
        final Map<String, List<StoryFacts>> versions = new HashMap<>();
        final Map<String, Integer> at = new HashMap<>();
        String typingArticle;
        Fact typingFact;

        Model(Desk d) {
            for (var e : d.facts.entrySet()) {
                versions.put(e.getKey(), new ArrayList<>(List.of(e.getValue())));
                at.put(e.getKey(), 0);
            }
        }

        StoryFacts now(String id) {
            return versions.get(id).get(at.get(id));
        }

        void push(String id, StoryFacts f) {
            List<StoryFacts> v = versions.get(id);
            v.subList(at.get(id) + 1, v.size()).clear();
            v.add(f);
            at.put(id, v.size() - 1);
        }

        void change(String id, StoryFacts f, boolean caused) {
            if (caused || !f.equals(now(id))) {
                push(id, f);
                typingArticle = null;
            }
        }

        void type(String id, Fact fact, StoryFacts f) {
            if (f.equals(now(id))) {
                return;
            }
            List<StoryFacts> v = versions.get(id);
            int i = at.get(id);
            if (id.equals(typingArticle) && fact == typingFact && i == v.size() - 1 && i > 0) {
                v.set(i, f);
                if (v.get(i - 1).equals(f)) {
                    v.remove(i);
                    at.put(id, i - 1);
                    typingArticle = null;
                }
                return;
            }
            push(id, f);
            typingArticle = id;
            typingFact = fact;
        }

        void move(String id, int by) {
            int i = at.get(id) + by;
            if (i >= 0 && i < versions.get(id).size()) {
                at.put(id, i);
            }
            typingArticle = null;
        }
    }

    static StoryFacts anyFacts(Gen gen, StoryFacts f) {
        return switch (gen.between(0, 6)) {
            case 0 -> f.withLanguage(gen.oneOf("en-GB", "fr-CH", "de-DE"));
            case 1 -> f.withStatus(gen.oneOf(ArticleStatus.DRAFT, ArticleStatus.EDITING, ArticleStatus.READY));
            case 2 -> gen.bool() ? f.withTag(gen.oneOf("rail", "strike", "Europe")) : f.withoutTag(gen.oneOf("rail", "strike"));
            case 3 -> section(f, gen.oneOf("", "Business", "Sport"));
            case 4 -> f.withDetails(f.details().withSlug(gen.oneOf("", "rail-strike", "derby")));
            case 5 -> f.withDetails(f.details().withEmbargo(gen.oneOf(null, T, T.plusSeconds(3600))));
            default -> f.withDetails(f.details().withTargetWords(gen.oneOf(0, 300, 600)));
        };
    }

    /** A keystroke in a text field: a letter added or the last one taken away. */
    static String keystroke(Gen gen, String s) {
        return gen.bool() || s.isEmpty() ? s + gen.oneOf("a", "b", "s") : s.substring(0, s.length() - 1);
    }

    @Property(tries = 300)
    void randomEditsUndoAndRedoFollowTheLineOfVersions(Gen gen) {
        Desk d = new Desk();
        Model m = new Model(d);
        StoryEditing<String> e = new StoryEditing<>(d);
        int steps = gen.between(1, 60);
        for (int i = 0; i < steps; i++) {
            String id = d.open;
            StoryFacts f = d.facts();
            switch (gen.between(0, 8)) {
                case 0, 1 -> {
                    StoryFacts next = anyFacts(gen, f);
                    e.change(next);
                    m.change(id, next, false);
                }
                case 2 -> {
                    StoryFacts next = gen.bool() ? anyFacts(gen, f) : f;
                    e.change(next, "conflict " + i);
                    m.change(id, next, true);
                }
                case 3, 4 -> {
                    Fact field = gen.oneOf(Fact.SECTION, Fact.SLUG);
                    StoryFacts next = field == Fact.SECTION ? section(f, keystroke(gen, f.details().section()))
                            : f.withDetails(f.details().withSlug(keystroke(gen, f.details().slug())));
                    e.type(next);
                    m.type(id, field, next);
                }
                case 5 -> {
                    e.undo();
                    m.move(id, -1);
                }
                case 6 -> {
                    e.redo();
                    m.move(id, 1);
                }
                case 7 -> {
                    e.endTyping();
                    m.typingArticle = null;
                }
                default -> d.open = d.open.equals("a") ? "b" : "a";
            }
            for (String a : List.of("a", "b")) {
                assertThat(d.facts.get(a)).as("article %s after step %d", a, i).isEqualTo(m.now(a));
            }
            String open = d.open;
            assertThat(e.canUndo()).as("can undo after step %d", i).isEqualTo(m.at.get(open) > 0);
            assertThat(e.canRedo()).as("can redo after step %d", i).isEqualTo(m.at.get(open) < m.versions.get(open).size() - 1);
        }
    }
}
