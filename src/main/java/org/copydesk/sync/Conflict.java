package org.copydesk.sync;

import java.util.List;

/**
 * A real conflict a merge found and kept for the editor: both sides changed the same thing differently. For the body,
 * {@code mine} and {@code theirs} are the paragraphs of each side, both present in the merged body one after the other
 * (mine first); for a field ("headline", "status", "link rail-freight" ...) they are the two values, and the merged
 * article holds mine until the editor chooses.
 */
public record Conflict(String field, List<String> mine, List<String> theirs) {
    public static final String BODY = "body";

    public Conflict {
        mine = List.copyOf(mine);
        theirs = List.copyOf(theirs);
    }

    public boolean isBody() {
        return BODY.equals(field);
    }
}
