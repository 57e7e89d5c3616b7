package org.copydesk.spelling;

/**
 * A word {@code [start, end)} of the text that the dictionary of its language does not know; {@code language} is the
 * language it was checked in (BCP-47 primary subtag).
 */
public record Misspelling(int start, int end, String word, String language) {
}
