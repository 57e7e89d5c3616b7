package org.copydesk.analysis;

import java.util.List;

/** What the analyser found in one text: immutable, offsets are {@link String} indices. */
public record Analysis(String language, List<LanguageSegment> segments, List<Quotation> quotations,
                       List<CopyIssue> issues) {
    public Analysis {
        segments = List.copyOf(segments);
        quotations = List.copyOf(quotations);
        issues = List.copyOf(issues);
    }

    public static Analysis empty(String language) {
        return new Analysis(language, List.of(), List.of(), List.of());
    }
}
