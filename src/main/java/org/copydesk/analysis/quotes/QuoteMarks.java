package org.copydesk.analysis.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the characters of a paragraph that may be quotation marks, and what each may do (open, close). Apostrophes
 * ({@code L’Inde}, {@code it’s}, {@code the ’90s}, {@code rock ’n’ roll}, {@code commuters' groups}) are told apart
 * here or, for a trailing apostrophe, by the pairing (it closes nothing and is not reported).
 */
public final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * A possible quotation mark at {@code pos} of its paragraph. {@code strong}: a real quotation mark that must be
     * reported when it has no partner (not a straight single quote, not a possible apostrophe).
     */
    public record Mark(int pos, char ch, boolean canOpen, boolean canClose, boolean strong) {
    }

    public static boolean isQuoteChar(char c) {
        return switch (c) {
            case '«', '»', '‹', '›', '“', '”', '„', '‚', '‘', '’', '"', '\'' -> true;
            default -> false;
        };
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpeningPunct(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/'
                || isQuoteChar(c);
    }

    private static boolean isClosingPunct(char c) {
        return switch (c) {
            case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '/', '…' -> true;
            default -> isQuoteChar(c);
        };
    }

    public static List<Mark> scan(String p) {
        List<Mark> out = new ArrayList<>();
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (!isQuoteChar(c)) {
                continue;
            }
            char prev = i > 0 ? p.charAt(i - 1) : ' ';
            char next = i + 1 < n ? p.charAt(i + 1) : ' ';
            boolean prevSpace = i == 0 || isSpace(prev);
            boolean nextSpace = i + 1 >= n || isSpace(next);
            boolean left = (prevSpace || isOpeningPunct(prev)) && !nextSpace;
            boolean right = !prevSpace && (nextSpace || isClosingPunct(next));
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(prev);
            boolean letterAfter = i + 1 < n && Character.isLetter(next);
            switch (c) {
                case '«', '»', '‹', '›', '“', '”' -> out.add(new Mark(i, c, true, true, true));
                case '„' -> out.add(new Mark(i, c, true, false, true));
                case '‚' -> {
                    if (!letterBefore) {
                        out.add(new Mark(i, c, true, false, true));
                    }
                }
                case '‘' -> {
                    if (letterBefore && letterAfter) {
                        continue; // a mistyped apostrophe
                    }
                    if (!letterBefore && i + 1 < n && Character.isDigit(next)) {
                        continue; // ‘90s
                    }
                    out.add(new Mark(i, c, true, true, left));
                }
                case '’', '\'' -> {
                    if (letterBefore && letterAfter) {
                        continue; // it’s, L’Inde
                    }
                    if (!letterBefore && i + 1 < n && Character.isDigit(next)) {
                        continue; // the ’90s
                    }
                    if (isElisionAfter(p, i) || isElisionBefore(p, i)) {
                        continue; // ’n’, ’tis, ’em
                    }
                    if (c == '’') {
                        if (right || (!left && !prevSpace)) {
                            out.add(new Mark(i, c, false, true, false));
                        }
                    } else if (left) {
                        out.add(new Mark(i, c, true, false, false));
                    } else if (right) {
                        out.add(new Mark(i, c, false, true, false));
                    }
                }
                case '"' -> {
                    if (left && !right) {
                        out.add(new Mark(i, c, true, false, true));
                    } else if (right && !left) {
                        out.add(new Mark(i, c, false, true, true));
                    } else {
                        out.add(new Mark(i, c, true, true, true));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static final String[] ELIDED_STARTS = {"n", "tis", "twas", "em", "til", "cause", "round", "bout"};

    /** ’n’ / ’tis / ’em: an apostrophe standing for letters at the start of a word. */
    private static boolean isElisionAfter(String p, int i) {
        if (i > 0 && !isSpace(p.charAt(i - 1))) {
            return false;
        }
        for (String e : ELIDED_STARTS) {
            int end = i + 1 + e.length();
            if (end <= p.length() && p.regionMatches(true, i + 1, e, 0, e.length())
                    && (end == p.length() || !Character.isLetter(p.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The closing apostrophe of ’n’ (rock ’n’ roll). */
    private static boolean isElisionBefore(String p, int i) {
        return i >= 2 && (p.charAt(i - 1) == 'n' || p.charAt(i - 1) == 'N')
                && (p.charAt(i - 2) == '’' || p.charAt(i - 2) == '\'')
                && (i + 1 >= p.length() || isSpace(p.charAt(i + 1)));
    }
}
