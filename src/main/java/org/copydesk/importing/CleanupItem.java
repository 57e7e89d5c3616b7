package org.copydesk.importing;

import java.util.Objects;

/**
 * One clean-up the analyser suggests for an imported article, shown to the user before anything is removed.
 *
 * @param kind       remove boilerplate, remove the page's first line that does not head the story (it is the first
 *                   paragraph after {@link Headlines} chose another headline), or turn a see-also line into a related
 *                   link
 * @param start      start of the text to remove, in the body text ({@code Article.bodyText()})
 * @param end        end (exclusive) of the text to remove
 * @param text       the text that would be removed, exactly as shown to the user
 * @param message    the analyser's explanation
 * @param headline   for a related link: the headline the line names (else null)
 * @param targetId   for a related link: the id of the workspace article with that headline, or null if none matched
 */
public record CleanupItem(Kind kind, int start, int end, String text, String message, String headline, String targetId) {
    public enum Kind {
        REMOVE_BOILERPLATE, REMOVE_FIRST_LINE, MAKE_RELATED_LINK
    }

    public CleanupItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad clean-up range [" + start + ", " + end + ")");
        }
    }
}
