package org.copydesk.sync;

import java.util.List;

/**
 * Resolving a conflict a sync left in an article: keep mine, theirs, or both. A body conflict sits in the body as
 * mine's paragraphs followed by theirs' ({@link ArticleMerge}); choosing one side removes the other's run. When the
 * passage was edited since the sync, it is no longer found, and only "both" (keep the text as it is now) applies.
 */
public final class ConflictChoice {
    /** Which version to keep. */
    public enum Keep {
        MINE, THEIRS, BOTH
    }

    /** A run of body paragraphs to remove: {@code count} from {@code first}. */
    public record Removal(int first, int count) {
    }

    private ConflictChoice() {
    }

    /** Where the conflict's two versions are in the body (the index of mine's first paragraph), or -1. */
    public static int locate(List<String> paragraphs, Conflict c) {
        int m = c.mine().size();
        int t = c.theirs().size();
        if (!c.isBody() || m + t == 0) {
            return -1;
        }
        for (int i = 0; i + m + t <= paragraphs.size(); i++) {
            if (paragraphs.subList(i, i + m).equals(c.mine()) && paragraphs.subList(i + m, i + m + t).equals(c.theirs())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The paragraphs to remove for a choice on a body conflict: none for {@link Keep#BOTH}; null when the choice cannot
     * be made because the passage is no longer in the body as the sync left it.
     */
    public static Removal removal(List<String> paragraphs, Conflict c, Keep keep) {
        if (keep == Keep.BOTH) {
            return new Removal(0, 0);
        }
        int at = locate(paragraphs, c);
        if (at < 0) {
            return null;
        }
        return keep == Keep.MINE ? new Removal(at + c.mine().size(), c.theirs().size()) : new Removal(at, c.mine().size());
    }

    /** For a field conflict: the value to set for a choice (null: keep the value as it is, mine). */
    public static String fieldValue(Conflict c, Keep keep) {
        if (c.isBody() || keep != Keep.THEIRS || c.theirs().isEmpty()) {
            return null;
        }
        return c.theirs().get(0);
    }
}
