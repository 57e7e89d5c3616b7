package org.copydesk.model;

import java.util.Objects;

/** Emphasis over {@code [start, end)} of one paragraph's text (offsets relative to the paragraph). */
public record InlineSpan(int start, int end, InlineStyle style) {
    public InlineSpan {
        Objects.requireNonNull(style, "style");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad inline span [" + start + ", " + end + ")");
        }
    }
}
