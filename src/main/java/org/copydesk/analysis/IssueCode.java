package org.copydesk.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.model.MessageKeys;

/**
 * What a {@link CopyIssue} says, as a stable code with string arguments: the app words it in its interface's language
 * ({@code issue.<key>} messages), the command line in English ({@link #english(List)}, the wording `analyze --json`
 * has always printed). The arguments of each code are listed on it; {@link #arity()} is their number.
 */
public enum IssueCode {
    /** A quotation mark with no partner. Argument: the mark. */
    UNPAIRED_MARK(1),
    /** A paragraph that is web-page residue (a comment form, a share bar…). Argument: the paragraph, shortened. */
    WEB_RESIDUE(1),
    /** A short line under a "Most read" heading: a headline of the page's list of other stories. Argument: the line. */
    LIST_RESIDUE(1),
    /** A first line that heads another story, not this one. Argument: the line, shortened. */
    STRAY_FIRST_LINE(1),
    /** A paragraph that points to another story ("See also: …"). Argument: the headline it names. */
    POINTS_TO_STORY(1),
    /**
     * The marks follow the convention, the spacing inside them does not. Arguments: the opening and closing marks, the
     * language whose convention applies ("fr", "de", "en"…; one the table knows) and its region ("CH", "" for none).
     */
    QUOTE_SPACING(4),
    /**
     * Marks of another convention. Arguments: the opening and closing marks, the language and region (as for
     * {@link #QUOTE_SPACING}), the opening and closing marks to use (spaces stripped).
     */
    QUOTE_MARKS(6),
    /** A word the dictionary does not know. Arguments: the dictionary's language code, the word. */
    NOT_IN_DICTIONARY(2);

    /** The English names of the languages Copydesk knows, as the command line prints them. */
    private static final Map<String, String> NAMES = Map.of("en", "English", "fr", "French", "de", "German",
            "es", "Spanish", "it", "Italian", "pt", "Portuguese", "nl", "Dutch");

    /** The regions whose names the wording of a convention uses ("Swiss German"), in English. */
    private static final Map<String, String> REGIONS = Map.of("CH", "Swiss", "LI", "Swiss", "BR", "Brazilian",
            "PT", "European", "GB", "British", "US", "American", "AT", "Austrian", "BE", "Belgian", "CA", "Canadian");

    private final int arity;

    IssueCode(int arity) {
        this.arity = arity;
    }

    /** How many arguments an issue of this code carries. */
    public int arity() {
        return arity;
    }

    /** "unpairedMark", "notInDictionary" …: the name of its message in the app ({@code issue.<key>}). */
    public String key() {
        return MessageKeys.of(this);
    }

    /** The issue in English, as the command line prints it. */
    public String english(List<String> args) {
        return switch (this) {
            case UNPAIRED_MARK -> "Quotation mark " + args.get(0) + " has no partner";
            case WEB_RESIDUE -> "Web page residue, not copy: \u201C" + args.get(0) + "\u201D";
            case LIST_RESIDUE -> "Web page residue, a list of other stories: \u201C" + args.get(0) + "\u201D";
            case STRAY_FIRST_LINE -> "The first line heads another story, not this one: \u201C" + args.get(0) + "\u201D";
            case POINTS_TO_STORY -> "Points to another story: \u201C" + args.get(0) + "\u201D";
            case QUOTE_SPACING -> "spacing inside " + args.get(0) + " " + args.get(1) + " does not follow "
                    + conventionName(args.get(2), args.get(3)) + " style";
            case QUOTE_MARKS -> args.get(0) + " " + args.get(1) + " in " + conventionName(args.get(2), args.get(3))
                    + " copy: use " + args.get(4) + " " + args.get(5);
            case NOT_IN_DICTIONARY -> "Not in the " + languageName(args.get(0)) + " dictionary: \u201C" + args.get(1)
                    + "\u201D";
        };
    }

    /** The regions whose names the wording of a convention uses (each with a message in the app: issue.region.XX). */
    public static Set<String> namedRegions() {
        return REGIONS.keySet();
    }

    /** The English name of a language code ("French"); the code in capitals for one Copydesk does not name. */
    public static String languageName(String code) {
        return NAMES.getOrDefault(code, code == null ? "?" : code.toUpperCase(Locale.ROOT));
    }

    /**
     * The English name of a quotation convention: the language with its region where the region has its own
     * ("Swiss German", "British English", "European Portuguese"); another language's home region (fr-FR, de-DE…) is
     * the language itself. A language without a convention of its own is named as English (whose convention it gets).
     */
    static String conventionName(String language, String region) {
        String name = NAMES.getOrDefault(language, "English");
        String adjective = REGIONS.get(region);
        if (adjective != null) {
            return adjective + " " + name;
        }
        return region.isEmpty() || region.equalsIgnoreCase(language) ? name : name + " (" + region + ")";
    }
}
