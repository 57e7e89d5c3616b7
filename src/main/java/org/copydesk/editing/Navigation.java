package org.copydesk.editing;

import java.util.List;

/**
 * The order F7 (copy issues, spelling included) and F8 (passages in another language) walk the body in: from the
 * selection or caret to the next item, round to the first after the last.
 */
public final class Navigation {
    private Navigation() {
    }

    /**
     * The item F7 or F8 goes to: forward, the first that starts after the selection's start (or at or after the caret
     * when nothing is selected), else the first; backward, the last that starts before the selection or caret, else the
     * last. Null when there is none. {@code items} are in text order.
     */
    public static TextRange next(List<TextRange> items, int selectionStart, int selectionLength, int caret, boolean forward) {
        if (items.isEmpty()) {
            return null;
        }
        if (forward) {
            int from = selectionLength > 0 ? selectionStart + 1 : caret;
            for (TextRange r : items) {
                if (r.start() >= from) {
                    return r;
                }
            }
            return items.get(0);
        }
        int from = selectionLength > 0 ? selectionStart : caret;
        TextRange found = null;
        for (TextRange r : items) {
            if (r.start() < from) {
                found = r;
            }
        }
        return found != null ? found : items.get(items.size() - 1);
    }

    /**
     * The passage F8 selects for a segment {@code [start, end)} of {@code text}: without the white space around it, and
     * no further than the end of the paragraph it starts in (a segment the analysis ran on past a line break must not
     * take the next paragraph's opening characters with it).
     */
    public static TextRange passage(String text, int start, int end) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int lineBreak = text.indexOf('\n', s);
        int e = lineBreak >= 0 && lineBreak < end ? lineBreak : end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextRange(s, e);
    }
}
