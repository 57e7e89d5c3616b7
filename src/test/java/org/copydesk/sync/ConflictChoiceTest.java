package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void aPassageEditedSinceTheSyncIsNotFoundAndOnlyBothApplies() {
        List<String> edited = List.of("The harbour reopens.", "Some ships left today.", "Forty ships waited.", "Then rain.");
        assertThat(ConflictChoice.locate(edited, SHIPS)).isEqualTo(-1);
        assertThat(ConflictChoice.removal(edited, SHIPS, Keep.MINE)).isNull();
        assertThat(ConflictChoice.removal(edited, SHIPS, Keep.BOTH)).isEqualTo(new Removal(0, 0));
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
}
