package org.copydesk.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.model.InlineStyle;

/**
 * The subset of Markdown copy arrives in: ATX and setext headings ("# Title" is the headline when it comes first,
 * "##" and lower are subheadings), paragraphs (hard-wrapped lines joined), block quotes, list items (one paragraph
 * each), {@code *x*} / {@code _x_} italic, {@code **x**} / {@code __x__} bold, {@code ***x***} both, code spans and
 * fences (kept as plain text), inline and reference links (the text is kept; a link to another story becomes a
 * related link). Images are left out with a warning; inline HTML tags are dropped, their text kept.
 */
final class MarkdownImporter {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
    private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-+[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ ]?(.*)$");
    private static final Pattern ITEM = Pattern.compile("^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+(.*)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern REF_DEF = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:[ \\t]*<?([^\\s>]+)>?(?:[ \\t]+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?[ \\t]*$");
    private static final Pattern HTML_TAG = Pattern.compile("^</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern AUTOLINK = Pattern.compile("^<((?:https?|mailto):[^\\s<>]+)>");

    /** Longer link texts and targets are not links (and scanning for them stays cheap). */
    private static final int MAX_LINK_TEXT = 1000;
    private static final int MAX_LINK_TARGET = 2000;

    private final BodyBuilder out = new BodyBuilder(false);
    private final Map<String, String> refs = new HashMap<>();
    private final Predicate<String> knownIds;
    private final List<String> pending = new ArrayList<>();
    private BodyBuilder.Block pendingKind = BodyBuilder.Block.PARAGRAPH;

    private MarkdownImporter(Predicate<String> knownIds) {
        this.knownIds = knownIds;
    }

    static ImportResult importMarkdown(String fileName, byte[] bytes, String language, Instant now,
                                       Predicate<String> knownIds) throws ImportException {
        TextDecoder.Decoded d = TextDecoder.decode(fileName, bytes);
        MarkdownImporter md = new MarkdownImporter(knownIds);
        md.parse(d.text());
        if (d.guessed()) {
            md.out.warn(PlainTextImporter.encodingWarning(d.encoding()));
        }
        ImportResult r = md.out.finish(fileName, "markdown", language, now, d.encoding());
        if (r.draft().body().isEmpty() && r.draft().headline().isBlank()) {
            throw new ImportException(fileName + ": the file has no text");
        }
        return r;
    }

    private void parse(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            Matcher m = REF_DEF.matcher(line);
            if (m.matches()) {
                refs.put(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2));
            } else {
                kept.add(line);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            Matcher m;
            if (line.isBlank()) {
                flush();
            } else if ((m = FENCE.matcher(line)).matches()) {
                flush();
                String fence = m.group(1);
                i++;
                while (i < kept.size() && !kept.get(i).strip().startsWith(fence)) {
                    if (!kept.get(i).isBlank()) {
                        out.append(kept.get(i), null, BodyBuilder.Block.PARAGRAPH);
                        out.endBlock();
                    }
                    i++;
                }
                out.warn("a code block is kept as plain text");
            } else if (!pending.isEmpty() && pendingKind == BodyBuilder.Block.PARAGRAPH && SETEXT_1.matcher(line).matches()) {
                pendingKind = BodyBuilder.Block.TITLE;
                flush();
            } else if (!pending.isEmpty() && pendingKind == BodyBuilder.Block.PARAGRAPH && SETEXT_2.matcher(line).matches()) {
                pendingKind = BodyBuilder.Block.SUBHEADING;
                flush();
            } else if ((m = ATX.matcher(line)).matches()) {
                flush();
                String t = m.group(2) == null ? "" : m.group(2);
                pendingKind = m.group(1).length() == 1 ? BodyBuilder.Block.TITLE : BodyBuilder.Block.SUBHEADING;
                pending.add(t);
                flush();
            } else if (RULE.matcher(line).matches()) {
                flush();
            } else if ((m = QUOTE.matcher(line)).matches()) {
                if (pendingKind != BodyBuilder.Block.BLOCKQUOTE) {
                    flush();
                    pendingKind = BodyBuilder.Block.BLOCKQUOTE;
                }
                String rest = m.group(1);
                Matcher nested = QUOTE.matcher(rest);
                while (nested.matches()) {
                    rest = nested.group(1);
                    nested = QUOTE.matcher(rest);
                }
                if (rest.isBlank()) {
                    flush();
                    pendingKind = BodyBuilder.Block.BLOCKQUOTE;
                } else {
                    pending.add(rest);
                }
            } else if ((m = ITEM.matcher(line)).matches()) {
                flush();
                pending.add(m.group(1));
            } else {
                pending.add(line);
            }
        }
        flush();
    }

    private void flush() {
        if (!pending.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (String l : pending) {
                String s = l.strip();
                if (s.endsWith("\\")) {
                    s = s.substring(0, s.length() - 1);
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s);
            }
            out.begin(pendingKind);
            misses.clear();
            inline(sb.toString(), 0, sb.length());
            out.endBlock();
            pending.clear();
        }
        pendingKind = BodyBuilder.Block.PARAGRAPH;
    }

    private void emit(String s) {
        out.append(s, null, pendingKind);
    }

    /** Parses emphasis, code spans, links and escapes in {@code s[from, to)} into the builder. */
    private void inline(String s, int from, int to) {
        int i = from;
        StringBuilder lit = new StringBuilder();
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && isAsciiPunct(s.charAt(i + 1))) {
                lit.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int n = run(s, i, to, '`');
                int close = findRun(s, i + n, to, '`', n);
                if (close < 0) {
                    lit.append(s, i, i + n);
                    i += n;
                } else {
                    String code = s.substring(i + n, close);
                    if (code.length() > 2 && code.startsWith(" ") && code.endsWith(" ")) {
                        code = code.substring(1, code.length() - 1);
                    }
                    lit.append(code);
                    i = close + n;
                }
            } else if (c == '*' || c == '_') {
                int n = run(s, i, to, c);
                int close = n <= 3 && canOpen(s, i, n, to, c) ? findCloser(s, i + n, to, c, n) : -1;
                if (close < 0) {
                    lit.append(s, i, i + n);
                    i += n;
                } else {
                    flushLit(lit);
                    if (n >= 2) {
                        out.startStyle(InlineStyle.BOLD);
                    }
                    if (n != 2) {
                        out.startStyle(InlineStyle.ITALIC);
                    }
                    inline(s, i + n, close);
                    if (n != 2) {
                        out.endStyle(InlineStyle.ITALIC);
                    }
                    if (n >= 2) {
                        out.endStyle(InlineStyle.BOLD);
                    }
                    i = close + n;
                }
            } else if (c == '!' && i + 1 < to && s.charAt(i + 1) == '[') {
                int[] link = link(s, i + 1, to);
                if (link == null) {
                    lit.append(c);
                    i++;
                } else {
                    out.warn("an image is left out: " + s.substring(i + 2, link[0]));
                    i = link[1];
                }
            } else if (c == '[') {
                int[] link = link(s, i, to);
                if (link == null) {
                    lit.append(c);
                    i++;
                } else {
                    flushLit(lit);
                    String target = this.href;
                    String linkText = s.substring(i + 1, link[0]);
                    inline(s, i + 1, link[0]);
                    StoryLinks.targetOf(target, knownIds).ifPresent(id -> out.link(id, plain(linkText)));
                    i = link[1];
                }
            } else if (c == '<') {
                int window = Math.min(to, i + MAX_LINK_TARGET);
                Matcher auto = AUTOLINK.matcher(s).region(i, window);
                Matcher tag = HTML_TAG.matcher(s).region(i, window);
                if (auto.lookingAt()) {
                    lit.append(auto.group(1));
                    i = auto.end();
                } else if (tag.lookingAt()) {
                    out.warn("HTML tags inside Markdown are dropped (their text is kept)");
                    i = tag.end();
                } else {
                    lit.append(c);
                    i++;
                }
            } else {
                lit.append(c);
                i++;
            }
        }
        flushLit(lit);
    }

    private String href;

    /**
     * A link starting at {@code s[open] == '['}: returns {end of text (the ']'), index after the link} and sets
     * {@link #href}, or null when this is no link.
     */
    private int[] link(String s, int open, int to) {
        int depth = 0;
        int close = -1;
        int textEnd = Math.min(to, open + MAX_LINK_TEXT);
        for (int j = open; j < textEnd; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    close = j;
                    break;
                }
            }
        }
        if (close < 0) {
            return null;
        }
        if (close + 1 < to && s.charAt(close + 1) == '(') {
            int paren = 0;
            int urlEnd = Math.min(to, close + 1 + MAX_LINK_TARGET);
            for (int j = close + 1; j < urlEnd; j++) {
                char c = s.charAt(j);
                if (c == '(') {
                    paren++;
                } else if (c == ')') {
                    paren--;
                    if (paren == 0) {
                        String inner = s.substring(close + 2, j).strip();
                        if (inner.startsWith("<") && inner.indexOf('>') > 0) {
                            href = inner.substring(1, inner.indexOf('>'));
                        } else {
                            int sp = indexOfSpace(inner);
                            href = sp < 0 ? inner : inner.substring(0, sp);
                        }
                        return new int[] {close, j + 1};
                    }
                }
            }
            return null;
        }
        if (close + 1 < to && s.charAt(close + 1) == '[') {
            int end = -1;
            for (int j = close + 2; j < Math.min(to, close + 2 + MAX_LINK_TEXT); j++) {
                if (s.charAt(j) == ']') {
                    end = j;
                    break;
                }
            }
            if (end > 0) {
                String label = s.substring(close + 2, end);
                if (label.isBlank()) {
                    label = s.substring(open + 1, close);
                }
                String url = refs.get(label.strip().toLowerCase(Locale.ROOT));
                if (url != null) {
                    href = url;
                    return new int[] {close, end + 1};
                }
            }
            return null;
        }
        String url = refs.get(s.substring(open + 1, close).strip().toLowerCase(Locale.ROOT));
        if (url != null) {
            href = url;
            return new int[] {close, close + 1};
        }
        return null;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private void flushLit(StringBuilder lit) {
        if (lit.length() > 0) {
            emit(lit.toString());
            lit.setLength(0);
        }
    }

    private static int run(String s, int i, int to, char c) {
        int j = i;
        while (j < to && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /**
     * For each (search, character, run length, end): the smallest start from which a search found nothing. A search
     * from further on cannot find anything either, so hostile text (thousands of unmatched markers) stays linear.
     */
    private final Map<String, Integer> misses = new HashMap<>();

    private boolean knownMiss(String kind, char c, int n, int from, int to) {
        Integer m = misses.get(kind + c + n + ':' + to);
        return m != null && from >= m;
    }

    private int miss(String kind, char c, int n, int from, int to) {
        misses.merge(kind + c + n + ':' + to, from, Math::min);
        return -1;
    }

    private int findRun(String s, int from, int to, char c, int n) {
        if (knownMiss("r", c, n, from, to)) {
            return -1;
        }
        int found = findRunUncached(s, from, to, c, n);
        return found < 0 ? miss("r", c, n, from, to) : found;
    }

    private static int findRunUncached(String s, int from, int to, char c, int n) {
        for (int j = from; j < to; ) {
            if (s.charAt(j) == c) {
                int r = run(s, j, to, c);
                if (r == n) {
                    return j;
                }
                j += r;
            } else {
                j++;
            }
        }
        return -1;
    }

    private static boolean canOpen(String s, int i, int n, int to, char c) {
        if (i + n >= to || Character.isWhitespace(s.charAt(i + n))) {
            return false;
        }
        return c != '_' || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    /** The start of a run of exactly n {@code c} that can close, skipping code spans and escapes. */
    private int findCloser(String s, int from, int to, char c, int n) {
        if (knownMiss("c", c, n, from, to)) {
            return -1;
        }
        int found = findCloserUncached(s, from, to, c, n);
        return found < 0 ? miss("c", c, n, from, to) : found;
    }

    private int findCloserUncached(String s, int from, int to, char c, int n) {
        for (int j = from; j < to; ) {
            char x = s.charAt(j);
            if (x == '\\') {
                j += 2;
            } else if (x == '`') {
                int r = run(s, j, to, '`');
                int close = findRun(s, j + r, to, '`', r);
                j = close < 0 ? j + r : close + r;
            } else if (x == c) {
                int r = run(s, j, to, c);
                boolean afterText = j > from && !Character.isWhitespace(s.charAt(j - 1));
                boolean okAfter = c != '_' || j + r >= to || !Character.isLetterOrDigit(s.charAt(j + r));
                if (r == n && afterText && okAfter) {
                    return j;
                }
                j += r;
            } else {
                j++;
            }
        }
        return -1;
    }

    private static boolean isAsciiPunct(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /** Link text without Markdown markers, for the related link's note. */
    private static String plain(String s) {
        return s.replaceAll("[*_`]", "").strip();
    }
}
