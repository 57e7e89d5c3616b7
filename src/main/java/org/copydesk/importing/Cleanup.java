package org.copydesk.importing;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.Paragraph;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.storage.Slugs;
import org.copydesk.storage.Workspace;

/**
 * Clean-up of imported copy from the analyser's {@code boilerplate} and {@code related-link} findings:
 * {@link #findings} lists what could be removed (each shown to the user), {@link #apply} removes what the user
 * accepted. A finding that covers a whole paragraph removes the paragraph; one that covers part of it removes only
 * that text. Emphasis, language and quotation marks after a removal move with their text; marks wholly inside removed
 * text are dropped, marks partly inside are shortened.
 */
public final class Cleanup {
    /** Looks up the id of a workspace article by its headline. */
    @FunctionalInterface
    public interface HeadlineLookup {
        Optional<String> idOf(String headline);

        HeadlineLookup NONE = h -> Optional.empty();
    }

    private Cleanup() {
    }

    /** Findings without a workspace to match related headlines against. */
    public static List<CleanupItem> findings(Article article, Analysis analysis) {
        return findings(article, analysis, HeadlineLookup.NONE);
    }

    /** The boilerplate and related-link issues of {@code analysis} (made from {@code article.bodyText()}), in order. */
    public static List<CleanupItem> findings(Article article, Analysis analysis, HeadlineLookup lookup) {
        String body = article.bodyText();
        List<CleanupItem> out = new ArrayList<>();
        for (CopyIssue issue : analysis.issues()) {
            if (issue.type() != IssueType.BOILERPLATE && issue.type() != IssueType.RELATED_LINK) {
                continue;
            }
            int s = Math.max(0, Math.min(issue.start(), body.length()));
            int e = Math.max(s, Math.min(issue.end(), body.length()));
            while (s < e && Character.isWhitespace(body.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            if (issue.type() == IssueType.BOILERPLATE) {
                out.add(new CleanupItem(CleanupItem.Kind.REMOVE_BOILERPLATE, s, e, body.substring(s, e), issue.english(),
                        null, null));
            } else {
                String headline = issue.reference() == null || issue.reference().isBlank() ? null : issue.reference().strip();
                String target = headline == null ? null : lookup.idOf(headline).orElse(null);
                out.add(new CleanupItem(CleanupItem.Kind.MAKE_RELATED_LINK, s, e, body.substring(s, e), issue.english(),
                        headline, target));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(out);
    }

    /**
     * The findings of {@link #findings(Article, Analysis, HeadlineLookup)}, and first of them the page's first line
     * when it does not head the story ({@code firstLine}, from {@link ImportResult#firstLine()}; it is then the first
     * paragraph): a line naming a workspace story becomes a related link to it, any other is offered for removal.
     * Analyser findings within that line are left out (the line is offered once).
     */
    public static List<CleanupItem> findings(Article article, Analysis analysis, HeadlineLookup lookup, String firstLine) {
        List<CleanupItem> found = findings(article, analysis, lookup);
        if (firstLine == null || article.body().isEmpty() || !article.body().get(0).text().strip().equals(firstLine.strip())) {
            return found;
        }
        String line = article.body().get(0).text();
        int s = line.indexOf(line.strip());
        int e = s + line.strip().length();
        List<CleanupItem> out = new ArrayList<>();
        String target = lookup.idOf(line.strip()).orElse(null);
        out.add(target != null
                ? new CleanupItem(CleanupItem.Kind.MAKE_RELATED_LINK, s, e, line.strip(),
                        "the first line names another story", line.strip(), target)
                : new CleanupItem(CleanupItem.Kind.REMOVE_FIRST_LINE, s, e, line.strip(),
                        "the first line does not head the story", null, null));
        for (CleanupItem item : found) {
            if (item.start() >= e || item.end() <= s) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The accepted items applied after body paragraph {@code headline} became the headline ({@link Headlines#rehead};
     * a negative index keeps the headline): items within that paragraph are not applied, the others move with their
     * text.
     */
    public static Article apply(Article article, int headline, List<CleanupItem> accepted) {
        if (headline < 0 || headline >= article.body().size()) {
            return apply(article, accepted);
        }
        int s = article.paragraphStarts()[headline];
        int e = s + article.body().get(headline).text().length();
        int inserted = article.headline().length() + 1;
        List<CleanupItem> moved = new ArrayList<>();
        for (CleanupItem item : accepted) {
            if (item.end() <= s || item.start() > e) {
                int a = Headlines.moved(item.start(), s, e, inserted);
                int b = item.end() <= s ? item.end() + inserted : Headlines.moved(item.end(), s, e, inserted);
                if (a >= 0 && b >= a) {
                    moved.add(new CleanupItem(item.kind(), a, b, item.text(), item.message(), item.headline(), item.targetId()));
                }
            }
        }
        return apply(Headlines.rehead(article, headline), moved);
    }

    /**
     * The article with the accepted items applied: their text removed, and for each related-link item a
     * {@link Relation#SEE_ALSO} link added — to the matched article, else to the id a story with that headline gets
     * when it is created (a link whose target does not exist yet is kept, as every broken link is). Items whose range
     * no longer fits the article are skipped.
     */
    public static Article apply(Article article, List<CleanupItem> accepted) {
        String body = article.bodyText();
        boolean[] gone = new boolean[body.length()];
        Map<String, RelatedLink> links = new LinkedHashMap<>();
        article.links().forEach(l -> links.put(l.targetId(), l));
        for (CleanupItem item : accepted) {
            if (item.end() > body.length() || !body.substring(item.start(), item.end()).equals(item.text())) {
                continue;
            }
            for (int i = item.start(); i < item.end(); i++) {
                gone[i] = true;
            }
            if (item.kind() == CleanupItem.Kind.MAKE_RELATED_LINK) {
                String target = targetOf(item);
                if (Slugs.isValidId(target)) {
                    links.putIfAbsent(target, new RelatedLink(target, Relation.SEE_ALSO,
                            item.headline() != null ? item.headline() : item.text()));
                }
            }
        }
        return removeText(article, gone).withLinks(List.copyOf(links.values()));
    }

    /** The id a related-link item links to: the matched article, else the id a story with that headline would get. */
    public static String targetOf(CleanupItem item) {
        if (item.targetId() != null) {
            return item.targetId();
        }
        return Slugs.of(item.headline() != null ? item.headline() : item.text());
    }

    /** Removes the flagged characters of the body text, dropping paragraphs left blank and moving every mark. */
    static Article removeText(Article article, boolean[] gone) {
        List<Paragraph> paragraphs = article.body();
        int[] starts = article.paragraphStarts();
        int total = article.bodyText().length();
        int[] map = new int[total + 1];
        Arrays.fill(map, -1);
        List<Paragraph> kept = new ArrayList<>();
        int newPos = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            String t = para.text();
            int s0 = starts[p];
            boolean[] drop = new boolean[t.length()];
            boolean any = false;
            for (int i = 0; i < t.length(); i++) {
                drop[i] = gone[s0 + i];
                any |= drop[i];
            }
            if (any) {
                tidySpaces(t, drop);
            }
            StringBuilder nt = new StringBuilder();
            for (int i = 0; i < t.length(); i++) {
                if (!drop[i]) {
                    nt.append(t.charAt(i));
                }
            }
            if (nt.toString().isBlank()) {
                continue;
            }
            if (!kept.isEmpty()) {
                map[s0 - 1] = newPos;
                newPos++;
            }
            int paraStart = newPos;
            int[] local = new int[t.length() + 1];
            int k = 0;
            for (int i = 0; i < t.length(); i++) {
                local[i] = k;
                if (!drop[i]) {
                    map[s0 + i] = paraStart + k;
                    k++;
                }
            }
            local[t.length()] = k;
            List<InlineSpan> spans = new ArrayList<>();
            for (InlineSpan sp : para.inline()) {
                int a = local[sp.start()];
                int b = local[sp.end()];
                if (b > a) {
                    spans.add(new InlineSpan(a, b, sp.style()));
                }
            }
            kept.add(new Paragraph(para.kind(), nt.toString(), spans));
            newPos = paraStart + k;
        }
        // Removed characters map to where the next kept character now is.
        map[total] = newPos;
        for (int o = total - 1; o >= 0; o--) {
            if (map[o] < 0) {
                map[o] = map[o + 1];
            }
        }
        List<LanguageMark> langs = new ArrayList<>();
        for (LanguageMark m : article.languageMarks()) {
            int a = map[Math.min(m.start(), total)];
            int b = map[Math.min(m.end(), total)];
            if (b > a) {
                langs.add(new LanguageMark(a, b, m.language(), m.origin()));
            }
        }
        List<QuoteMark> quotes = new ArrayList<>();
        for (QuoteMark m : article.quoteMarks()) {
            int a = map[Math.min(m.start(), total)];
            int b = map[Math.min(m.end(), total)];
            if (b > a) {
                quotes.add(new QuoteMark(a, b, m.speaker(), m.origin()));
            }
        }
        return article.withBody(kept).withLanguageMarks(langs).withQuoteMarks(quotes);
    }

    /** Also removes white space a removal leaves at either end of the paragraph, or doubled in the middle. */
    private static void tidySpaces(String t, boolean[] drop) {
        int first = 0;
        while (first < t.length() && (drop[first] || Character.isWhitespace(t.charAt(first)))) {
            drop[first] = true;
            first++;
        }
        int last = t.length() - 1;
        while (last >= 0 && (drop[last] || Character.isWhitespace(t.charAt(last)))) {
            drop[last] = true;
            last--;
        }
        for (int i = 0; i < t.length(); i++) {
            if (drop[i] && (i == 0 || !drop[i - 1])) {
                int j = i;
                while (j < t.length() && drop[j]) {
                    j++;
                }
                if (i > 0 && j < t.length() && t.charAt(i - 1) == ' ' && t.charAt(j) == ' ') {
                    drop[j] = true;
                }
            }
        }
    }

    /** A lookup over the given articles: headlines compared without case, accents, quotation marks or punctuation. */
    public static HeadlineLookup lookupOf(Collection<Article> articles) {
        Map<String, String> byKey = new HashMap<>();
        for (Article a : articles) {
            byKey.putIfAbsent(key(a.headline()), a.id());
        }
        return h -> Optional.ofNullable(byKey.get(key(h)));
    }

    /** A lookup over the readable articles of a workspace. */
    public static HeadlineLookup lookupOf(Workspace ws) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (var e : ws.list()) {
            if (e.ok()) {
                articles.add(e.article());
            }
        }
        return lookupOf(articles);
    }

    static String key(String headline) {
        return Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
