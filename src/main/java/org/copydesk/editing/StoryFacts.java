package org.copydesk.editing;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.StoryDetails;

/**
 * The facts about a story that the inspector edits (language, desk status, tags, section, slug, embargo, target
 * length), apart from its text. UI-free: the editor keeps the edited facts beside the text and applies them on save.
 */
public record StoryFacts(String language, ArticleStatus status, List<String> tags, StoryDetails details) {
    public StoryFacts {
        tags = List.copyOf(tags == null ? List.of() : tags);
        details = details == null ? StoryDetails.NONE : details;
    }

    public static StoryFacts of(Article a) {
        return new StoryFacts(a.language(), a.status(), a.tags(), a.details());
    }

    public Article applyTo(Article a) {
        return a.withLanguage(language).withStatus(status).withTags(tags).withDetails(details);
    }

    public StoryFacts withLanguage(String v) {
        return new StoryFacts(v, status, tags, details);
    }

    public StoryFacts withStatus(ArticleStatus v) {
        return new StoryFacts(language, v, tags, details);
    }

    public StoryFacts withDetails(StoryDetails v) {
        return new StoryFacts(language, status, tags, v);
    }

    /** With the tag added (once, compared without regard to case); blank tags and tags with a comma are refused. */
    public StoryFacts withTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty() || t.contains(",") || tags.stream().anyMatch(x -> x.equalsIgnoreCase(t))) {
            return this;
        }
        List<String> out = new ArrayList<>(tags);
        out.add(t);
        return new StoryFacts(language, status, out, details);
    }

    public StoryFacts withoutTag(String tag) {
        List<String> out = new ArrayList<>(tags);
        out.removeIf(x -> x.equalsIgnoreCase(tag));
        return new StoryFacts(language, status, out, details);
    }
}
