package org.copydesk.importing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages and fragments (jsoup, which tolerates any markup). From a page, the article body is taken: the
 * {@code <article>} with the most text, else {@code <main>}, else the element holding the most paragraph text.
 * Scripts, styles, navigation, headers, footers, asides, forms and frames are dropped. {@code <h1>} (else
 * {@code <title>}) is the headline; {@code <p>}, {@code <h2>}-{@code <h6>} (subheadings) and {@code <blockquote>}
 * are paragraph kinds; {@code <em>/<i>} and {@code <strong>/<b>} inline emphasis; {@code lang} attributes language
 * marks. Only text nodes become text: no markup ever reaches the article.
 */
final class HtmlImporter {
    private static final String DROPPED = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "applet, svg, math, canvas, video, audio, map, form, button, input, select, textarea, nav, aside, "
            + "footer, dialog, head";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "li", "ul",
            "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption", "figure",
            "figcaption", "pre", "address", "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "body",
            "center", "details", "summary", "hgroup");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private HtmlImporter() {
    }

    static ImportResult importHtml(String fileName, byte[] bytes, String language, Instant now,
                                   Predicate<String> knownIds) throws ImportException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        TextDecoder.Decoded d = TextDecoder.decode(fileName, bytes, m.find() ? m.group(1) : null);
        Document doc = Jsoup.parse(d.text());
        BodyBuilder out = new BodyBuilder(true);
        if (d.guessed()) {
            out.warn(PlainTextImporter.encodingWarning(d.encoding()));
        }
        out.documentLanguage(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
        if (doc.body() != null && doc.body().hasAttr("lang")) {
            out.documentLanguage(doc.body().attr("lang"));
        }
        String title = doc.title();
        Element author = doc.selectFirst("meta[name=author], meta[property=article:author], meta[name=byl]");
        boolean hasByline = false;
        if (author != null && !author.attr("content").isBlank() && !author.attr("content").contains("://")) {
            out.byline(author.attr("content").replaceFirst("(?i)^by\\s+", ""));
            hasByline = true;
        }
        int scripts = doc.select("script").size();
        doc.select(DROPPED).remove();
        if (scripts > 0) {
            out.warn(ImportNote.of(ImportNote.Code.SCRIPTS_REMOVED));
        }
        Element root = articleRoot(doc);
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            Element any = doc.body() == null ? null : doc.body().selectFirst("h1");
            if (any != null && !any.text().isBlank() && (title.isBlank() || title.contains(any.text().strip()))) {
                h1 = any;
            }
        }
        if (h1 != null && !h1.text().isBlank()) {
            out.headline(h1.text());
            h1.remove();
        } else if (!title.isBlank()) {
            // "Headline | Site name": the site's name is not part of the headline
            int bar = title.indexOf(" | ");
            out.headline(bar >= 10 ? title.substring(0, bar) : title);
        }
        if (!hasByline) {
            Element by = root.selectFirst("[rel=author], .byline, .author, [itemprop=author]");
            if (by != null && by.text().length() <= 120 && !by.text().isBlank()) {
                out.byline(by.text().replaceFirst("(?i)^by\\s+", ""));
                by.remove();
            }
        }
        root.select("header").remove();
        new Walker(out, knownIds, inheritedLang(root)).walk(root);
        ImportResult r = out.finish(fileName, "html", language, now, d.encoding());
        if (r.draft().body().isEmpty()) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NO_HTML_TEXT));
        }
        return r;
    }

    /** Paragraphs of an HTML fragment (a paste): same rules as a page, every heading a subheading, no headline. */
    static List<Paragraph> fragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        // a whole page on the clipboard: its head (title, meta) lands in the fragment's body
        doc.select(DROPPED.replace(", head", ", title, meta, link, base")).remove();
        BodyBuilder out = new BodyBuilder(true);
        out.headline("fragment");
        new Walker(out, id -> false, null).walk(doc.body());
        return out.paragraphs();
    }

    private static String inheritedLang(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.hasAttr("lang")) {
                return p.attr("lang");
            }
            if (p.hasAttr("xml:lang")) {
                return p.attr("xml:lang");
            }
        }
        return null;
    }

    /** The element holding the story: the largest article, else main, else the densest block, else body. */
    static Element articleRoot(Document doc) {
        Element best = null;
        for (Element a : doc.select("article")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null && best.text().length() > 0) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null && main.text().length() > 0) {
            return main;
        }
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        Element densest = null;
        int top = 0;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                densest = e.getKey();
            }
        }
        while (densest != null && !BLOCKS.contains(densest.normalName()) && densest.parent() != null) {
            densest = densest.parent();
        }
        if (densest != null && doc.body() != null && top * 2 >= paragraphText(doc.body())) {
            return densest;
        }
        return doc.body() != null ? doc.body() : doc;
    }

    private static int paragraphText(Element body) {
        int n = 0;
        for (Element p : body.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Walks the DOM: text nodes to text, block elements to paragraph breaks, emphasis and lang to spans and marks. */
    private static final class Walker implements NodeVisitor {
        private final BodyBuilder out;
        private final Predicate<String> knownIds;
        private final Deque<String> langs = new ArrayDeque<>();
        private final Deque<Element> langOwners = new ArrayDeque<>();
        private int quote;
        private int heading;
        private int h1;
        private int qDepth;

        Walker(BodyBuilder out, Predicate<String> knownIds, String rootLang) {
            this.out = out;
            this.knownIds = knownIds;
            if (rootLang != null) {
                langs.push(rootLang);
                langOwners.push(new Element("root"));
            }
        }

        void walk(Element root) {
            NodeTraversor.traverse(this, root);
            out.endBlock();
        }

        private BodyBuilder.Block kind() {
            if (h1 > 0) {
                return BodyBuilder.Block.TITLE;
            }
            if (heading > 0) {
                return BodyBuilder.Block.SUBHEADING;
            }
            return quote > 0 ? BodyBuilder.Block.BLOCKQUOTE : BodyBuilder.Block.PARAGRAPH;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText(), langs.peek(), kind());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            String lang = e.hasAttr("lang") ? e.attr("lang") : e.hasAttr("xml:lang") ? e.attr("xml:lang") : null;
            if (lang != null && depth > 0) {
                langs.push(lang);
                langOwners.push(e);
            }
            if (BLOCKS.contains(tag)) {
                out.endBlock();
            }
            switch (tag) {
                case "h1" -> h1++;
                case "h2", "h3", "h4", "h5", "h6" -> heading++;
                case "blockquote" -> quote++;
                case "em", "i", "cite", "dfn" -> out.startStyle(InlineStyle.ITALIC);
                case "strong", "b" -> out.startStyle(InlineStyle.BOLD);
                case "a" -> StoryLinks.targetOf(e.attr("href"), knownIds).ifPresent(id -> out.link(id, e.text()));
                case "q" -> {
                    out.append(quoteMark(true), langs.peek(), kind());
                    qDepth++;
                }
                default -> {
                }
            }
        }

        /** What a browser shows around {@code <q>}: the marks of the quotation's language. */
        private String quoteMark(boolean open) {
            String lang = Lang.normalize(langs.peek());
            if (qDepth > 0 && open || qDepth > 1 && !open) {
                return open ? "‘" : "’";
            }
            if ("fr".equals(lang)) {
                return open ? "«\u00A0" : "\u00A0»";
            }
            if ("de".equals(lang)) {
                return open ? "„" : "“";
            }
            return open ? "“" : "”";
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            switch (tag) {
                case "h1" -> h1--;
                case "h2", "h3", "h4", "h5", "h6" -> heading--;
                case "blockquote" -> quote--;
                case "em", "i", "cite", "dfn" -> out.endStyle(InlineStyle.ITALIC);
                case "strong", "b" -> out.endStyle(InlineStyle.BOLD);
                case "q" -> {
                    out.append(quoteMark(false), langs.peek(), kind());
                    qDepth--;
                }
                default -> {
                }
            }
            if (BLOCKS.contains(tag)) {
                out.endBlock();
            }
            if (!langOwners.isEmpty() && langOwners.peek() == e) {
                langOwners.pop();
                langs.pop();
            }
        }
    }
}
