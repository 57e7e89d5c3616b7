package org.copydesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one tokeniser of Copydesk. A word is a run of word characters, where an apostrophe ({@code ' ’}) or a hyphen
 * ({@code - ‐ ‑}) between two word characters joins them ({@code l’Inde}, {@code week-end}); letters carry their
 * combining accents ({@code e\u0301}). Two readings of that one rule:
 * <ul>
 *   <li>{@link #count}: words as a reader counts them, where digits are word characters ({@code 2027},
 *       {@code COVID-19}, {@code 3e} are one word each) — the status bar, the list, ninjs {@code wordcount};</li>
 *   <li>{@link #split}: words of a language, where only letters are (a number belongs to no language, and the
 *       {@code e} of {@code 3e} is a French ordinal suffix of its own) — language analysis.</li>
 * </ul>
 */
public final class Words {
    private Words() {
    }

    /** A word at {@code [start, end)} of the text. */
    public record Word(int start, int end) {
    }

    /** A letter, or a combining mark (which belongs to the letter before it). */
    public static boolean isLetter(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** An apostrophe or hyphen, which joins two word characters into one word. */
    public static boolean isInnerJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** How many words a reader counts in {@code text} (numbers included). */
    public static int count(String text) {
        // the same rule as scan(text, true, ...) without building the words: this runs over every paragraph of every
        // article when the list is read, so ASCII, most of the text, is decided without a code-point look-up
        int n = text.length();
        int count = 0;
        boolean inWord = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int width = 1;
            boolean word;
            if (c < 0x80) {
                word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            } else {
                int cp = text.codePointAt(i);
                width = Character.charCount(cp);
                word = wordChar(cp, true);
            }
            if (word) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else if (inWord && isInnerJoiner(c) && i + 1 < n && wordChar(text.codePointAt(i + 1), true)) {
                // a joiner inside a word: the word goes on
            } else {
                inWord = false;
            }
            i += width;
        }
        return count;
    }

    /** {@link #count} the slow way, by finding every word: the reference the fast count is tested against. */
    static int countByScanning(String text) {
        return scan(text, true, null);
    }

    /** The words of a language in {@code text}: letters only. */
    public static List<Word> split(String text) {
        List<Word> out = new ArrayList<>();
        scan(text, false, out);
        return out;
    }

    /** Finds the words of {@code text}, adds them to {@code out} when it is not null, and returns how many. */
    private static int scan(String text, boolean digits, List<Word> out) {
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp, digits)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (wordChar(c, digits)) {
                    i += Character.charCount(c);
                } else if (isInnerJoiner(text.charAt(i)) && i + 1 < n && wordChar(text.codePointAt(i + 1), digits)) {
                    i++;
                } else {
                    break;
                }
            }
            count++;
            if (out != null) {
                out.add(new Word(start, i));
            }
        }
        return count;
    }

    private static boolean wordChar(int cp, boolean digits) {
        return isLetter(cp) || (digits && Character.isDigit(cp));
    }
}
