package org.copydesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Clipboard content as body paragraphs: HTML keeps its blocks (headings become subheadings, blockquotes blockquotes)
 * and loses every other styling; plain text is split at line breaks. Never throws on odd input.
 */
final class PastedText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li",
            "pre", "section", "article", "header", "footer", "ul", "ol", "table", "tr", "figure", "figcaption", "aside",
            "main", "nav", "dd", "dt", "dl", "address", "hr");
    private static final Set<String> SKIP = Set.of("script", "style", "head", "title", "noscript", "template", "svg");

    private PastedText() {
    }

    static List<Paragraph> fromPlain(String text) {
        if (text == null) {
            return List.of();
        }
        String t = clean(text.replace("\r\n", "\n").replace('\r', '\n'));
        List<Paragraph> out = new ArrayList<>();
        for (String line : t.split("\n", -1)) {
            out.add(Paragraph.of(line));
        }
        return out;
    }

    static List<Paragraph> fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Element body = Jsoup.parse(html).body();
        List<Paragraph> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(body, ParagraphKind.PARAGRAPH, line, out);
        flush(line, ParagraphKind.PARAGRAPH, out);
        return out;
    }

    private static void walk(Node node, ParagraphKind kind, StringBuilder line, List<Paragraph> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText().replaceAll("[\\s&&[^\\u00A0\\u202F]]+", " "));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush(line, kind, out);
                    continue;
                }
                if (BLOCKS.contains(tag)) {
                    ParagraphKind k = tag.matches("h[1-6]") ? ParagraphKind.SUBHEADING
                            : tag.equals("blockquote") ? ParagraphKind.BLOCKQUOTE : kind;
                    flush(line, kind, out);
                    walk(e, k, line, out);
                    flush(line, k, out);
                } else {
                    walk(e, kind, line, out);
                }
            }
        }
    }

    private static void flush(StringBuilder line, ParagraphKind kind, List<Paragraph> out) {
        String t = clean(line.toString()).strip();
        line.setLength(0);
        if (!t.isEmpty()) {
            out.add(Paragraph.of(kind, t));
        }
    }

    /** Drops control characters other than tab and line feed. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
