package org.copydesk.importing;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which single-byte encoding a text that is not UTF-8 is in: Western European (Windows-1252, reported as ISO-8859-1
 * when it uses none of Windows' extra characters) or Central European (Windows-1250, ISO-8859-2). The bytes are read
 * in each; each reading's words are checked against the alphabets of the languages written in that encoding. A word
 * whose accented letters belong to no one language of the family ("øešení" for Czech "řešení" read as Western), a
 * symbol stuck to a word ("W³adze" for Polish "Władze"), and, less, an accented word the text's main language does
 * not write count against the reading ({@link #misfits}). The least implausible reading wins; a tie goes to Western,
 * so short text without a telling word is read as Western European.
 */
final class SingleByteGuess {
    /** Accented letters of each language written in Windows-1252 / ISO-8859-1 (lower case). */
    static final List<Set<Integer>> WESTERN = alphabets(
            "àâæçéèêëîïôœùûüÿ", // French
            "äöüß", // German
            "áéíñóúü", // Spanish
            "àèéìíîòóùú", // Italian
            "áâãàçéêíóôõú", // Portuguese
            "áàéèëïóöü", // Dutch
            "àçéèíïòóúü", // Catalan
            "æøåé", // Danish, Norwegian
            "åäöé", // Swedish
            "äöåšž", // Finnish
            "áðéíóúýþæö"); // Icelandic
    /** Accented letters of each language written in Windows-1250 / ISO-8859-2 (lower case). */
    static final List<Set<Integer>> CENTRAL = alphabets(
            "ąćęłńóśźż", // Polish
            "áčďéěíňóřšťúůýž", // Czech
            "áäčďéíĺľňóôŕšťúýž", // Slovak
            "áéíóöőúüű", // Hungarian
            "ăâîşţșț", // Romanian
            "čšž", // Slovenian
            "čćđšž", // Croatian
            "äöüß"); // German (written in both)

    /** A candidate encoding: its charset, the name reported, and which alphabets its text is written in. */
    private record Candidate(Charset charset, List<Set<Integer>> alphabets) {
    }

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate(Charset.forName("windows-1252"), WESTERN),
            new Candidate(Charset.forName("windows-1250"), CENTRAL),
            new Candidate(Charset.forName("ISO-8859-2"), CENTRAL));

    /** The decoded text and the name of its encoding. */
    record Guess(String text, String encoding) {
    }

    private SingleByteGuess() {
    }

    /**
     * The most plausible reading of the bytes, or null when no candidate reads them without an undefined byte or a
     * control character.
     *
     * @param acceptable whether a decoded text is acceptable at all (e.g. no control characters)
     */
    static Guess guess(byte[] bytes, Predicate<String> acceptable) {
        Guess best = null;
        int bestMisfits = Integer.MAX_VALUE;
        for (Candidate c : CANDIDATES) {
            String text = TextDecoder.tryStrict(bytes, c.charset());
            if (text == null || !acceptable.test(text)) {
                continue;
            }
            int misfits = misfits(text, c.alphabets());
            if (misfits < bestMisfits) {
                bestMisfits = misfits;
                best = new Guess(text, nameOf(c.charset(), bytes));
            }
        }
        return best;
    }

    /** Windows-1252 text that uses none of the bytes 0x80–0x9F is ISO-8859-1 text. */
    private static String nameOf(Charset cs, byte[] bytes) {
        if (cs.name().equals("windows-1252")) {
            for (byte b : bytes) {
                if ((b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F) {
                    return cs.name();
                }
            }
            return "ISO-8859-1";
        }
        return cs.name();
    }

    /**
     * How implausible a reading is: each word no language of the family writes counts 3 (accented letters from no one
     * alphabet, or a symbol stuck to the letters: "W³adze", "¶niegu"; a leading ¿ or ¡ and an ordinal after a letter,
     * "nº", are Spanish, not symbols); each accented word the text's main language does not write counts 1 (Croatian
     * read as Western gives French è, Danish æ and Finnish š, no one language).
     */
    static int misfits(String text, List<Set<Integer>> alphabets) {
        int strong = 0;
        int accented = 0;
        int[] fitting = new int[alphabets.size()];
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i)) && !isSymbol(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || isSymbol(text.charAt(i)))) {
                i++;
            }
            String token = text.substring(start, i);
            Set<Integer> letters = plausibleLetters(token);
            if (letters == null || fitting(letters, alphabets, fitting) == 0) {
                strong++;
            } else if (!letters.isEmpty()) {
                accented++;
            }
        }
        int best = 0;
        for (int f : fitting) {
            best = Math.max(best, f);
        }
        return 3 * strong + (accented - best);
    }

    /** Counts the word for each alphabet it fits; returns how many it fits (1 when it has no accented letter). */
    private static int fitting(Set<Integer> letters, List<Set<Integer>> alphabets, int[] fitting) {
        if (letters.isEmpty()) {
            return 1;
        }
        int fits = 0;
        for (int k = 0; k < alphabets.size(); k++) {
            if (alphabets.get(k).containsAll(letters)) {
                fitting[k]++;
                fits++;
            }
        }
        return fits;
    }

    /** The accented letters of a word (lower case), or null when a symbol is stuck to its letters. */
    private static Set<Integer> plausibleLetters(String token) {
        Set<Integer> accented = new HashSet<>();
        boolean letterSeen = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            boolean ordinal = c == 'º' || c == 'ª';
            if (ordinal) {
                if (k + 1 < token.length() && Character.isLetter(token.charAt(k + 1))) {
                    return null; // "Bucureºti": an ordinal inside a word
                }
            } else if (Character.isLetter(c)) {
                letterSeen = true;
                if (c >= 0x80) {
                    accented.add((int) Character.toLowerCase(c));
                }
            } else if (!((c == '¿' || c == '¡') && !letterSeen) && token.length() > 1) {
                return null; // a symbol stuck to letters
            }
        }
        return accented;
    }

    /** A symbol (not ordinary punctuation) from the upper half of a single-byte table: ³ ¹ ¿ ¤ ± ¶ § ... */
    private static boolean isSymbol(char c) {
        if (c < 0x80 || Character.isLetter(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.OTHER_SYMBOL || type == Character.OTHER_NUMBER || "¿¡¶§".indexOf(c) >= 0;
    }

    private static List<Set<Integer>> alphabets(String... letters) {
        return Arrays.stream(letters).map(s -> s.codePoints().boxed().collect(Collectors.toUnmodifiableSet()))
                .toList();
    }
}
