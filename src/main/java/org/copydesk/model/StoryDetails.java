package org.copydesk.model;

import java.time.Instant;

/**
 * The desk's facts about a story beyond its text: the section (desk) it runs in, its slug (the short name the desk
 * calls it by), an embargo (not to be published before), and the target length in words (0: none).
 */
public record StoryDetails(String section, String slug, Instant embargo, int targetWords) {
    public static final StoryDetails NONE = new StoryDetails("", "", null, 0);

    public StoryDetails {
        section = section == null ? "" : section.strip();
        slug = slug == null ? "" : slug.strip();
        if (targetWords < 0) {
            throw new IllegalArgumentException("target length must not be negative: " + targetWords);
        }
    }

    public StoryDetails withSection(String v) {
        return new StoryDetails(v, slug, embargo, targetWords);
    }

    public StoryDetails withSlug(String v) {
        return new StoryDetails(section, v, embargo, targetWords);
    }

    public StoryDetails withEmbargo(Instant v) {
        return new StoryDetails(section, slug, v, targetWords);
    }

    public StoryDetails withTargetWords(int v) {
        return new StoryDetails(section, slug, embargo, v);
    }
}
