package org.copydesk.analysis.language;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into words: runs of letters, with inner apostrophes and hyphens ({@code l’Inde}, {@code week-end}). */
public final class Words {
    private Words() {
    }

    /** A word at {@code [start, end)} of the paragraph. */
    public record Word(int start, int end) {
    }

    public static boolean isLetter(int cp) {
        return Character.isLetter(cp) || (Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    public static boolean isInnerJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    public static List<Word> split(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (isLetter(c)) {
                    i += Character.charCount(c);
                } else if (isInnerJoiner(text.charAt(i)) && i + 1 < n && isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(new Word(start, i));
        }
        return out;
    }
}
