package org.copydesk.export;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing preflight found. {@code target} says where to go to fix it; for {@link Target#BODY} findings
 * {@code [start, end)} is the span of the body text ({@code Article.bodyText()}) to jump to, else both are 0.
 */
public record PreflightFinding(Severity severity, Check check, Target target, int start, int end, String message) {
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

    public PreflightFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
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
        return severity.name().toLowerCase(Locale.ROOT) + ": " + message + where;
    }
}
