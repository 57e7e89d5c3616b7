package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.sync.ConflictChoice.Keep;
import org.copydesk.sync.ConflictChoice.Removal;
import org.copydesk.sync.ConflictPlace.Found;
import org.copydesk.sync.ConflictPlace.Lost;
import org.copydesk.sync.ConflictPlace.Place;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * A body conflict is found again after the editor typed in one of its versions: Keep theirs then takes out the edited
 * mine, Keep mine keeps it as it is now; a passage rewritten, deleted or there twice is not guessed at.
 */
class ConflictPlaceTest {
    static final String MINE = "Some ships left the harbour at dawn, the port authority said.";
    static final String THEIRS = "Forty ships waited outside the harbour at dawn, the port authority said.";
    static final Conflict SHIPS = new Conflict("body", List.of(MINE), List.of(THEIRS));

    static List<String> body(String... paragraphs) {
        return Arrays.asList(paragraphs);
    }

    /** The body after the choice (the run removed). */
    static List<String> after(List<String> body, Conflict c, Keep keep) {
        Removal r = ConflictChoice.removal(body, c, keep);
        assertThat(r).as("removal for %s in %s", keep, body).isNotNull();
        List<String> out = new ArrayList<>(body.subList(0, r.first()));
        out.addAll(body.subList(r.first() + r.count(), body.size()));
        return out;
    }

    @Test
    void typingInMineKeepsBothChoices() {
        String typed = "Some ships left the harbour at dawn on Monday, the port authority said in a statement.";
        List<String> edited = body("The harbour reopens.", typed, THEIRS, "The end.");
        Found f = ConflictPlace.find(edited, SHIPS);
        assertThat(f.place()).isEqualTo(new Place(1, 1, 1, true, false));
        assertThat(after(edited, SHIPS, Keep.THEIRS)).containsExactly("The harbour reopens.", THEIRS, "The end.");
        assertThat(after(edited, SHIPS, Keep.MINE)).containsExactly("The harbour reopens.", typed, "The end.");
        assertThat(ConflictChoice.removal(edited, SHIPS, Keep.THEIRS).edited()).isTrue();
        assertThat(ConflictChoice.removal(edited, SHIPS, Keep.MINE).edited()).isFalse();
    }

    @Test
    void typingInTheirsIsFoundTooAndKeepMineSaysTheRunRemovedWasEdited() {
        String typed = "Forty ships waited outside the harbour at dawn, the port authority said. More to come.";
        List<String> edited = body(MINE, typed);
        assertThat(ConflictPlace.find(edited, SHIPS).place()).isEqualTo(new Place(0, 1, 1, false, true));
        assertThat(after(edited, SHIPS, Keep.MINE)).containsExactly(MINE);
        assertThat(ConflictChoice.removal(edited, SHIPS, Keep.MINE).edited()).isTrue();
        assertThat(after(edited, SHIPS, Keep.THEIRS)).containsExactly(typed);
    }

    @Test
    void aParagraphSplitByEnterInMineIsTakenWhole() {
        List<String> edited = body("Intro.", "Some ships left the harbour at dawn,", "the port authority said.", THEIRS);
        assertThat(ConflictPlace.find(edited, SHIPS).place()).isEqualTo(new Place(1, 2, 1, true, false));
        assertThat(after(edited, SHIPS, Keep.THEIRS)).containsExactly("Intro.", THEIRS);
    }

    @Test
    void aRewrittenOrDeletedMineIsNotGuessed() {
        List<String> rewritten = body("Intro.", "Nothing moved in the port today.", THEIRS);
        assertThat(ConflictPlace.find(rewritten, SHIPS).lost()).isEqualTo(Lost.REWRITTEN);
        assertThat(ConflictChoice.removal(rewritten, SHIPS, Keep.THEIRS)).isNull();
        assertThat(ConflictChoice.removal(rewritten, SHIPS, Keep.MINE)).isNull();
        assertThat(ConflictChoice.removal(rewritten, SHIPS, Keep.BOTH)).isEqualTo(new Removal(0, 0));
        // the mine paragraph deleted: theirs is there, but what is before it is not mine
        assertThat(ConflictPlace.find(body("Intro.", THEIRS), SHIPS).lost()).isEqualTo(Lost.REWRITTEN);
        assertThat(ConflictPlace.find(body(THEIRS), SHIPS).lost()).isEqualTo(Lost.REWRITTEN);
        // more than 40% of its words gone
        assertThat(ConflictPlace.find(body("Some ships left.", THEIRS), SHIPS).found()).isFalse();
        // both sides typed in: neither is an anchor
        assertThat(ConflictPlace.find(body(MINE + " Really.", THEIRS + " Really."), SHIPS).found()).isFalse();
    }

    @Test
    void thePassageTwiceIsAmbiguousExactOrEdited() {
        String typed = "Some ships left the harbour early at dawn, the port authority said.";
        assertThat(ConflictPlace.find(body(MINE, THEIRS, "Middle.", MINE, THEIRS), SHIPS).lost()).isEqualTo(Lost.AMBIGUOUS);
        assertThat(ConflictPlace.find(body(typed, THEIRS, "Middle.", typed, THEIRS), SHIPS).lost()).isEqualTo(Lost.AMBIGUOUS);
        assertThat(ConflictChoice.removal(body(typed, THEIRS, typed, THEIRS), SHIPS, Keep.MINE)).isNull();
        // the same paragraph twice in a row before theirs: the one next to theirs is mine
        assertThat(after(body(typed, typed, THEIRS), SHIPS, Keep.MINE)).containsExactly(typed, typed);
        assertThat(after(body(typed, typed, THEIRS), SHIPS, Keep.THEIRS)).containsExactly(typed, THEIRS);
    }

    @Test
    void theirsAlsoElsewhereInTheBodyIsNotTakenForTheConflict() {
        String typed = "Some ships left the harbour at dawn, the port authority said, and more.";
        List<String> edited = body(THEIRS, "Intro.", typed, THEIRS, "Middle.", THEIRS);
        assertThat(ConflictPlace.find(edited, SHIPS).place()).isEqualTo(new Place(2, 1, 1, true, false));
        assertThat(after(edited, SHIPS, Keep.MINE)).containsExactly(THEIRS, "Intro.", typed, "Middle.", THEIRS);
        // mine's own text elsewhere, unedited, while the conflict's mine is edited
        List<String> mineElsewhere = body(MINE, "Intro.", typed, THEIRS);
        assertThat(ConflictPlace.find(mineElsewhere, SHIPS).place()).isEqualTo(new Place(2, 1, 1, true, false));
    }

    @Test
    void emptyParagraphsAroundOrInsideTheConflict() {
        String typed = "Some ships left the harbour at dawn, the port authority said today.";
        assertThat(ConflictPlace.find(body("", typed, THEIRS, ""), SHIPS).place()).isEqualTo(new Place(1, 1, 1, true, false));
        Conflict withEmpty = new Conflict("body", List.of("", MINE), List.of(THEIRS));
        assertThat(ConflictPlace.find(body("x", "", typed, THEIRS), withEmpty).place()).isEqualTo(new Place(1, 2, 1, true, false));
        // an empty version: only an empty paragraph is it
        Conflict emptyMine = new Conflict("body", List.of(""), List.of(THEIRS));
        assertThat(ConflictPlace.find(body("a", "", THEIRS), emptyMine).place()).isEqualTo(new Place(1, 1, 1, false, false));
        assertThat(ConflictPlace.find(body(), SHIPS).lost()).isEqualTo(Lost.REWRITTEN);
        assertThat(ConflictPlace.find(body(""), new Conflict("body", List.of(), List.of()))).isEqualTo(new Found(null, Lost.NOT_BODY));
    }

    @Test
    void theConflictAtTheStartAndAtTheEnd() {
        String typed = "Some ships had left the harbour at dawn, the port authority said.";
        assertThat(after(body(typed, THEIRS, "b"), SHIPS, Keep.THEIRS)).containsExactly(THEIRS, "b");
        assertThat(after(body("a", typed, THEIRS), SHIPS, Keep.MINE)).containsExactly("a", typed);
        assertThat(after(body(typed, THEIRS), SHIPS, Keep.THEIRS)).containsExactly(THEIRS);
    }

    @Test
    void aSideThatDeletedThePassageLeavesTheOtherToBeFoundAlone() {
        String typed = "Forty ships waited outside the harbour at dawn, the port authority said on Monday.";
        Conflict deletedHere = new Conflict("body", List.of(), List.of(THEIRS));
        List<String> edited = body("Intro.", typed, "End.");
        assertThat(ConflictPlace.find(edited, deletedHere).place()).isEqualTo(new Place(1, 0, 1, false, true));
        assertThat(after(edited, deletedHere, Keep.MINE)).containsExactly("Intro.", "End.");
        assertThat(after(edited, deletedHere, Keep.THEIRS)).isEqualTo(edited);
        assertThat(ConflictPlace.find(body("Intro.", typed, "End.", typed), deletedHere).lost()).isEqualTo(Lost.AMBIGUOUS);
    }

    @Test
    void aFieldConflictHasNoPlaceInTheBody() {
        Conflict headline = new Conflict("headline", List.of(MINE), List.of(THEIRS));
        assertThat(ConflictPlace.find(body(MINE, THEIRS), headline).lost()).isEqualTo(Lost.NOT_BODY);
    }

    // ------------------------------------------------------------------ seeded random edits

    static final List<String> CONFLICT_WORDS = List.of("ships", "harbour", "dawn", "port", "authority", "said", "forty",
            "cranes", "strike", "union", "workers", "quay", "ferry", "storm", "mayor", "council", "night", "cargo");
    static final List<String> OTHER_WORDS = List.of("election", "budget", "school", "teachers", "hospital", "rain",
            "museum", "train", "bridge", "market", "football", "river", "garden", "library");

    static String sentence(Gen g, List<String> words, int min, int max) {
        List<String> w = g.list(min, max, () -> g.oneOf(words));
        String s = String.join(g.oneOf(" ", " ", ", "), w);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    /** Two versions of one base paragraph, as two desks would edit it: they share most of their words. */
    static List<String> sides(Gen g, String base) {
        List<String> words = new ArrayList<>(List.of(base.substring(0, base.length() - 1).split("[ ,]+")));
        int n = g.between(1, 3);
        for (int i = 0; i < n; i++) {
            words.set(g.between(0, words.size() - 1), g.oneOf(CONFLICT_WORDS));
        }
        words.add(g.between(0, words.size()), g.oneOf(CONFLICT_WORDS));
        return List.of(String.join(" ", words) + ".");
    }

    record Case(List<String> before, List<String> mine, List<String> theirs, List<String> after) {
        List<String> body(List<String> mineNow, List<String> theirsNow) {
            List<String> out = new ArrayList<>(before);
            out.addAll(mineNow);
            out.addAll(theirsNow);
            out.addAll(after);
            return out;
        }

        Conflict conflict() {
            return new Conflict("body", mine, theirs);
        }
    }

    /** A body with a conflict of 1–3 paragraphs a side somewhere (often at an edge), empty paragraphs, theirs elsewhere. */
    static Case aCase(Gen g, boolean sideMayBeEmpty) {
        int paragraphs = g.between(1, 3);
        List<String> mine = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            String base = sentence(g, CONFLICT_WORDS, 6, 14);
            mine.add(g.bool() ? sides(g, base).get(0) : base);
            theirs.add(sides(g, base).get(0));
        }
        if (mine.equals(theirs)) {
            theirs.set(0, theirs.get(0) + " Update.");
        }
        if (sideMayBeEmpty && g.between(0, 3) == 0) {
            if (g.bool()) {
                mine.clear();
            } else {
                theirs.clear();
            }
        }
        List<String> before = filler(g, theirs, mine, false);
        List<String> after = filler(g, theirs, mine, true);
        return new Case(before, mine, theirs, after);
    }

    /**
     * Paragraphs around the conflict: other copy, empty paragraphs, and theirs' paragraphs again, those at least three
     * paragraphs away from the conflict (nearer, a copy of theirs after a rewritten theirs reads as an edit of it).
     */
    static List<String> filler(Gen g, List<String> theirs, List<String> mine, boolean afterTheConflict) {
        List<String> out = new ArrayList<>();
        boolean copies = false;
        int n = g.between(0, 5);
        for (int i = 0; i < n; i++) {
            int kind = g.between(0, 5);
            if (kind == 0) {
                out.add("");
            } else if (kind == 1 && !theirs.isEmpty() && !mine.isEmpty()) {
                out.add(g.oneOf(theirs)); // the text of theirs elsewhere
                copies = true;
            } else {
                out.add(sentence(g, OTHER_WORDS, 3, 10));
            }
        }
        for (int i = 0; copies && i < 3; i++) {
            out.add(afterTheConflict ? 0 : out.size(), sentence(g, OTHER_WORDS, 3, 8));
        }
        return out;
    }

    /** Typing in one paragraph of a side: words added, up to a quarter deleted, or the paragraph split in two. */
    static List<String> typedIn(Gen g, List<String> side) {
        List<String> out = new ArrayList<>(side);
        int at = g.between(0, out.size() - 1);
        List<String> words = new ArrayList<>(List.of(out.get(at).split(" ")));
        switch (g.between(0, 3)) {
            case 0, 1 -> {
                int n = g.between(1, 6);
                for (int i = 0; i < n; i++) {
                    words.add(g.between(0, words.size()), g.oneOf(OTHER_WORDS));
                }
                out.set(at, String.join(" ", words));
            }
            case 2 -> {
                int n = g.between(1, Math.max(1, words.size() / 5));
                for (int i = 0; i < n; i++) {
                    words.remove(g.between(0, words.size() - 1));
                }
                words.add(g.oneOf(OTHER_WORDS));
                out.set(at, String.join(" ", words));
            }
            default -> {
                int cut = g.between(1, words.size() - 1);
                out.set(at, String.join(" ", words.subList(0, cut)));
                out.add(at + 1, String.join(" ", words.subList(cut, words.size())));
            }
        }
        return out;
    }

    /** Typing in mine: Keep theirs leaves theirs where the passage was; Keep mine leaves the typed version. */
    @Property(tries = 300)
    void typingInMineLeavesBothChoicesThatKeepWhatTheEditorSees(Gen g) {
        Case c = aCase(g, true);
        if (c.mine().isEmpty()) {
            return; // nothing to type in on this side
        }
        List<String> typed = typedIn(g, c.mine());
        List<String> body = c.body(typed, c.theirs());
        assertThat(after(body, c.conflict(), Keep.THEIRS)).isEqualTo(c.body(List.of(), c.theirs()));
        assertThat(after(body, c.conflict(), Keep.MINE)).isEqualTo(c.body(typed, List.of()));
        assertThat(ConflictChoice.removal(body, c.conflict(), Keep.THEIRS).edited()).isTrue();
    }

    @Property(tries = 300)
    void typingInTheirsLeavesBothChoicesToo(Gen g) {
        Case c = aCase(g, true);
        if (c.theirs().isEmpty()) {
            return;
        }
        List<String> typed = typedIn(g, c.theirs());
        List<String> body = c.body(c.mine(), typed);
        assertThat(after(body, c.conflict(), Keep.MINE)).isEqualTo(c.body(c.mine(), List.of()));
        assertThat(after(body, c.conflict(), Keep.THEIRS)).isEqualTo(c.body(List.of(), typed));
        assertThat(ConflictChoice.removal(body, c.conflict(), Keep.MINE).edited()).isTrue();
    }

    /** A version replaced by other copy, or deleted, is never guessed at: both choices are refused. */
    @Property(tries = 300)
    void aVersionRewrittenOrDeletedIsNeverGuessed(Gen g) {
        Case c = aCase(g, false);
        List<String> gone = g.bool() ? List.of() : List.of(sentence(g, OTHER_WORDS, 4, 12));
        List<String> body = g.bool() ? c.body(gone, c.theirs()) : c.body(c.mine(), gone);
        assertThat(ConflictPlace.find(body, c.conflict()).found()).as("%s in %s", c.conflict(), body).isFalse();
        assertThat(ConflictChoice.removal(body, c.conflict(), Keep.MINE)).isNull();
        assertThat(ConflictChoice.removal(body, c.conflict(), Keep.THEIRS)).isNull();
    }

    /** The typed passage pasted a second time elsewhere: which one is meant cannot be told. */
    @Property(tries = 200)
    void thePassageTwiceIsNeverGuessed(Gen g) {
        Case c = aCase(g, false);
        List<String> typed = typedIn(g, c.mine());
        List<String> body = c.body(typed, c.theirs());
        body.add("Between.");
        body.addAll(typed);
        body.addAll(c.theirs());
        assertThat(ConflictPlace.find(body, c.conflict()).lost()).isEqualTo(Lost.AMBIGUOUS);
    }
}
