package org.copydesk.model;

import java.util.List;

/**
 * How two versions of a list (a body's paragraphs, say) agree at their ends: the number of items equal at the start,
 * then the number equal at the end among those left (the two runs never overlap). What lies between is what changed.
 */
public record SameEnds(int start, int end) {
    public static SameEnds of(List<?> a, List<?> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int end = 0;
        while (end < a.size() - start && end < b.size() - start
                && a.get(a.size() - 1 - end).equals(b.get(b.size() - 1 - end))) {
            end++;
        }
        return new SameEnds(start, end);
    }
}
