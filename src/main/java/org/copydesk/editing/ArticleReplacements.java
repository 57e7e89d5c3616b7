package org.copydesk.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.Paragraph;

/**
 * Applies replacements of the body text ({@link Article#bodyText()} offsets) to a stored article in one step, as the
 * editor would: each paragraph keeps its kind and its emphasis, and the hand marks (languages, quotations) move with
 * the text ({@link TextShift}). A replacement that would cross a paragraph break, reach past the text, overlap an
 * earlier one or put a line break into a paragraph is left out, never half applied.
 */
public final class ArticleReplacements {
    private ArticleReplacements() {
    }

    /** The article with its body changed, and how many of the replacements were made. */
    public record Result(Article article, int applied) {
    }

    public static Result apply(Article article, List<TextReplacement> replacements) {
        if (article.body().isEmpty()) {
            return new Result(article, 0);
        }
        List<TextReplacement> usable = usable(article, replacements);
        List<Paragraph> body = new ArrayList<>(article.body());
        int[] starts = article.paragraphStarts();
        var languageMarks = article.languageMarks();
        var quoteMarks = article.quoteMarks();
        int applied = 0;
        // from the end backwards: the offsets of the replacements still to make stay valid
        for (int k = usable.size() - 1; k >= 0; k--) {
            TextReplacement r = usable.get(k);
            int p = paragraphAt(starts, r.start());
            Paragraph para = body.get(p);
            int from = r.start() - starts[p];
            int to = r.end() - starts[p];
            String text = para.text().substring(0, from) + r.replacement() + para.text().substring(to);
            TextShift local = new TextShift(from, to - from, r.replacement().length());
            List<InlineSpan> inline = new ArrayList<>();
            for (InlineSpan s : para.inline()) {
                int[] moved = local.map(s.start(), s.end());
                if (moved != null) {
                    inline.add(new InlineSpan(moved[0], moved[1], s.style()));
                }
            }
            body.set(p, new Paragraph(para.kind(), text, inline));
            TextShift shift = new TextShift(r.start(), r.end() - r.start(), r.replacement().length());
            languageMarks = shift.languageMarks(languageMarks);
            quoteMarks = shift.quoteMarks(quoteMarks);
            applied++;
        }
        if (applied == 0) {
            return new Result(article, 0);
        }
        return new Result(article.withBody(body).withLanguageMarks(languageMarks).withQuoteMarks(quoteMarks), applied);
    }

    /** The replacements that can be made, sorted, each inside one paragraph and none overlapping another. */
    private static List<TextReplacement> usable(Article article, List<TextReplacement> replacements) {
        String text = article.bodyText();
        List<TextReplacement> sorted = new ArrayList<>(replacements.stream().filter(Objects::nonNull).toList());
        sorted.sort(Comparator.comparingInt(TextReplacement::start).thenComparingInt(TextReplacement::end));
        List<TextReplacement> out = new ArrayList<>();
        int lastEnd = -1;
        for (TextReplacement r : sorted) {
            if (r.replacement() == null || r.start() < 0 || r.end() < r.start() || r.end() > text.length() || r.start() < lastEnd
                    || r.replacement().indexOf('\n') >= 0 || text.substring(r.start(), r.end()).indexOf('\n') >= 0
                    || text.substring(r.start(), r.end()).equals(r.replacement())) {
                continue;
            }
            out.add(r);
            lastEnd = Math.max(r.end(), r.start() + 1);
        }
        return out;
    }

    private static int paragraphAt(int[] starts, int offset) {
        int p = 0;
        while (p + 1 < starts.length && starts[p + 1] <= offset) {
            p++;
        }
        return p;
    }
}
