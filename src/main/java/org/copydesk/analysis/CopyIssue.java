package org.copydesk.analysis;

/**
 * A problem in the copy over {@code [start, end)}. {@code replacement} is the text that fixes it (null when there is no
 * mechanical fix); {@code reference} is, for a related-link issue, the headline the paragraph names (else null).
 */
public record CopyIssue(IssueType type, int start, int end, String message, String replacement, String reference) {
}
