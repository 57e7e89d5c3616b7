package org.copydesk.editing;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.copydesk.storage.ArticleSummary;

/**
 * The tags and sections the workspace already uses, offered as completions in the Story tab so that a desk writes
 * "Transport" the same way every time. Compared without regard to case (the first spelling met is kept); blank
 * values, and tags a story could not hold (with a comma), are left out.
 */
public record StoryVocabulary(SortedSet<String> tags, SortedSet<String> sections) {
    public StoryVocabulary {
        tags = Collections.unmodifiableSortedSet(copy(tags));
        sections = Collections.unmodifiableSortedSet(copy(sections));
    }

    /** The vocabulary of the listed articles; unreadable files (listed with an error) add nothing. */
    public static StoryVocabulary of(Iterable<ArticleSummary> summaries) {
        SortedSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        SortedSet<String> sections = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ArticleSummary s : summaries) {
            if (s == null || !s.ok()) {
                continue;
            }
            for (String t : s.tags()) {
                String tag = t == null ? "" : t.strip();
                if (!tag.isEmpty() && !tag.contains(",")) {
                    tags.add(tag);
                }
            }
            String section = s.section().strip();
            if (!section.isEmpty()) {
                sections.add(section);
            }
        }
        return new StoryVocabulary(tags, sections);
    }

    private static SortedSet<String> copy(SortedSet<String> values) {
        SortedSet<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (values != null) {
            out.addAll(values);
        }
        return out;
    }
}
