package org.copydesk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes the marks of a body valid, and the sorting of marks read from outside into those that can be placed and
 * those that cannot. A mark is valid when it covers at least one character inside the body; a language mark names a
 * language tag (BCP 47 shape, e.g. "fr", "pt-BR"); language marks of one origin do not overlap (a character has one
 * language); quotation marks of one origin nest or stay apart (a quotation inside another is fine, two that cross are
 * not). A hand mark and an analysis mark may overlap: the hand mark wins where they do.
 */
public final class MarkRules {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** The marks that can be placed, in order, and one line for each that could not. */
    public record Checked(List<LanguageMark> languages, List<QuoteMark> quotes, List<String> leftOut) {
        public Checked {
            languages = List.copyOf(languages);
            quotes = List.copyOf(quotes);
            leftOut = List.copyOf(leftOut);
        }
    }

    private MarkRules() {
    }

    public static boolean isLanguageTag(String tag) {
        return tag != null && LANGUAGE_TAG.matcher(tag).matches();
    }

    /**
     * Sorts marks against a body of {@code bodyLength} characters. Where two marks conflict, the one starting first (then
     * the longer) is kept and the other is left out.
     */
    public static Checked check(int bodyLength, List<LanguageMark> languages, List<QuoteMark> quotes) {
        List<String> leftOut = new ArrayList<>();
        List<LanguageMark> langs = new ArrayList<>();
        List<LanguageMark> sortedLangs = new ArrayList<>(languages);
        sortedLangs.sort(Comparator.comparingInt(LanguageMark::start).thenComparing(Comparator.comparingInt(LanguageMark::end).reversed()));
        for (LanguageMark m : sortedLangs) {
            String where = "language mark [" + m.start() + ", " + m.end() + ") " + m.language();
            String problem = placement(m.start(), m.end(), bodyLength);
            if (problem == null && !isLanguageTag(m.language())) {
                problem = "'" + abbreviate(m.language()) + "' is not a language tag";
            }
            if (problem == null) {
                for (LanguageMark k : langs) {
                    if (k.origin() == m.origin() && k.start() < m.end() && m.start() < k.end()) {
                        problem = "overlaps the " + k.language() + " mark [" + k.start() + ", " + k.end() + ")";
                        break;
                    }
                }
            }
            if (problem == null) {
                langs.add(m);
            } else {
                leftOut.add(where + ": " + problem);
            }
        }
        List<QuoteMark> kept = new ArrayList<>();
        List<QuoteMark> sortedQuotes = new ArrayList<>(quotes);
        sortedQuotes.sort(Comparator.comparingInt(QuoteMark::start).thenComparing(Comparator.comparingInt(QuoteMark::end).reversed()));
        for (QuoteMark q : sortedQuotes) {
            String problem = placement(q.start(), q.end(), bodyLength);
            if (problem == null) {
                for (QuoteMark k : kept) {
                    boolean crossing = k.start() < q.start() && q.start() < k.end() && k.end() < q.end();
                    if (k.origin() == q.origin() && crossing) {
                        problem = "crosses the quotation [" + k.start() + ", " + k.end() + ")";
                        break;
                    }
                }
            }
            if (problem == null) {
                kept.add(q);
            } else {
                leftOut.add("quotation mark [" + q.start() + ", " + q.end() + "): " + problem);
            }
        }
        return new Checked(langs, kept, leftOut);
    }

    /** Why {@code [start, end)} cannot be placed in a body of {@code bodyLength} characters, or null when it can. */
    public static String placement(int start, int end, int bodyLength) {
        if (start < 0 || end < 0) {
            return "negative offset";
        }
        if (end <= start) {
            return "covers no text";
        }
        if (end > bodyLength) {
            return "lies outside the body (" + bodyLength + " characters)";
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
