package org.copydesk.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.TextReplacement;

/** Literal search in the body: optionally case-sensitive, optionally whole words only. */
public record TextSearch(String query, boolean matchCase, boolean wholeWord) {

    private Pattern pattern() {
        String p = Pattern.quote(query);
        if (wholeWord) {
            p = "(?<![\\p{L}\\p{N}_])" + p + "(?![\\p{L}\\p{N}_])";
        }
        return Pattern.compile(p, matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Start and end of every match, in order. */
    public List<int[]> all(String text) {
        List<int[]> out = new ArrayList<>();
        if (query.isEmpty()) {
            return out;
        }
        Matcher m = pattern().matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The first match at or after {@code from} (wrapping round), or the last one before {@code from} going back. */
    public int[] next(String text, int from, boolean forward) {
        List<int[]> all = all(text);
        if (all.isEmpty()) {
            return null;
        }
        if (forward) {
            return all.stream().filter(r -> r[0] >= from).findFirst().orElse(all.get(0));
        }
        int[] found = null;
        for (int[] r : all) {
            if (r[0] < from) {
                found = r;
            }
        }
        return found != null ? found : all.get(all.size() - 1);
    }

    /** True when {@code [start, end)} of the text is exactly a match. */
    public boolean matchesAt(String text, int start, int end) {
        return all(text).stream().anyMatch(r -> r[0] == start && r[1] == end);
    }

    public List<TextReplacement> replaceAll(String text, String replacement) {
        return all(text).stream().map(r -> new TextReplacement(r[0], r[1], replacement)).toList();
    }
}
