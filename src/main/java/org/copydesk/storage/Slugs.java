package org.copydesk.storage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Article ids: safe slugs of the headline, {@code [a-z0-9-]}, at most {@value #MAX_LENGTH} characters. */
public final class Slugs {
    public static final int MAX_LENGTH = 64;

    private Slugs() {
    }

    /** True for an id that can name a file in the articles folder and nothing else. */
    public static boolean isValidId(String id) {
        // the pattern [a-z0-9]+(-[a-z0-9]+)* by hand: every listing checks every id, and a regular expression costs a
        // matcher per id (the pattern itself stays, the test's reference)
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        char before = '-';
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (before == '-') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            before = c;
        }
        return before != '-';
    }

    /** {@link #isValidId} as the regular expression says it: what the hand-written check is tested against. */
    static boolean matchesPattern(String id) {
        return id != null && id.length() <= MAX_LENGTH && Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*").matcher(id).matches();
    }

    /** "L’armée française : « Vostok » 2026" -> "l-armee-francaise-vostok-2026"; never empty ("article"). */
    public static String of(String headline) {
        String s = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH - 4) {
            s = s.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
            int cut = s.lastIndexOf('-');
            if (cut > 20) {
                s = s.substring(0, cut);
            }
        }
        return s.isEmpty() ? "article" : s;
    }

    /** {@code base-n}, with the base shortened so that the id stays within {@value #MAX_LENGTH} characters. */
    public static String withSuffix(String base, int n) {
        String suffix = "-" + n;
        String b = base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
        b = b.replaceAll("-+$", "");
        return (b.isEmpty() ? "article" : b) + suffix;
    }
}
