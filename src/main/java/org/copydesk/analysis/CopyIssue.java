package org.copydesk.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A problem in the copy over {@code [start, end)}. What it says is a {@link IssueCode} with its {@code args}, for the
 * app to word in its language ({@link #english()} is the command line's wording). {@code replacement} is the text that
 * fixes it (null when there is no mechanical fix); {@code reference} is, for a related-link issue, the headline the
 * paragraph names (else null).
 */
public record CopyIssue(IssueType type, int start, int end, IssueCode code, List<String> args, String replacement,
                        String reference) {
    public CopyIssue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (args.size() != code.arity()) {
            throw new IllegalArgumentException(code + " takes " + code.arity() + " argument(s), not " + args.size());
        }
    }

    /** What the issue says, in English, as the command line prints it. */
    public String english() {
        return code.english(args);
    }

    /** The same issue over {@code [start, end)} (the text around it moved). */
    public CopyIssue at(int start, int end) {
        return new CopyIssue(type, start, end, code, args, replacement, reference);
    }
}
