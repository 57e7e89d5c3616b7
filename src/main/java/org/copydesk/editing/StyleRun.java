package org.copydesk.editing;

import java.util.List;

/** {@code length} characters of the body that share one list of style classes (the editor's CSS classes). */
public record StyleRun(List<String> classes, int length) {
    public StyleRun {
        classes = List.copyOf(classes);
        if (length < 0) {
            throw new IllegalArgumentException("a style run cannot be " + length + " characters long");
        }
    }
}
