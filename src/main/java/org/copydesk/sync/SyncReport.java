package org.copydesk.sync;

import java.util.List;

/**
 * What a sync did: articles received from the remote as they were, merged from both sides, kept after a delete on one
 * side met an edit on the other, and those left with conflicts for the editor (both versions kept in the article).
 * {@code sent}: local versions were pushed to the remote.
 */
public record SyncReport(String remote, List<String> received, List<String> merged, List<String> deleted,
                         List<String> editKeptOverDelete, List<ConflictedArticle> conflicts, List<String> unresolved,
                         boolean sent, String commit) {
    /** An article merged with conflicts, and what they are. */
    public record ConflictedArticle(String id, List<Conflict> conflicts) {
    }

    public SyncReport {
        received = List.copyOf(received);
        merged = List.copyOf(merged);
        deleted = List.copyOf(deleted);
        editKeptOverDelete = List.copyOf(editKeptOverDelete);
        conflicts = List.copyOf(conflicts);
        unresolved = List.copyOf(unresolved);
    }

    /** Articles with conflicts not yet resolved, this sync's and earlier ones'. */
    public boolean conflictsLeft() {
        return !unresolved.isEmpty();
    }
}
