package org.copydesk.analysis;

/** Kinds of copy problems the analyser reports. */
public enum IssueType {
    UNBALANCED_QUOTE("unbalanced-quote"),
    BOILERPLATE("boilerplate"),
    RELATED_LINK("related-link"),
    TYPOGRAPHY("typography"),
    /** A word the dictionary of its language does not know (found by org.copydesk.spelling, beside the analyser). */
    SPELLING("spelling");

    private final String id;

    IssueType(String id) {
        this.id = id;
    }

    /** The name used in JSON output and on the command line. */
    public String id() {
        return id;
    }
}
