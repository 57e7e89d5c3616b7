package org.copydesk.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.MarkPieces;
import org.copydesk.model.MarkPieces.Piece;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;

/**
 * The one place that knows format 2 keeps marks in their paragraphs. The rest of the codec sees marks as format 1 had
 * them (top-level lists, offsets into the body text): {@link #lift} turns a file's per-paragraph marks into that shape
 * right after reading, {@link #distribute} moves them into the paragraphs right before writing. So a merge can take a
 * paragraph whole, marks included, and a format-1 file is migrated simply by being read.
 */
final class MarksPerParagraph {
    private MarksPerParagraph() {
    }

    /**
     * Appends the marks found in the paragraphs of {@code j} to its top-level lists, as body offsets. A mark that cannot
     * be placed is left out and named in the list returned: marks never make the text unreadable.
     */
    static List<String> lift(ArticleJson j) {
        List<String> problems = new ArrayList<>();
        if (j.body == null || j.body.isEmpty()) {
            return problems;
        }
        List<Paragraph> texts = new ArrayList<>(j.body.size());
        List<List<Piece<LanguageMark>>> languages = new ArrayList<>(j.body.size());
        List<List<Piece<QuoteMark>>> quotes = new ArrayList<>(j.body.size());
        boolean any = false;
        for (int i = 0; i < j.body.size(); i++) {
            ArticleJson.ParagraphJson p = j.body.get(i);
            if (p == null) {
                return problems; // the codec reports the null paragraph
            }
            String text = p.text == null ? "" : p.text;
            texts.add(new Paragraph(ParagraphKind.PARAGRAPH, text.replace('\n', ' '), List.of()));
            List<Piece<LanguageMark>> lp = new ArrayList<>();
            for (ArticleJson.LanguageMarkJson m : nonNull(p.languageMarks)) {
                String where = "paragraph " + (i + 1) + ": language mark";
                try {
                    if (m == null || m.language == null) {
                        throw new ArticleFormatException(where + " without a language");
                    }
                    int[] se = range(m.start, m.end, where);
                    lp.add(new Piece<>(new LanguageMark(se[0], se[1], m.language, origin(m.origin, where)), Boolean.TRUE.equals(m.continues)));
                    any = true;
                } catch (ArticleFormatException e) {
                    problems.add(e.getMessage());
                }
            }
            List<Piece<QuoteMark>> qp = new ArrayList<>();
            for (ArticleJson.QuoteMarkJson m : nonNull(p.quoteMarks)) {
                String where = "paragraph " + (i + 1) + ": quotation mark";
                try {
                    if (m == null) {
                        throw new ArticleFormatException(where + " is null");
                    }
                    int[] se = range(m.start, m.end, where);
                    qp.add(new Piece<>(new QuoteMark(se[0], se[1], m.speaker, origin(m.origin, where)), Boolean.TRUE.equals(m.continues)));
                    any = true;
                } catch (ArticleFormatException e) {
                    problems.add(e.getMessage());
                }
            }
            languages.add(lp);
            quotes.add(qp);
        }
        if (!any) {
            return problems;
        }
        MarkPieces.Joined<LanguageMark> langs = MarkPieces.joinLanguage(texts, languages);
        MarkPieces.Joined<QuoteMark> qs = MarkPieces.joinQuotes(texts, quotes);
        problems.addAll(langs.problems());
        problems.addAll(qs.problems());
        if (j.languageMarks == null) {
            j.languageMarks = new ArrayList<>();
        }
        if (j.quoteMarks == null) {
            j.quoteMarks = new ArrayList<>();
        }
        for (LanguageMark m : langs.marks()) {
            j.languageMarks.add(ArticleJson.LanguageMarkJson.of(m, false));
        }
        for (QuoteMark m : qs.marks()) {
            j.quoteMarks.add(ArticleJson.QuoteMarkJson.of(m, false));
        }
        return problems;
    }

    /** Moves the top-level marks of {@code j} (written from {@code a}) into its paragraphs. */
    static void distribute(ArticleJson j, Article a) {
        MarkPieces.Split split = MarkPieces.split(a);
        for (int i = 0; i < j.body.size(); i++) {
            ArticleJson.ParagraphJson pj = j.body.get(i);
            for (Piece<LanguageMark> piece : split.language().get(i)) {
                pj.languageMarks.add(ArticleJson.LanguageMarkJson.of(piece.mark(), piece.continues()));
            }
            for (Piece<QuoteMark> piece : split.quotes().get(i)) {
                pj.quoteMarks.add(ArticleJson.QuoteMarkJson.of(piece.mark(), piece.continues()));
            }
        }
        j.languageMarks = null;
        j.quoteMarks = null;
    }

    private static int[] range(Integer start, Integer end, String where) throws ArticleFormatException {
        if (start == null || end == null) {
            throw new ArticleFormatException(where + " without " + (start == null ? "start" : "end"));
        }
        if (start < 0 || end < start) {
            throw new ArticleFormatException(where + " [" + start + ", " + end + ") is not a range");
        }
        return new int[] {start, end};
    }

    private static MarkOrigin origin(String s, String where) throws ArticleFormatException {
        if (s == null) {
            return MarkOrigin.AUTO;
        }
        try {
            return MarkOrigin.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ArticleFormatException(where + " has an unknown origin '" + s + "' (expected auto or manual)");
        }
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }
}
