package org.copydesk.editing;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.editing.TextShift;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.Paragraph;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;

/** Changes to an article's related links, as the sidebar and the command line make them. Links to missing articles are kept. */
public final class LinkEdits {
    private LinkEdits() {
    }

    /** Adds the link, or replaces the link to the same target (keeping its place in the list). */
    public static Article withLink(Article a, RelatedLink link) {
        List<RelatedLink> links = new ArrayList<>(a.links());
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).targetId().equals(link.targetId())) {
                links.set(i, link);
                return a.withLinks(links);
            }
        }
        links.add(link);
        return a.withLinks(links);
    }

    public static Article withoutLink(Article a, String targetId) {
        return a.withLinks(a.links().stream().filter(l -> !l.targetId().equals(targetId)).toList());
    }

    public static Article withRelation(Article a, String targetId, Relation relation) {
        return a.withLinks(a.links().stream()
                .map(l -> l.targetId().equals(targetId) ? new RelatedLink(targetId, relation, l.note()) : l).toList());
    }

    /**
     * Turns a "See also …" paragraph into a link: the paragraphs overlapping {@code [start, end)} of the body text are
     * removed (language and quotation marks after them move back; marks inside them go; a mark reaching into them keeps
     * its other part), and a see-also link to
     * {@code targetId} is added unless the article already links there.
     */
    public static Article paragraphToLink(Article a, int start, int end, String targetId) {
        int[] starts = a.paragraphStarts();
        List<Paragraph> body = new ArrayList<>();
        int removedFrom = -1;
        int removedTo = -1;
        for (int i = 0; i < a.body().size(); i++) {
            int ps = starts[i];
            int pe = ps + a.body().get(i).text().length();
            boolean overlaps = ps < end && start < pe || (start == end && start >= ps && start <= pe);
            if (overlaps) {
                removedFrom = removedFrom < 0 ? ps : removedFrom;
                removedTo = pe;
            } else {
                body.add(a.body().get(i));
            }
        }
        Article out = a;
        if (removedFrom >= 0) {
            // the removed text and one line break (after it, or before it for the last paragraph)
            int cutStart = removedFrom;
            int cutEnd = removedTo;
            if (cutEnd < a.bodyText().length()) {
                cutEnd++;
            } else if (cutStart > 0) {
                cutStart--;
            }
            // marks move like the text: those after it move back, one reaching into it keeps its other part
            TextShift cut = new TextShift(cutStart, cutEnd - cutStart, 0);
            List<LanguageMark> langs = cut.languageMarks(a.languageMarks());
            List<QuoteMark> quotes = cut.quoteMarks(a.quoteMarks());
            out = a.withBody(body).withLanguageMarks(langs).withQuoteMarks(quotes);
        }
        if (out.links().stream().anyMatch(l -> l.targetId().equals(targetId))) {
            return out;
        }
        return withLink(out, new RelatedLink(targetId, Relation.SEE_ALSO, null));
    }
}
