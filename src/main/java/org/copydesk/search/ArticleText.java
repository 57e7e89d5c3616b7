package org.copydesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;

/** The body of an article cut into runs of one language, following its language marks. */
final class ArticleText {
    /** {@code text} is {@code bodyText().substring(offset, offset + text.length())}, in analysis language {@code language}. */
    record Part(String language, int offset, String text) {
    }

    private ArticleText() {
    }

    static List<Part> bodyParts(Article a) {
        String body = a.bodyText();
        String primary = LanguageFields.analysisLanguage(a.language());
        List<LanguageMark> marks = new ArrayList<>(a.languageMarks());
        marks.sort(Comparator.comparingInt(LanguageMark::start));
        List<Part> parts = new ArrayList<>();
        int pos = 0;
        for (LanguageMark m : marks) {
            int s = Math.max(pos, Math.min(m.start(), body.length()));
            int e = Math.min(m.end(), body.length());
            String lang = LanguageFields.analysisLanguage(m.language());
            if (e <= s || lang.equals(primary)) {
                continue;
            }
            if (s > pos) {
                parts.add(new Part(primary, pos, body.substring(pos, s)));
            }
            parts.add(new Part(lang, s, body.substring(s, e)));
            pos = e;
        }
        if (pos < body.length() || parts.isEmpty()) {
            parts.add(new Part(primary, pos, body.substring(pos)));
        }
        return merge(parts);
    }

    private static List<Part> merge(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty() && out.get(out.size() - 1).language().equals(p.language())) {
                Part last = out.remove(out.size() - 1);
                out.add(new Part(last.language(), last.offset(), last.text() + p.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
