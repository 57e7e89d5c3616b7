package org.copydesk.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ExportRecord;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkPieces;
import org.copydesk.model.MarkPieces.Piece;
import org.copydesk.model.Paragraph;
import org.copydesk.model.SameEnds;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.StoryDetails;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * Copydesk's own three-way merge of one article. The body merges paragraph by paragraph, each paragraph whole with its
 * marks and emphasis: changes to different paragraphs both apply; the same change on both sides applies once; different
 * changes to the same paragraphs are a {@link Conflict} and both versions stay in the body, mine first. Text fields
 * merge by the usual three-way rule (a conflict keeps mine and records theirs); the desk status, when both sides moved
 * it, goes to the one further along; tags and links merge as sets (what either side added is kept, what one side
 * removed and the other left alone goes); exports are the union; {@code created} the earlier, {@code modified} the
 * later, and the revision moves past both. Never throws away text: everything either side wrote is in the result, or
 * named in a conflict.
 */
public final class ArticleMerge {
    /** The merged article and the conflicts left for the editor. */
    public record Result(Article article, List<Conflict> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private ArticleMerge() {
    }

    /** Merges {@code mine} and {@code theirs}, both descended from {@code base} (null: each side added the article). */
    public static Result merge(Article base, Article mine, Article theirs) {
        List<Conflict> conflicts = new ArrayList<>();
        Article b = base != null ? base : Article.draft(mine.id(), "", mine.language(), mine.created());
        boolean added = base == null;
        Article out = mine
                .withHeadline(text("headline", b.headline(), mine.headline(), theirs.headline(), added, conflicts))
                .withStandfirst(text("standfirst", b.standfirst(), mine.standfirst(), theirs.standfirst(), added, conflicts))
                .withByline(text("byline", b.byline(), mine.byline(), theirs.byline(), added, conflicts))
                .withDateline(text("dateline", b.dateline(), mine.dateline(), theirs.dateline(), added, conflicts))
                .withLanguage(text("language", b.language(), mine.language(), theirs.language(), added, conflicts))
                .withStatus(status(b.status(), mine.status(), theirs.status(), added))
                .withTags(sets(added ? List.of() : b.tags(), mine.tags(), theirs.tags()))
                .withLinks(links(added ? List.of() : b.links(), mine.links(), theirs.links(), conflicts))
                .withExports(exports(mine.exports(), theirs.exports()));
        out = body(b, mine, theirs, out, conflicts);
        Article merged = new Article(out.id(), out.headline(), out.standfirst(), out.byline(), out.dateline(),
                out.language(), out.status(), out.tags(),
                mine.created().isBefore(theirs.created()) ? mine.created() : theirs.created(),
                mine.modified().isAfter(theirs.modified()) ? mine.modified() : theirs.modified(),
                out.body(), out.languageMarks(), out.quoteMarks(), out.links(), out.exports(),
                Math.max(mine.revision(), theirs.revision()) + 1,
                details(b.details(), mine.details(), theirs.details(), added, conflicts),
                sets(added ? List.of() : b.ignoredWords(), mine.ignoredWords(), theirs.ignoredWords()));
        return new Result(merged, List.copyOf(conflicts));
    }

    private static String text(String field, String base, String mine, String theirs, boolean added, List<Conflict> conflicts) {
        if (mine.equals(theirs)) {
            return mine;
        }
        if (!added && mine.equals(base)) {
            return theirs;
        }
        if (!added && theirs.equals(base)) {
            return mine;
        }
        if (added && field.equals("language")) {
            return mine;
        }
        conflicts.add(new Conflict(field, List.of(mine), List.of(theirs)));
        return mine;
    }

    /**
     * Section, slug, embargo and target length, each by the rule of the text fields: what one side changed wins, a
     * different change on both sides is a conflict (mine kept in the article, theirs named in the conflict).
     */
    private static StoryDetails details(StoryDetails base, StoryDetails mine, StoryDetails theirs, boolean added,
            List<Conflict> conflicts) {
        if (mine.equals(theirs)) {
            return mine;
        }
        return new StoryDetails(
                text("section", base.section(), mine.section(), theirs.section(), added, conflicts),
                text("slug", base.slug(), mine.slug(), theirs.slug(), added, conflicts),
                scalar("embargo", base.embargo(), mine.embargo(), theirs.embargo(), added, conflicts),
                scalar("target length", base.targetWords(), mine.targetWords(), theirs.targetWords(), added, conflicts));
    }

    private static <T> T scalar(String field, T base, T mine, T theirs, boolean added, List<Conflict> conflicts) {
        if (Objects.equals(mine, theirs)) {
            return mine;
        }
        if (!added && Objects.equals(mine, base)) {
            return theirs;
        }
        if (!added && Objects.equals(theirs, base)) {
            return mine;
        }
        conflicts.add(new Conflict(field, List.of(String.valueOf(mine)), List.of(String.valueOf(theirs))));
        return mine;
    }

    private static ArticleStatus status(ArticleStatus base, ArticleStatus mine, ArticleStatus theirs, boolean added) {
        if (mine == theirs) {
            return mine;
        }
        if (!added && mine == base) {
            return theirs;
        }
        if (!added && theirs == base) {
            return mine;
        }
        return mine.ordinal() >= theirs.ordinal() ? mine : theirs;
    }

    /** Three-way set merge, in mine's order then what theirs added. */
    static <T> List<T> sets(List<T> base, List<T> mine, List<T> theirs) {
        Set<T> b = new LinkedHashSet<>(base);
        Set<T> t = new LinkedHashSet<>(theirs);
        Set<T> m = new LinkedHashSet<>(mine);
        Set<T> out = new LinkedHashSet<>();
        for (T x : mine) {
            if (t.contains(x) || !b.contains(x)) {
                out.add(x); // in both, or added by mine
            }
        }
        for (T x : theirs) {
            if (!m.contains(x) && !b.contains(x)) {
                out.add(x); // added by theirs
            }
        }
        return new ArrayList<>(out);
    }

    private static List<RelatedLink> links(List<RelatedLink> base, List<RelatedLink> mine, List<RelatedLink> theirs, List<Conflict> conflicts) {
        Map<String, RelatedLink> b = byTarget(base);
        Map<String, RelatedLink> m = byTarget(mine);
        Map<String, RelatedLink> t = byTarget(theirs);
        List<String> targets = sets(new ArrayList<>(b.keySet()), new ArrayList<>(m.keySet()), new ArrayList<>(t.keySet()));
        List<RelatedLink> out = new ArrayList<>();
        for (String target : targets) {
            RelatedLink lm = m.get(target);
            RelatedLink lt = t.get(target);
            RelatedLink lb = b.get(target);
            if (lm == null || lt == null || lm.equals(lt)) {
                out.add(lm != null ? lm : lt);
            } else if (lm.equals(lb)) {
                out.add(lt);
            } else if (lt.equals(lb)) {
                out.add(lm);
            } else {
                out.add(lm);
                conflicts.add(new Conflict("link " + target, List.of(describe(lm)), List.of(describe(lt))));
            }
        }
        return out;
    }

    private static String describe(RelatedLink l) {
        return l.relation().id() + (l.note() == null || l.note().isBlank() ? "" : ": " + l.note());
    }

    private static Map<String, RelatedLink> byTarget(List<RelatedLink> links) {
        Map<String, RelatedLink> out = new LinkedHashMap<>();
        for (RelatedLink l : links) {
            out.putIfAbsent(l.targetId(), l);
        }
        return out;
    }

    private static List<ExportRecord> exports(List<ExportRecord> mine, List<ExportRecord> theirs) {
        Set<ExportRecord> all = new LinkedHashSet<>(mine);
        all.addAll(theirs);
        List<ExportRecord> out = new ArrayList<>(all);
        out.sort(Comparator.comparing(ExportRecord::at));
        return out;
    }

    /** One paragraph with its marks and emphasis: the unit a merge takes whole. */
    record Block(Paragraph paragraph, List<Piece<LanguageMark>> languages, List<Piece<QuoteMark>> quotes) {
    }

    static List<Block> blocks(Article a) {
        MarkPieces.Split split = MarkPieces.split(a);
        List<Block> out = new ArrayList<>(a.body().size());
        for (int i = 0; i < a.body().size(); i++) {
            out.add(new Block(a.body().get(i), split.language().get(i), split.quotes().get(i)));
        }
        return out;
    }

    static final class Blocks extends Sequence {
        final List<Block> list;

        Blocks(List<Block> list) {
            this.list = list;
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    /** Paragraphs compared by their text alone: how two versions of a body are lined up. */
    static final SequenceComparator<Blocks> EQUAL_TEXT = new SequenceComparator<>() {
        @Override
        public boolean equals(Blocks a, int ai, Blocks b, int bi) {
            return a.list.get(ai).paragraph().text().equals(b.list.get(bi).paragraph().text());
        }

        @Override
        public int hash(Blocks s, int i) {
            return s.list.get(i).paragraph().text().hashCode();
        }
    };

    /** One side's change of the base paragraphs [beginA, endA): they become {@code blocks}. */
    record Hunk(int beginA, int endA, List<Block> blocks, boolean mine) {
    }

    /**
     * One side's changes to the base, each changed paragraph its own hunk wherever the paragraphs line up: the sides
     * are lined up with the base by paragraph text, so a paragraph whose text stayed is matched even if its marks or
     * emphasis changed (a change of its own, one paragraph long); and a run of n paragraphs replaced by n paragraphs is n
     * one-paragraph changes. Only a run whose length changed (paragraphs added, removed, split or joined) stays one
     * hunk. So edits of neighbouring paragraphs on the two sides never touch the same hunk.
     */
    static List<Hunk> hunks(List<Block> base, List<Block> side, boolean mine) {
        List<Hunk> out = new ArrayList<>();
        DiffAlgorithm diff = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
        int a = 0;
        int b = 0;
        for (Edit e : diff.diff(EQUAL_TEXT, new Blocks(base), new Blocks(side))) {
            sameText(base, side, a, b, e.getBeginA(), mine, out);
            int lengthA = e.getEndA() - e.getBeginA();
            if (lengthA == e.getEndB() - e.getBeginB()) {
                for (int k = 0; k < lengthA; k++) {
                    out.add(new Hunk(e.getBeginA() + k, e.getBeginA() + k + 1, List.of(side.get(e.getBeginB() + k)), mine));
                }
            } else {
                out.add(new Hunk(e.getBeginA(), e.getEndA(), List.copyOf(side.subList(e.getBeginB(), e.getEndB())), mine));
            }
            a = e.getEndA();
            b = e.getEndB();
        }
        sameText(base, side, a, b, base.size(), mine, out);
        return out;
    }

    /** Paragraphs the diff matched by text from base[a] and side[b] up to base[endA]: a change of marks is a hunk. */
    private static void sameText(List<Block> base, List<Block> side, int a, int b, int endA, boolean mine, List<Hunk> out) {
        for (int i = a, j = b; i < endA; i++, j++) {
            if (!base.get(i).equals(side.get(j))) {
                out.add(new Hunk(i, i + 1, List.of(side.get(j)), mine));
            }
        }
    }

    private static Article body(Article base, Article mine, Article theirs, Article out, List<Conflict> conflicts) {
        List<Block> b = blocks(base);
        List<Block> m = blocks(mine);
        List<Block> t = blocks(theirs);
        if (m.equals(t)) {
            return out.withBody(mine.body()).withLanguageMarks(mine.languageMarks()).withQuoteMarks(mine.quoteMarks());
        }
        List<Hunk> edits = new ArrayList<>(hunks(b, m, true));
        edits.addAll(hunks(b, t, false));
        edits.sort(Comparator.comparingInt(Hunk::beginA).thenComparingInt(Hunk::endA));

        List<Block> merged = new ArrayList<>();
        int pos = 0;
        int i = 0;
        while (i < edits.size()) {
            List<Hunk> cluster = new ArrayList<>();
            cluster.add(edits.get(i++));
            while (i < edits.size() && overlapsAny(edits.get(i), cluster)) {
                cluster.add(edits.get(i++));
            }
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            boolean anyMine = false;
            boolean anyTheirs = false;
            for (Hunk h : cluster) {
                lo = Math.min(lo, h.beginA());
                hi = Math.max(hi, h.endA());
                anyMine |= h.mine();
                anyTheirs |= !h.mine();
            }
            merged.addAll(b.subList(pos, lo));
            List<Block> baseRegion = b.subList(lo, hi);
            List<Block> mineRegion = region(b, cluster, true, lo, hi);
            List<Block> theirsRegion = region(b, cluster, false, lo, hi);
            if (!anyTheirs) {
                merged.addAll(mineRegion);
            } else if (!anyMine) {
                merged.addAll(theirsRegion);
            } else if (mineRegion.equals(theirsRegion)) {
                merged.addAll(mineRegion);
            } else if (texts(mineRegion).equals(texts(theirsRegion)) || texts(theirsRegion).equals(texts(baseRegion))) {
                // the same text on both sides (only marks differ), or theirs changed marks alone: mine's text and marks
                merged.addAll(mineRegion);
            } else if (texts(mineRegion).equals(texts(baseRegion))) {
                merged.addAll(theirsRegion); // mine changed marks alone, theirs the text: the text wins, with its marks
            } else {
                SameEnds same = SameEnds.of(mineRegion, theirsRegion);
                int pre = same.start();
                int suf = same.end();
                List<Block> mineMid = mineRegion.subList(pre, mineRegion.size() - suf);
                List<Block> theirsMid = theirsRegion.subList(pre, theirsRegion.size() - suf);
                merged.addAll(mineRegion.subList(0, pre));
                merged.addAll(mineMid);
                merged.addAll(theirsMid);
                merged.addAll(mineRegion.subList(mineRegion.size() - suf, mineRegion.size()));
                conflicts.add(new Conflict(Conflict.BODY, texts(mineMid), texts(theirsMid)));
            }
            pos = hi;
        }
        merged.addAll(b.subList(pos, b.size()));

        List<Paragraph> body = new ArrayList<>(merged.size());
        List<List<Piece<LanguageMark>>> langs = new ArrayList<>(merged.size());
        List<List<Piece<QuoteMark>>> quotes = new ArrayList<>(merged.size());
        for (Block block : merged) {
            body.add(block.paragraph());
            langs.add(block.languages());
            quotes.add(block.quotes());
        }
        return out.withBody(body)
                .withLanguageMarks(MarkPieces.joinLanguage(body, langs).marks())
                .withQuoteMarks(MarkPieces.joinQuotes(body, quotes).marks());
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(x -> x.paragraph().text()).toList();
    }

    /** One side's version of base[lo, hi): the base with that side's hunks of the cluster applied. */
    private static List<Block> region(List<Block> base, List<Hunk> cluster, boolean mine, int lo, int hi) {
        List<Block> out = new ArrayList<>();
        int pos = lo;
        for (Hunk h : cluster) {
            if (h.mine() != mine) {
                continue;
            }
            out.addAll(base.subList(pos, h.beginA()));
            out.addAll(h.blocks());
            pos = h.endA();
        }
        out.addAll(base.subList(pos, hi));
        return out;
    }

    private static boolean overlapsAny(Hunk h, List<Hunk> cluster) {
        for (Hunk c : cluster) {
            if (overlaps(h.beginA(), h.endA(), c.beginA(), c.endA())) {
                return true;
            }
        }
        return false;
    }

    /** Two changes of the base touch the same paragraphs (an insertion touches the gap it goes into). */
    static boolean overlaps(int xBegin, int xEnd, int yBegin, int yEnd) {
        boolean xEmpty = xBegin == xEnd;
        boolean yEmpty = yBegin == yEnd;
        if (xEmpty && yEmpty) {
            return xBegin == yBegin;
        }
        if (xEmpty) {
            return yBegin < xBegin && xBegin < yEnd;
        }
        if (yEmpty) {
            return xBegin < yBegin && yBegin < xEnd;
        }
        return xBegin < yEnd && yBegin < xEnd;
    }

    static boolean sameBody(Article a, Article b) {
        return Objects.equals(blocks(a), blocks(b));
    }
}
