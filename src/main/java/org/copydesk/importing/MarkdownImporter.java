package org.copydesk.importing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.ParagraphKind;

/**
 * Markdown as CommonMark reads it (commonmark-java), with GitHub's tables and strikethrough:
 * <ul>
 * <li>a level-1 heading before any text is the headline; other headings are subheadings;</li>
 * <li>paragraphs (hard-wrapped lines joined), list items at any depth (one paragraph each, markers dropped) and
 * block quotes at any depth (block-quote paragraphs);</li>
 * <li>{@code *x*}/{@code _x_} italic, {@code **x**}/{@code __x__} bold, code spans and code blocks as plain text
 * (a code block one paragraph a line, with a warning);</li>
 * <li>inline and reference links keep their text; a link to another story becomes a related link (see also) with
 * the link text as its note;</li>
 * <li>a table becomes one paragraph a row, its cells separated by " | " (with a warning); struck-through text is
 * kept as ordinary text (with a warning naming it); images are left out (with a warning naming them);</li>
 * <li>HTML blocks are read as HTML (their paragraphs, kinds and emphasis; scripts and styles dropped), HTML tags
 * inside a paragraph are dropped and their text kept (with a warning); an HTML comment or block never closed is kept
 * as plain text rather than hiding the rest of the file.</li>
 * </ul>
 * Block and inline nesting deeper than {@link #MAX_NESTING} levels is read as text, and the tree is walked without
 * recursion, so hostile nesting costs neither stack nor a failure.
 */
final class MarkdownImporter {
    /** Deeper block or inline nesting is read as text (CommonMark-java's own limit; its default, said here). */
    static final int MAX_NESTING = 100;
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .maxOpenBlockParsers(MAX_NESTING).maxInlineNesting(MAX_NESTING).build();

    /** Longer link texts and targets make no related link. */
    static final int MAX_LINK_TEXT = 1000;
    static final int MAX_LINK_TARGET = 2000;
    /** How much of an image's description or struck text a warning quotes. */
    private static final int MAX_QUOTED = 80;
    static final ImportNote CODE_WARNING = ImportNote.of(ImportNote.Code.CODE_BLOCK);
    static final ImportNote HTML_WARNING = ImportNote.of(ImportNote.Code.HTML_IN_MARKDOWN);
    static final ImportNote UNCLOSED_WARNING = ImportNote.of(ImportNote.Code.UNCLOSED_HTML);
    private static final Pattern RAW_HTML = Pattern.compile("<(script|pre|style|textarea)(?=[\\s>]|$)");
    static final ImportNote TABLE_WARNING = ImportNote.of(ImportNote.Code.TABLE_AS_ROWS);

    private final BodyBuilder out = new BodyBuilder(false);
    private final Predicate<String> knownIds;
    private final Tally images = new Tally(ImportNote.Code.IMAGES_LEFT_OUT);
    private final Tally struck = new Tally(ImportNote.Code.STRUCK_TEXT_KEPT);
    private int quoteDepth;

    /** What a warning names: how many, and the first few. */
    private static final class Tally {
        private static final int NAMED = 3;
        private final ImportNote.Code code;
        private final List<String> names = new ArrayList<>();
        private int count;

        Tally(ImportNote.Code code) {
            this.code = code;
        }

        void add(String name) {
            count++;
            if (names.size() < NAMED && !name.isBlank()) {
                names.add(name.length() <= MAX_QUOTED ? name : name.substring(0, MAX_QUOTED) + "…");
            }
        }

        void warnInto(BodyBuilder out) {
            if (count == 0) {
                return;
            }
            String named = String.join(", ", names) + (count > names.size() && !names.isEmpty() ? ", …" : "");
            out.warn(ImportNote.of(code, Integer.toString(count), named));
        }
    }

    private MarkdownImporter(Predicate<String> knownIds) {
        this.knownIds = knownIds;
    }

    static ImportResult importMarkdown(String fileName, byte[] bytes, String language, Instant now,
                                       Predicate<String> knownIds) throws ImportException {
        TextDecoder.Decoded d = TextDecoder.decode(fileName, bytes);
        MarkdownImporter md = new MarkdownImporter(knownIds);
        md.walk(PARSER.parse(d.text()));
        md.images.warnInto(md.out);
        md.struck.warnInto(md.out);
        if (d.guessed()) {
            md.out.warn(PlainTextImporter.encodingWarning(d.encoding()));
        }
        ImportResult r = md.out.finish(fileName, "markdown", language, now, d.encoding());
        if (r.draft().body().isEmpty() && r.draft().headline().isBlank()) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NO_TEXT));
        }
        return r;
    }

    /** Depth-first over the tree, with an explicit path instead of the call stack. */
    private void walk(Node root) {
        Node n = root.getFirstChild();
        while (n != null) {
            if (enter(n) && n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (true) {
                leave(n);
                if (n.getNext() != null) {
                    n = n.getNext();
                    break;
                }
                n = n.getParent();
                if (n == null || n == root) {
                    n = null;
                    break;
                }
            }
        }
    }

    private BodyBuilder.Block textBlock() {
        return quoteDepth > 0 ? BodyBuilder.Block.BLOCKQUOTE : BodyBuilder.Block.PARAGRAPH;
    }

    /** Handles the start of a node; true to go into its children. */
    private boolean enter(Node n) {
        if (n instanceof Heading h) {
            out.endBlock();
            out.begin(quoteDepth > 0 ? BodyBuilder.Block.BLOCKQUOTE
                    : h.getLevel() == 1 ? BodyBuilder.Block.TITLE : BodyBuilder.Block.SUBHEADING);
        } else if (n instanceof Paragraph || n instanceof TableRow) {
            out.endBlock();
            out.begin(textBlock());
        } else if (n instanceof BlockQuote) {
            out.endBlock();
            quoteDepth++;
        } else if (n instanceof TableCell) {
            out.warn(TABLE_WARNING);
            if (n.getPrevious() != null) {
                out.append(" | ", null, textBlock());
            }
        } else if (n instanceof FencedCodeBlock f) {
            code(f.getLiteral());
            return false;
        } else if (n instanceof IndentedCodeBlock c) {
            code(c.getLiteral());
            return false;
        } else if (n instanceof HtmlBlock h) {
            html(h.getLiteral());
            return false;
        } else if (n instanceof LinkReferenceDefinition) {
            return false;
        } else if (n instanceof Text t) {
            out.append(t.getLiteral(), null, textBlock());
        } else if (n instanceof Code c) {
            out.append(c.getLiteral(), null, textBlock());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.append(" ", null, textBlock());
        } else if (n instanceof Emphasis) {
            out.startStyle(InlineStyle.ITALIC);
        } else if (n instanceof StrongEmphasis) {
            out.startStyle(InlineStyle.BOLD);
        } else if (n instanceof HtmlInline) {
            out.warn(HTML_WARNING);
        } else if (n instanceof Image) {
            images.add(plainText(n));
            return false;
        } else if (n instanceof Strikethrough) {
            struck.add(plainText(n));
        }
        return true;
    }

    /** Handles the end of a node whose children (if it was entered) are done. */
    private void leave(Node n) {
        if (n instanceof Heading || n instanceof Paragraph || n instanceof TableRow) {
            out.endBlock();
        } else if (n instanceof BlockQuote) {
            out.endBlock();
            quoteDepth--;
        } else if (n instanceof Emphasis) {
            out.endStyle(InlineStyle.ITALIC);
        } else if (n instanceof StrongEmphasis) {
            out.endStyle(InlineStyle.BOLD);
        } else if (n instanceof Link l) {
            String destination = l.getDestination();
            String note = plainText(l);
            if (destination != null && destination.length() <= MAX_LINK_TARGET && note.length() <= MAX_LINK_TEXT) {
                StoryLinks.targetOf(destination, knownIds).ifPresent(id -> out.link(id, note));
            }
        }
    }

    /** A code block: each of its non-blank lines a paragraph, as it is. */
    private void code(String literal) {
        out.endBlock();
        for (String line : literal.split("\n")) {
            if (!line.isBlank()) {
                out.append(line, null, textBlock());
                out.endBlock();
            }
        }
        out.warn(CODE_WARNING);
    }

    /**
     * An HTML block: read as an HTML fragment (its paragraphs, their kinds and emphasis). One that is never closed
     * (a comment, script, style, pre or textarea running to the end of the file) would hide the rest of the story:
     * its lines are kept as plain text instead.
     */
    private void html(String literal) {
        out.endBlock();
        if (unclosed(literal)) {
            out.warn(UNCLOSED_WARNING);
            for (String line : literal.split("\n")) {
                if (!line.isBlank()) {
                    out.append(line, null, textBlock());
                    out.endBlock();
                }
            }
            return;
        }
        List<org.copydesk.model.Paragraph> paragraphs = HtmlImporter.fragment(literal);
        if (!paragraphs.isEmpty() || !literal.isBlank()) {
            out.warn(HTML_WARNING);
        }
        for (org.copydesk.model.Paragraph p : paragraphs) {
            BodyBuilder.Block kind = quoteDepth > 0 || p.kind() == ParagraphKind.BLOCKQUOTE ? BodyBuilder.Block.BLOCKQUOTE
                    : p.kind() == ParagraphKind.SUBHEADING ? BodyBuilder.Block.SUBHEADING : BodyBuilder.Block.PARAGRAPH;
            out.begin(kind);
            replay(p.text(), p.inline(), kind);
            out.endBlock();
        }
    }

    /** True for an HTML block of a kind that runs until its closing marker, when that marker is missing. */
    static boolean unclosed(String literal) {
        String t = literal.stripLeading();
        String lower = t.toLowerCase(Locale.ROOT);
        Matcher raw = RAW_HTML.matcher(lower);
        String closer = lower.startsWith("<!--") ? "-->" : lower.startsWith("<?") ? "?>"
                : lower.startsWith("<![cdata[") ? "]]>" : raw.lookingAt() ? "</" + raw.group(1) + ">" : null;
        return closer != null && lower.indexOf(closer, 2) < 0;
    }

    /** Appends styled text: each stretch between two span ends at once, styles opened and closed around it. */
    private void replay(String text, List<InlineSpan> spans, BodyBuilder.Block kind) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (InlineSpan s : spans) {
            cuts.add(Math.min(s.start(), text.length()));
            cuts.add(Math.min(s.end(), text.length()));
        }
        Map<Integer, List<InlineSpan>> starting = new HashMap<>();
        Map<Integer, List<InlineSpan>> ending = new HashMap<>();
        for (InlineSpan s : spans) {
            starting.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(s);
            ending.computeIfAbsent(Math.min(s.end(), text.length()), k -> new ArrayList<>()).add(s);
        }
        Integer at = cuts.first();
        while (at != null) {
            ending.getOrDefault(at, List.of()).forEach(s -> out.endStyle(s.style()));
            starting.getOrDefault(at, List.of()).forEach(s -> out.startStyle(s.style()));
            Integer next = cuts.higher(at);
            if (next != null) {
                out.append(text.substring(at, next), null, kind);
            }
            at = next;
        }
    }

    /** The text under a node, without markup: for a link's note and for warnings. */
    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(c);
        }
        while (!todo.isEmpty() && sb.length() <= MAX_LINK_TEXT) {
            Node n = todo.pop();
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(c);
            }
        }
        return BodyBuilder.collapse(sb.toString());
    }
}
