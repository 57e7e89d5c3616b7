package org.copydesk.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;

/**
 * An article's body as blocks of properly nested inline elements, which every exporter renders. Built from the
 * paragraphs (kind, bold, italic) and the analysis (language segments, quotations). Where spans overlap without
 * nesting, the inner one is split so that the tree stays well formed: quotations are outermost, then foreign-language
 * segments, then bold, then italic.
 */
final class StyledBody {
    /** What an element means. */
    enum Kind {
        QUOTE, LANG, BOLD, ITALIC
    }

    sealed interface Node permits Text, Element {
    }

    record Text(String text) implements Node {
    }

    /** {@code language} is set for LANG, {@code depth} for QUOTE. */
    record Element(Kind kind, String language, int depth, List<Node> children) implements Node {
        Element {
            children = List.copyOf(children);
        }
    }

    /** One paragraph, subheading or block quotation; {@code text} is its (possibly re-quoted) plain text. */
    record Block(ParagraphKind kind, String text, List<Node> content) {
        Block {
            content = List.copyOf(content);
        }

        boolean isBlank() {
            return text.isBlank();
        }
    }

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private record Range(int start, int end, Kind kind, String language, int depth) {
        Range shiftedTo(int s, int e) {
            return new Range(s, e, kind, language, depth);
        }
    }

    private final List<Block> blocks;
    private final String text;

    private StyledBody(List<Block> blocks, String text) {
        this.blocks = List.copyOf(blocks);
        this.text = text;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The body text as exported (paragraphs joined by '\n'). */
    String text() {
        return text;
    }

    /** True when two language tags name the same language (primary subtags compared, case ignored). */
    static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    static boolean isLanguageTag(String tag) {
        return tag != null && LANGUAGE_TAG.matcher(tag).matches();
    }

    /**
     * Builds the styled body. Spans of the analysis that run past the text (a stale analysis) are clipped.
     *
     * @param fixes replacements to make in the body text first (typographic quotation marks), every span moved
     *              along; sorted, non-overlapping ones within the text and without line breaks are applied, others
     *              ignored
     */
    static StyledBody of(Article article, Analysis analysis, List<TextReplacement> fixes) {
        String body = article.bodyText();
        int n = body.length();
        List<Range> ranges = new ArrayList<>();
        for (LanguageSegment s : analysis.segments()) {
            if (!sameLanguage(s.language(), article.language()) && isLanguageTag(s.language())) {
                addClipped(ranges, new Range(s.start(), s.end(), Kind.LANG, s.language(), 0), n);
            }
        }
        for (Quotation q : analysis.quotations()) {
            addClipped(ranges, new Range(q.start(), q.end(), Kind.QUOTE, null, Math.max(0, q.depth())), n);
        }
        int[] starts = article.paragraphStarts();
        for (int i = 0; i < article.body().size(); i++) {
            Paragraph p = article.body().get(i);
            for (InlineSpan s : p.inline()) {
                Kind k = s.style() == InlineStyle.BOLD ? Kind.BOLD : Kind.ITALIC;
                addClipped(ranges, new Range(starts[i] + s.start(), starts[i] + s.end(), k, null, 0), n);
            }
        }
        if (fixes != null && !fixes.isEmpty()) {
            List<TextReplacement> reps = usable(fixes, n);
            if (!reps.isEmpty()) {
                List<Range> mapped = new ArrayList<>();
                for (Range r : ranges) {
                    mapped.add(r.shiftedTo(map(r.start(), reps), map(r.end(), reps)));
                }
                ranges = mapped;
                body = apply(body, reps);
            }
        }
        List<Block> blocks = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        int pos = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            ParagraphKind kind = i < article.body().size() ? article.body().get(i).kind() : ParagraphKind.PARAGRAPH;
            List<Range> local = new ArrayList<>();
            for (Range r : ranges) {
                int s = Math.max(r.start(), pos) - pos;
                int e = Math.min(r.end(), pos + line.length()) - pos;
                if (r.kind() == Kind.LANG) {
                    // a language span holds the words: not the spaces or quotation marks around them
                    while (s < e && isEdge(line.charAt(s))) {
                        s++;
                    }
                    while (e > s && isEdge(line.charAt(e - 1))) {
                        e--;
                    }
                }
                if (s < e) {
                    local.add(r.shiftedTo(s, e));
                }
            }
            blocks.add(new Block(kind, line, nest(line, tidyLanguageRanges(line, local))));
            pos += line.length() + 1;
        }
        if (article.body().isEmpty()) {
            blocks.clear();
        }
        return new StyledBody(blocks, body);
    }

    /**
     * A language segment that runs out of a quotation by nothing but punctuation or spaces (a segmenter takes the
     * closing mark and the full stop along) ends with the quotation, and one that reaches into it that way starts
     * with it; then its edges are trimmed again, and a segment left without a letter or digit is dropped. So a
     * French quotation reads {@code “<span lang="fr">…</span>”}, not split around the closing mark.
     */
    private static List<Range> tidyLanguageRanges(String line, List<Range> ranges) {
        List<Range> out = new ArrayList<>();
        for (Range r : ranges) {
            if (r.kind() != Kind.LANG) {
                out.add(r);
                continue;
            }
            int s = r.start();
            int e = r.end();
            for (Range q : ranges) {
                if (q.kind() != Kind.QUOTE) {
                    continue;
                }
                if (s > q.start() && s < q.end() && e > q.end() && !hasWordChar(line, q.end(), e)) {
                    e = q.end();
                }
                if (e > q.start() && e < q.end() && s < q.start() && !hasWordChar(line, s, q.start())) {
                    s = q.start();
                }
            }
            while (s < e && isEdge(line.charAt(s))) {
                s++;
            }
            while (e > s && isEdge(line.charAt(e - 1))) {
                e--;
            }
            if (s < e && hasWordChar(line, s, e)) {
                out.add(r.shiftedTo(s, e));
            }
        }
        return out;
    }

    private static boolean hasWordChar(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** White space and quotation marks: trimmed from the ends of a language span. */
    static boolean isEdge(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '\''
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || "\u201E\u201A\u00AB\u00BB\u2039\u203A".indexOf(c) >= 0;
    }

    /** The part of {@code text} a language span covers: without the edges {@link #isEdge} trims. */
    static String core(String text) {
        int s = 0;
        int e = text.length();
        while (s < e && isEdge(text.charAt(s))) {
            s++;
        }
        while (e > s && isEdge(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(s, e);
    }

    private static void addClipped(List<Range> out, Range r, int n) {
        int s = Math.max(0, r.start());
        int e = Math.min(n, r.end());
        if (s < e) {
            out.add(r.shiftedTo(s, e));
        }
    }

    private static List<TextReplacement> usable(List<TextReplacement> fixes, int n) {
        List<TextReplacement> sorted = new ArrayList<>(fixes);
        sorted.sort(Comparator.comparingInt(TextReplacement::start));
        List<TextReplacement> out = new ArrayList<>();
        int last = 0;
        for (TextReplacement r : sorted) {
            if (r.start() >= last && r.end() >= r.start() && r.end() <= n && r.replacement() != null
                    && r.replacement().indexOf('\n') < 0) {
                out.add(r);
                last = r.end();
            }
        }
        return out;
    }

    /** Where offset {@code x} of the old text lands in the new one. */
    private static int map(int x, List<TextReplacement> reps) {
        int delta = 0;
        for (TextReplacement r : reps) {
            if (r.end() <= x && !(r.start() == r.end() && r.start() == x)) {
                delta += r.replacement().length() - (r.end() - r.start());
            } else if (r.start() < x) {
                return r.start() + delta + Math.min(x - r.start(), r.replacement().length());
            } else {
                break;
            }
        }
        return x + delta;
    }

    private static String apply(String text, List<TextReplacement> reps) {
        StringBuilder sb = new StringBuilder(text.length() + reps.size() * 2);
        int pos = 0;
        for (TextReplacement r : reps) {
            sb.append(text, pos, r.start()).append(r.replacement());
            pos = r.end();
        }
        return sb.append(text, pos, text.length()).toString();
    }

    /** Mutable element under construction. */
    private static final class Frame {
        final Range range;
        final List<Node> children = new ArrayList<>();

        Frame(Range range) {
            this.range = range;
        }

        Element toElement() {
            return new Element(range.kind(), range.language(), range.depth(), children);
        }
    }

    /** Nests the ranges over one block's text, splitting a range where it crosses the end of an enclosing one. */
    private static List<Node> nest(String text, List<Range> ranges) {
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        bounds.add(text.length());
        for (Range r : ranges) {
            bounds.add(r.start());
            bounds.add(r.end());
        }
        List<Range> byStart = new ArrayList<>(ranges);
        byStart.sort(Comparator.comparingInt(Range::start)
                .thenComparing(Comparator.comparingInt(Range::end).reversed())
                .thenComparingInt(r -> r.kind().ordinal())
                .thenComparingInt(Range::depth));
        List<Node> root = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int next = 0;
        Integer[] points = bounds.toArray(new Integer[0]);
        for (int bi = 0; bi < points.length; bi++) {
            int p = points[bi];
            // close every open range that ends here, reopening the ones it cut through
            List<Frame> open = new ArrayList<>(stack);
            Collections.reverse(open); // outermost first
            int cut = -1;
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).range.end() <= p) {
                    cut = i;
                    break;
                }
            }
            if (cut >= 0) {
                List<Range> reopen = new ArrayList<>();
                while (stack.size() > cut) {
                    Frame f = stack.pop();
                    attach(f, stack, root);
                    if (f.range.end() > p) {
                        reopen.add(0, f.range);
                    }
                }
                for (Range r : reopen) {
                    stack.push(new Frame(r));
                }
            }
            while (next < byStart.size() && byStart.get(next).start() == p) {
                stack.push(new Frame(byStart.get(next++)));
            }
            if (bi + 1 < points.length) {
                String piece = text.substring(p, points[bi + 1]);
                if (!piece.isEmpty()) {
                    (stack.isEmpty() ? root : stack.peek().children).add(new Text(piece));
                }
            }
        }
        while (!stack.isEmpty()) {
            attach(stack.pop(), stack, root);
        }
        return root;
    }

    private static void attach(Frame f, Deque<Frame> stack, List<Node> root) {
        if (f.children.isEmpty()) {
            return;
        }
        (stack.isEmpty() ? root : stack.peek().children).add(f.toElement());
    }

    /** The plain text of some nodes. */
    static String plain(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        appendPlain(nodes, sb);
        return sb.toString();
    }

    private static void appendPlain(List<Node> nodes, StringBuilder sb) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                sb.append(t.text());
            } else if (n instanceof Element e) {
                appendPlain(e.children(), sb);
            }
        }
    }
}
