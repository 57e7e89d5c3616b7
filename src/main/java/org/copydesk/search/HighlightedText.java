package org.copydesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A text with the ranges that matched the query ({@code [start, end)}, sorted, not overlapping). */
public record HighlightedText(String text, List<Range> matches) {
    public record Range(int start, int end) {
    }

    public HighlightedText {
        Objects.requireNonNull(text, "text");
        matches = List.copyOf(matches);
    }

    public static HighlightedText plain(String text) {
        return new HighlightedText(text, List.of());
    }

    /** The text with each match wrapped in {@code open} ... {@code close} (for the command line). */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Range r : matches) {
            sb.append(text, pos, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            pos = r.end();
        }
        return sb.append(text.substring(pos)).toString();
    }

    /** Sorts and merges overlapping or touching ranges, clipped to the text. */
    static List<Range> normalise(List<Range> ranges, int length) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            int s = Math.max(0, r.start());
            int e = Math.min(length, r.end());
            if (e <= s) {
                continue;
            }
            if (!out.isEmpty() && s <= out.get(out.size() - 1).end()) {
                Range last = out.remove(out.size() - 1);
                out.add(new Range(last.start(), Math.max(last.end(), e)));
            } else {
                out.add(new Range(s, e));
            }
        }
        return out;
    }
}
