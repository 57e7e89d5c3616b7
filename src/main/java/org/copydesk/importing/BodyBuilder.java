package org.copydesk.importing;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;

/**
 * Collects what a reader finds (blocks of text with emphasis and languages) into a draft article. Whitespace is
 * collapsed as text is appended, so offsets never need shifting; emphasis and language runs are relative to the
 * paragraph until {@link #finish} turns the runs into {@link LanguageMark}s over the body text.
 */
final class BodyBuilder {
    /** What the block being collected is: a headline candidate, or a kind of paragraph. */
    enum Block {
        TITLE, PARAGRAPH, SUBHEADING, BLOCKQUOTE
    }

    private record Run(int start, int end, String language) {
    }

    private record Done(ParagraphKind kind, String text, List<InlineSpan> spans, List<Run> runs) {
    }

    private final boolean titleAnywhere;
    private String headline;
    private final List<Done> done = new ArrayList<>();
    private final Map<String, RelatedLink> links = new LinkedHashMap<>();
    private final List<ImportNote> warnings = new ArrayList<>();
    private String documentLanguage;
    private String byline = "";

    private Block block;
    private final StringBuilder text = new StringBuilder();
    private final List<InlineSpan> spans = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final EnumMap<InlineStyle, Integer> depth = new EnumMap<>(InlineStyle.class);
    private final EnumMap<InlineStyle, Integer> openAt = new EnumMap<>(InlineStyle.class);

    /** @param titleAnywhere true: the first title block is the headline wherever it is; false: only before any text */
    BodyBuilder(boolean titleAnywhere) {
        this.titleAnywhere = titleAnywhere;
        for (InlineStyle s : InlineStyle.values()) {
            depth.put(s, 0);
        }
    }

    void documentLanguage(String tag) {
        String l = Lang.normalize(tag);
        if (l != null) {
            documentLanguage = l;
        }
    }

    String documentLanguage() {
        return documentLanguage;
    }

    void byline(String b) {
        if (b != null) {
            byline = collapse(b);
        }
    }

    boolean hasHeadline() {
        return headline != null;
    }

    void headline(String h) {
        String t = collapse(h).strip();
        if (!t.isEmpty()) {
            headline = t;
        }
    }

    void warn(ImportNote w) {
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
    }

    void link(String targetId, String note) {
        links.putIfAbsent(targetId, new RelatedLink(targetId, Relation.SEE_ALSO, note == null || note.isBlank() ? null : note.strip()));
    }

    /** The kind the next text starts a block of, if no block is open. */
    void begin(Block kind) {
        if (text.length() == 0) {
            block = kind;
        }
    }

    /** Appends text, collapsing runs of white space to one space and never starting a paragraph with one. */
    void append(String raw, String language, Block kindIfNew) {
        if (raw.isEmpty()) {
            return;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        String lang = Lang.normalize(language);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                    extendRun(lang);
                }
            } else {
                if (text.length() == 0 && block == null) {
                    block = kindIfNew;
                }
                text.append(c);
                extendRun(lang);
            }
        }
    }

    int length() {
        return text.length();
    }

    private void extendRun(String lang) {
        int end = text.length();
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (Objects.equals(last.language(), lang) && last.end() == end - 1) {
                runs.set(runs.size() - 1, new Run(last.start(), end, lang));
                return;
            }
        }
        runs.add(new Run(end - 1, end, lang));
    }

    /** Only spaces, no-break spaces and zero-width characters: a spacer paragraph, not text. */
    private static boolean isBlankish(CharSequence t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isSpace(c) && c != '\u00A0' && c != '\u202F' && c != '\u2007' && c != '\u200B' && c != '\uFEFF'
                    && c != '\u2060') {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    void startStyle(InlineStyle s) {
        int d = depth.get(s);
        if (d == 0) {
            openAt.put(s, text.length());
        }
        depth.put(s, d + 1);
    }

    void endStyle(InlineStyle s) {
        int d = depth.get(s);
        if (d == 0) {
            return;
        }
        depth.put(s, d - 1);
        if (d == 1) {
            addSpan(openAt.get(s), text.length(), s);
        }
    }

    private void addSpan(int start, int end, InlineStyle s) {
        if (end > start) {
            spans.add(new InlineSpan(start, end, s));
        }
    }

    /** Ends the open paragraph, if it holds any text; emphasis still open carries on into the next one. */
    void endBlock() {
        if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (text.length() == 0 || isBlankish(text)) {
            text.setLength(0);
            block = null;
            for (InlineStyle s : InlineStyle.values()) {
                openAt.put(s, 0);
            }
            runs.clear();
            spans.clear();
            return;
        }
        String t = text.toString();
        List<InlineSpan> sp = new ArrayList<>(spans);
        for (InlineStyle s : InlineStyle.values()) {
            if (depth.get(s) > 0) {
                addSpanTo(sp, openAt.get(s), t.length(), s);
                openAt.put(s, 0);
            }
        }
        List<InlineSpan> clean = cleanSpans(t, sp);
        List<Run> rs = new ArrayList<>();
        for (Run r : runs) {
            int e = Math.min(r.end(), t.length());
            if (e > r.start()) {
                rs.add(new Run(r.start(), e, r.language()));
            }
        }
        Block b = block == null ? Block.PARAGRAPH : block;
        if (b == Block.TITLE && headline == null && (titleAnywhere || done.isEmpty())) {
            headline = t;
        } else {
            ParagraphKind kind = switch (b) {
                case TITLE, SUBHEADING -> ParagraphKind.SUBHEADING;
                case BLOCKQUOTE -> ParagraphKind.BLOCKQUOTE;
                case PARAGRAPH -> ParagraphKind.PARAGRAPH;
            };
            done.add(new Done(kind, t, clean, rs));
        }
        text.setLength(0);
        spans.clear();
        runs.clear();
        block = null;
    }

    private static void addSpanTo(List<InlineSpan> sp, int start, int end, InlineStyle s) {
        if (end > start) {
            sp.add(new InlineSpan(start, end, s));
        }
    }

    /** Clamps spans to the text, trims white space off their ends, and merges touching spans of one style. */
    private static List<InlineSpan> cleanSpans(String t, List<InlineSpan> in) {
        List<InlineSpan> out = new ArrayList<>();
        for (InlineStyle style : InlineStyle.values()) {
            List<int[]> ranges = new ArrayList<>();
            for (InlineSpan s : in) {
                if (s.style() != style) {
                    continue;
                }
                int a = Math.min(s.start(), t.length());
                int e = Math.min(s.end(), t.length());
                while (a < e && t.charAt(a) == ' ') {
                    a++;
                }
                while (e > a && t.charAt(e - 1) == ' ') {
                    e--;
                }
                if (e > a) {
                    ranges.add(new int[] {a, e});
                }
            }
            ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
            int[] cur = null;
            for (int[] r : ranges) {
                if (cur != null && r[0] <= cur[1] + 1 && (r[0] <= cur[1] || t.charAt(cur[1]) == ' ')) {
                    cur[1] = Math.max(cur[1], r[1]);
                } else {
                    if (cur != null) {
                        out.add(new InlineSpan(cur[0], cur[1], style));
                    }
                    cur = r;
                }
            }
            if (cur != null) {
                out.add(new InlineSpan(cur[0], cur[1], style));
            }
        }
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : x.style().compareTo(y.style()));
        return out;
    }

    List<Paragraph> paragraphs() {
        endBlock();
        return done.stream().map(d -> new Paragraph(d.kind(), d.text(), d.spans())).toList();
    }

    /**
     * The draft: the primary language is {@code language} if given, else the document's own, else "en"; text in any
     * other language gets a hand-set (MANUAL) language mark, because an author or editor set it explicitly. Without a
     * headline, a short first paragraph becomes the headline, else the file name does (with a warning).
     */
    ImportResult finish(String fileName, String format, String language, Instant now, String encoding) {
        endBlock();
        String primary = Lang.normalize(language);
        if (primary == null) {
            primary = documentLanguage != null ? documentLanguage : "en";
        }
        if (headline == null) {
            if (!done.isEmpty() && done.get(0).text().length() <= 200) {
                headline = done.remove(0).text();
            } else {
                headline = stem(fileName);
                warn(ImportNote.of(ImportNote.Code.NO_HEADLINE));
            }
        }
        List<Paragraph> body = new ArrayList<>();
        List<LanguageMark> marks = new ArrayList<>();
        int pos = 0;
        for (Done d : done) {
            body.add(new Paragraph(d.kind(), d.text(), d.spans()));
            for (Run r : d.runs()) {
                if (r.language() == null || r.language().equals(primary)) {
                    continue;
                }
                int s = pos + r.start();
                int e = pos + r.end();
                while (s < e && d.text().charAt(s - pos) == ' ') {
                    s++;
                }
                if (e <= s) {
                    continue;
                }
                if (!marks.isEmpty()) {
                    LanguageMark last = marks.get(marks.size() - 1);
                    if (last.language().equals(r.language()) && (last.end() == s || last.end() + 1 == s)) {
                        marks.set(marks.size() - 1, new LanguageMark(last.start(), e, last.language(), MarkOrigin.MANUAL));
                        continue;
                    }
                }
                marks.add(new LanguageMark(s, e, r.language(), MarkOrigin.MANUAL));
            }
            pos += d.text().length() + 1;
        }
        Article a = Article.draft("new", headline, primary, now).withByline(byline).withBody(body)
                .withLanguageMarks(marks).withLinks(List.copyOf(links.values()));
        return new ImportResult(fileName, format, encoding, a, List.copyOf(warnings));
    }

    static String stem(String fileName) {
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String collapse(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb.toString().strip(), Normalizer.Form.NFC);
    }
}
