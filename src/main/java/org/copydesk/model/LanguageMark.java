package org.copydesk.model;

import java.util.Objects;

/**
 * The language of {@code [start, end)} of the body text ({@link Article#bodyText()}, paragraphs joined by '\n').
 * {@code language} is a BCP-47 tag such as "fr" or "de".
 */
public record LanguageMark(int start, int end, String language, MarkOrigin origin) {
    public LanguageMark {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(origin, "origin");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad language mark [" + start + ", " + end + ")");
        }
    }

    public LanguageMark shifted(int delta) {
        return new LanguageMark(start + delta, end + delta, language, origin);
    }
}
