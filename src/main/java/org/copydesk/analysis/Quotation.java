package org.copydesk.analysis;

/**
 * A quotation {@code [start, end)}, its opening and closing marks included. {@code depth} is 0 for a top-level
 * quotation, 1 for a quotation inside it, and so on. {@code speaker} is who the text says spoke, or null.
 */
public record Quotation(int start, int end, String open, String close, int depth, String speaker) {
}
