package org.copydesk.analysis;

/** Replace {@code [start, end)} of a text with {@code replacement}: one step of a fix the user previews and applies. */
public record TextReplacement(int start, int end, String replacement) {
}
