package org.copydesk.model;

import java.util.Objects;

/** A quotation over {@code [start, end)} of the body text, marks included; {@code speaker} may be null. */
public record QuoteMark(int start, int end, String speaker, MarkOrigin origin) {
    public QuoteMark {
        Objects.requireNonNull(origin, "origin");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quotation mark [" + start + ", " + end + ")");
        }
    }

    public QuoteMark shifted(int delta) {
        return new QuoteMark(start + delta, end + delta, speaker, origin);
    }
}
