package org.copydesk.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.copydesk.analysis.IssueCode;
import org.copydesk.model.MessageKeys;

/**
 * One thing preflight found. {@code target} says where to go to fix it; for {@link Target#BODY} findings
 * {@code [start, end)} is the span of the body text ({@code Article.bodyText()}) to jump to, else both are 0.
 *
 * <p>What it says is a {@link Code} with its {@code args} (and, for a span, an {@code excerpt} of its text, "" for
 * none), for the app to word in its language; {@link #message()} is the English wording the command line prints.
 */
public record PreflightFinding(Severity severity, Check check, Target target, int start, int end, Code code,
                               List<Object> args, String excerpt) {
    /** A blocker stops export unless forced; a warning is shown and the user may export anyway. */
    public enum Severity {
        BLOCKER, WARNING
    }

    /** What was checked. */
    public enum Check {
        MISSING_HEADLINE, EMPTY_BODY, UNBALANCED_QUOTE, BOILERPLATE, MISSING_BYLINE, UNTRANSLATED, COPY_ISSUE,
        BROKEN_LINK, SPELLING
    }

    /** Where the problem is. */
    public enum Target {
        HEADLINE, BYLINE, BODY, RELATED
    }

    /**
     * What a finding says. The arguments, in order: {@link #ISSUE} the copy issue's {@link IssueCode}, then its
     * arguments (strings); {@link #SPELLING} the number of words (Integer) and the words ("teh, recieve, …");
     * {@link #UNTRANSLATED} the number of words (Integer), the language tag and the desk status's id;
     * {@link #BROKEN_LINK} the missing story's id and the relation's id; the others none.
     */
    public enum Code {
        MISSING_HEADLINE, EMPTY_BODY, MISSING_BYLINE, ISSUE, SPELLING, UNTRANSLATED, BROKEN_LINK;

        /** "missingHeadline", "brokenLink" …: the name the app's messages use ({@code preflight.<key>}). */
        public String key() {
            return MessageKeys.of(this);
        }
    }

    public PreflightFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        excerpt = excerpt == null ? "" : excerpt;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (code == Code.ISSUE && (args.isEmpty() || !(args.get(0) instanceof IssueCode c) || args.size() != 1 + c.arity()
                || !args.subList(1, args.size()).stream().allMatch(String.class::isInstance))) {
            throw new IllegalArgumentException("an issue finding takes an IssueCode and its arguments, not " + args);
        }
    }

    /** For an {@link Code#ISSUE} finding, the copy issue's code (else null). */
    public IssueCode issueCode() {
        return code == Code.ISSUE ? (IssueCode) args.get(0) : null;
    }

    /** For an {@link Code#ISSUE} finding, the copy issue's arguments (else none). */
    public List<String> issueArgs() {
        return code == Code.ISSUE ? args.subList(1, args.size()).stream().map(String.class::cast).toList() : List.of();
    }

    /** The finding in English, as the command line prints it. */
    public String message() {
        String said = switch (code) {
            case MISSING_HEADLINE -> "The story has no headline.";
            case EMPTY_BODY -> "The story has no text.";
            case MISSING_BYLINE -> "The story has no byline.";
            case ISSUE -> issueCode().english(issueArgs());
            case SPELLING -> args.get(0) + ((Integer) args.get(0) == 1 ? " word is" : " words are")
                    + " not in the dictionary: " + args.get(1);
            case UNTRANSLATED -> "Untranslated copy? " + args.get(0) + " words in " + Preflight.languageName((String) args.get(1))
                    + " in a story marked " + args.get(2);
            case BROKEN_LINK -> "Related story '" + args.get(0) + "' (" + args.get(1) + ") does not exist.";
        };
        return excerpt.isEmpty() ? said : said + ": \u201C" + excerpt + "\u201D";
    }

    public boolean isBlocker() {
        return severity == Severity.BLOCKER;
    }

    /** True when the finding points into the body text. */
    public boolean hasBodySpan() {
        return target == Target.BODY;
    }

    /** "BLOCKER: message (body 12–30)" — one line for the command line. */
    public String describe() {
        String where = hasBodySpan() ? " (body, characters " + start + "–" + end + ")" : "";
        return severity.name().toLowerCase(Locale.ROOT) + ": " + message() + where;
    }
}
