package org.copydesk.sync;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Relation;
import org.copydesk.model.RelatedLink;

/**
 * Resolving a conflict a sync left in an article: keep mine, theirs, or both. A body conflict sits in the body as
 * mine's paragraphs followed by theirs' ({@link ArticleMerge}); choosing one side removes the other's run. The run is
 * found also after the editor typed in it ({@link ConflictPlace}): keeping a side keeps it as it is now, and the run
 * removed may hold typing (the caller says so: it stays in the undo history). When the passage can no longer be told
 * ({@link ConflictPlace.Lost}), only "both" (keep the text as it is now) applies.
 */
public final class ConflictChoice {
    /** Which version to keep. */
    public enum Keep {
        MINE, THEIRS, BOTH
    }

    /** A run of body paragraphs to remove: {@code count} from {@code first}; {@code edited}: typed in since the sync. */
    public record Removal(int first, int count, boolean edited) {
        public Removal(int first, int count) {
            this(first, count, false);
        }
    }

    private ConflictChoice() {
    }

    /** Where the conflict's two versions are in the body (the index of mine's first paragraph), or -1. */
    public static int locate(List<String> paragraphs, Conflict c) {
        ConflictPlace.Found f = ConflictPlace.find(paragraphs, c);
        return f.found() ? f.place().first() : -1;
    }

    /**
     * The paragraphs to remove for a choice on a body conflict: none for {@link Keep#BOTH}; null when the choice cannot
     * be made because the passage can no longer be told in the body ({@link ConflictPlace#find} says why).
     */
    public static Removal removal(List<String> paragraphs, Conflict c, Keep keep) {
        if (keep == Keep.BOTH) {
            return new Removal(0, 0);
        }
        ConflictPlace.Found f = ConflictPlace.find(paragraphs, c);
        if (!f.found()) {
            return null;
        }
        ConflictPlace.Place p = f.place();
        return keep == Keep.MINE ? new Removal(p.theirsFirst(), p.theirsCount(), p.theirsEdited())
                : new Removal(p.first(), p.mineCount(), p.mineEdited());
    }

    /** For a field conflict: the value to set for a choice (null: keep the value as it is, mine). */
    public static String fieldValue(Conflict c, Keep keep) {
        if (c.isBody() || keep != Keep.THEIRS || c.theirs().isEmpty()) {
            return null;
        }
        return c.theirs().get(0);
    }

    /** The story fields a conflict can name that the editor edits as text (each with its own undo). */
    public static final List<String> TEXT_FIELDS = List.of("headline", "standfirst", "byline", "dateline");

    /**
     * The article with theirs taken for a field conflict that is not one of the {@link #TEXT_FIELDS}: the language,
     * the story facts (section, slug, embargo, target length), the status, a link. Null when theirs cannot be taken: a
     * body or text-field conflict, or a value that does not read (a hand-edited conflicts list).
     */
    public static Article withTheirs(Article a, Conflict c) {
        if (c.isBody() || TEXT_FIELDS.contains(c.field()) || c.theirs().size() != 1) {
            return null;
        }
        String v = c.theirs().get(0);
        try {
            return switch (c.field()) {
                case "language" -> v.isBlank() ? null : a.withLanguage(v);
                case "section" -> a.withDetails(a.details().withSection(v));
                case "slug" -> a.withDetails(a.details().withSlug(v));
                case "embargo" -> a.withDetails(a.details().withEmbargo(v.equals("null") ? null : Instant.parse(v)));
                case "target length" -> a.withDetails(a.details().withTargetWords(Integer.parseInt(v)));
                case "status" -> a.withStatus(ArticleStatus.valueOf(v));
                default -> c.field().startsWith(LINK) ? withLink(a, c.field().substring(LINK.length()), v) : null;
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private static final String LINK = "link ";

    /** The article a link conflict is about (null: not a link conflict). */
    public static String linkTarget(Conflict c) {
        return c.field().startsWith(LINK) ? c.field().substring(LINK.length()) : null;
    }

    /** Their link to {@code target}, written as {@code relation[: note]} (see {@link ArticleMerge}). */
    private static Article withLink(Article a, String target, String v) {
        int colon = v.indexOf(": ");
        Relation relation = Relation.fromId(colon < 0 ? v : v.substring(0, colon));
        if (relation == null) {
            return null;
        }
        RelatedLink theirs = new RelatedLink(target, relation, colon < 0 ? null : v.substring(colon + 2));
        List<RelatedLink> links = new ArrayList<>();
        boolean found = false;
        for (RelatedLink l : a.links()) {
            if (l.targetId().equals(target)) {
                links.add(theirs);
                found = true;
            } else {
                links.add(l);
            }
        }
        if (!found) {
            links.add(theirs);
        }
        return a.withLinks(links);
    }
}
