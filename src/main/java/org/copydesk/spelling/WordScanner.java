package org.copydesk.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into the words a spell checker looks at, and marks the ones it must leave alone: web addresses,
 * e-mail addresses, handles, hashtags, acronyms, words glued to a number ("5G", "COVID-19", "2e"), units after a number
 * ("40 km"), names written in mixed case ("iPhone", "McAllister"), single letters and the first half of a suspended
 * compound ("Bau- und Verkehrsdepartement"). Pure and thread-safe.
 */
final class WordScanner {
    private static final Pattern MASKS = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)\\S+"
                    + "|[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+"
                    + "|(?<![\\p{L}\\d@])@[\\p{L}\\d_]+"
                    + "|(?<![\\p{L}\\d&#])#[\\p{L}\\d_]+"
                    + "|\\b[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|org|net|edu|gov|int|info|biz|io|ai|app|dev|eu|de|fr"
                    + "|ch|es|it|pt|nl|be|at|uk|us|br|lu|ca|co|tv|fm|news|online|pdf|docx?|html?|jpe?g|png)\\b(?:/\\S*)?");

    /** One word of the text: {@code [start, end)}, its form, and what the checker needs to know about its place. */
    record Token(int start, int end, String text, boolean skip, boolean sentenceStart) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private WordScanner() {
    }

    /** The words of {@code text[from, to)} (one paragraph); offsets are into {@code text}. */
    static List<Token> scan(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        boolean[] masked = null;
        String para = text.substring(from, to);
        if (para.indexOf('.') >= 0 || para.indexOf('@') >= 0 || para.indexOf('#') >= 0 || para.indexOf(':') >= 0) {
            Matcher m = MASKS.matcher(para);
            while (m.find()) {
                if (masked == null) {
                    masked = new boolean[para.length()];
                }
                for (int k = m.start(); k < m.end(); k++) {
                    masked[k] = true;
                }
            }
        }
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int s = i;
            i += Character.charCount(c);
            while (i < to) {
                int d = text.codePointAt(i);
                if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK
                        || Character.getType(d) == Character.COMBINING_SPACING_MARK) {
                    i += Character.charCount(d);
                } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u00AD') && i + 1 < to
                        && Character.isLetter(text.codePointAt(i + 1))) {
                    i += 1;
                } else {
                    break;
                }
            }
            String word = text.substring(s, i).replace("\u00AD", "");
            boolean skip = (masked != null && masked[s - from]) || skipped(text, from, to, s, i, word);
            out.add(new Token(s, i, word, skip, sentenceStart(text, from, s)));
        }
        return out;
    }

    private static boolean skipped(String text, int from, int to, int s, int e, String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            return true;
        }
        char before = s > from ? text.charAt(s - 1) : ' ';
        char after = e < to ? text.charAt(e) : ' ';
        if (Character.isDigit(before) || Character.isDigit(after)
                || (after == '-' && e + 1 < to && Character.isDigit(text.charAt(e + 1)))
                || (before == '-' && s - 2 >= from && Character.isDigit(text.charAt(s - 2)))) {
            return true; // glued to a number
        }
        if (before == '_' || after == '_' || before == '/' || after == '/' && e + 1 < to && text.charAt(e + 1) != ' ') {
            return true; // identifiers, paths
        }
        if ((after == '-' && (e + 1 >= to || !Character.isLetter(text.charAt(e + 1))))
                || (before == '-' && (s - 2 < from || Character.isWhitespace(text.charAt(s - 2))))) {
            return true; // suspended compound: "Bau- und", "Ein- und Ausfuhr", "-politik"
        }
        if (acronym(word) || mixedCase(word)) {
            return true;
        }
        if (word.length() <= 3 && afterNumber(text, from, s)) {
            return true; // a unit: "40 km", "12 Mio."
        }
        return false;
    }

    /** NATO, EU, PDFs, NGOs, SBB-CFF. */
    static boolean acronym(String word) {
        int upper = 0;
        int lower = 0;
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (Character.isUpperCase(ch)) {
                upper++;
            } else if (Character.isLowerCase(ch)) {
                lower++;
            }
        }
        if (upper >= 2 && lower == 0) {
            return true;
        }
        return upper >= 2 && lower == 1 && word.endsWith("s") && Character.isUpperCase(word.charAt(word.length() - 2));
    }

    /** iPhone, McAllister, eBay, PayPal: a capital after a small letter inside one part of the word. */
    static boolean mixedCase(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterNumber(String text, int from, int s) {
        int k = s - 1;
        while (k >= from && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0' || text.charAt(k) == '\u202F')) {
            k--;
        }
        return k < s - 1 && k >= from && Character.isDigit(text.charAt(k));
    }

    /** First word of the paragraph, or after . ! ? … : (and any opening quotes, brackets or dashes). */
    private static boolean sentenceStart(String text, int from, int s) {
        int k = s - 1;
        while (k >= from) {
            char ch = text.charAt(k);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || "«»\"“”„‘‚'‹›([¿¡—–-*•".indexOf(ch) >= 0) {
                k--;
                continue;
            }
            return ".!?…:".indexOf(ch) >= 0 || ch == '|';
        }
        return true;
    }
}
