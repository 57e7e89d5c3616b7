package org.copydesk.sync;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * The open article's file changed on disk (a sync, another program) while the editor holds a state of its own: the
 * editor's state merges three-way with the file, by {@link ArticleMerge}'s rules (the body paragraph by paragraph,
 * each whole with its marks; fields by rule). {@code base} is the version the editor last loaded or saved,
 * {@code ours} the editor's content (text, hand marks, story facts and links not yet saved) on that base, and
 * {@code theirs} the file as it is now. The answer is what the editor shows next, on theirs' revision: saving it over
 * the file loses neither side. A real conflict keeps both versions in the body, the editor's first ("mine").
 */
public final class EditorMerge {
    private EditorMerge() {
    }

    /** The editor's state merged into the version on disk; {@code merged} carries theirs' revision and times. */
    public static ArticleMerge.Result merge(Article base, Article ours, Article theirs) {
        if (!base.id().equals(ours.id()) || !base.id().equals(theirs.id())) {
            throw new IllegalArgumentException("three versions of different articles: " + base.id() + ", " + ours.id()
                    + ", " + theirs.id());
        }
        ArticleMerge.Result r = ArticleMerge.merge(base, ours, theirs);
        Article m = r.article();
        Article onTheirs = new Article(theirs.id(), m.headline(), m.standfirst(), m.byline(), m.dateline(), m.language(),
                m.status(), m.tags(), theirs.created(), theirs.modified(), m.body(), m.languageMarks(), m.quoteMarks(),
                m.links(), m.exports(), theirs.revision(), m.details(), m.ignoredWords());
        return new ArticleMerge.Result(onTheirs, r.conflicts());
    }

    /**
     * Where paragraph {@code index} of {@code before} is in {@code after}, the two bodies lined up by paragraph text: the
     * same paragraph when it is still there, else the paragraph that took its place (the nearest one when its run was
     * removed). -1 when {@code after} is empty.
     */
    public static int paragraphAfter(List<Paragraph> before, List<Paragraph> after, int index) {
        if (after.isEmpty()) {
            return -1;
        }
        int i = Math.max(0, Math.min(index, before.size()));
        List<String> a = texts(before);
        List<String> b = texts(after);
        int shift = 0;
        for (Edit e : DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(BY_TEXT, new Texts(a), new Texts(b))) {
            if (i < e.getBeginA()) {
                break;
            }
            if (i < e.getEndA()) {
                // inside a changed run: the paragraph at the same place of the run that replaced it
                int lengthB = e.getEndB() - e.getBeginB();
                int at = lengthB == 0 ? e.getBeginB() : e.getBeginB() + Math.min(i - e.getBeginA(), lengthB - 1);
                return Math.min(at, after.size() - 1);
            }
            shift = e.getEndB() - e.getEndA();
        }
        return Math.max(0, Math.min(i + shift, after.size() - 1));
    }

    private static List<String> texts(List<Paragraph> ps) {
        List<String> out = new ArrayList<>(ps.size());
        for (Paragraph p : ps) {
            out.add(p.text());
        }
        return out;
    }

    private static final class Texts extends Sequence {
        final List<String> list;

        Texts(List<String> list) {
            this.list = list;
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    private static final SequenceComparator<Texts> BY_TEXT = new SequenceComparator<>() {
        @Override
        public boolean equals(Texts a, int ai, Texts b, int bi) {
            return a.list.get(ai).equals(b.list.get(bi));
        }

        @Override
        public int hash(Texts s, int i) {
            return s.list.get(i).hashCode();
        }
    };
}
