package org.copydesk.importing;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.Paragraph;
import org.copydesk.model.QuoteMark;

/**
 * Removes control characters from imported copy (every import path goes through here): terminal escape sequences
 * from a web page, stray NULs and C1 codes from a bad conversion. They are invisible in the editor, corrupt a terminal
 * that prints the article, and mean nothing in print. A tab inside a paragraph becomes a space; the marks and inline
 * styles move with the text.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** True for a character that is removed: C0 and C1 control codes and DEL (a tab is turned into a space). */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** A one-line field (headline, byline ...): controls removed, tabs and line breaks become spaces. */
    static String field(String s) {
        if (s == null || s.chars().noneMatch(c -> isControl((char) c))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                b.append(' ');
            } else if (!isControl(c)) {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /** The draft without control characters; the same object when it has none. */
    static Article strip(Article a) {
        boolean any = false;
        for (Paragraph p : a.body()) {
            if (p.text().chars().anyMatch(c -> isControl((char) c))) {
                any = true;
                break;
            }
        }
        Article out = a.withHeadline(field(a.headline())).withStandfirst(field(a.standfirst()))
                .withByline(field(a.byline())).withDateline(field(a.dateline()));
        if (!any) {
            return out;
        }
        // map every old body offset to its new one (paragraphs joined by one line break, which stays)
        String body = a.bodyText();
        int[] map = new int[body.length() + 1];
        int[] starts = a.paragraphStarts();
        List<Paragraph> paragraphs = new ArrayList<>();
        int removed = 0;
        int pi = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= body.length(); i++) {
            map[i] = i - removed;
            if (i == body.length()) {
                break;
            }
            char c = body.charAt(i);
            if (c == '\n') {
                continue;
            }
            if (isControl(c) && c != '\t') {
                removed++;
            }
        }
        for (Paragraph p : a.body()) {
            int s = starts[pi++];
            text.setLength(0);
            for (int i = 0; i < p.text().length(); i++) {
                char c = p.text().charAt(i);
                if (c == '\t') {
                    text.append(' ');
                } else if (!isControl(c)) {
                    text.append(c);
                }
            }
            int ns = map[s];
            List<InlineSpan> inline = new ArrayList<>();
            for (InlineSpan sp : p.inline()) {
                int st = map[s + sp.start()] - ns;
                int en = map[s + sp.end()] - ns;
                if (en > st) {
                    inline.add(new InlineSpan(st, en, sp.style()));
                }
            }
            paragraphs.add(new Paragraph(p.kind(), text.toString(), inline));
        }
        List<LanguageMark> langs = new ArrayList<>();
        for (LanguageMark m : a.languageMarks()) {
            int st = map[Math.min(m.start(), body.length())];
            int en = map[Math.min(m.end(), body.length())];
            if (en > st) {
                langs.add(new LanguageMark(st, en, m.language(), m.origin()));
            }
        }
        List<QuoteMark> quotes = new ArrayList<>();
        for (QuoteMark m : a.quoteMarks()) {
            int st = map[Math.min(m.start(), body.length())];
            int en = map[Math.min(m.end(), body.length())];
            if (en > st) {
                quotes.add(new QuoteMark(st, en, m.speaker(), m.origin()));
            }
        }
        return out.withBody(paragraphs).withLanguageMarks(langs).withQuoteMarks(quotes);
    }
}
