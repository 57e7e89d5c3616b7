package org.copydesk.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.ParagraphKind;

/**
 * CommonMark: {@code #} headline, the standfirst in italics, byline and dateline as paragraphs, {@code ##}
 * subheadings, {@code >} block quotations, {@code **bold**} and {@code *italic*}. Every character that Markdown
 * would read as markup (including {@code <} and {@code &}, so no raw HTML gets through) is backslash-escaped.
 * Markdown has no way to mark a passage's language, so language segments are not marked.
 */
public final class MarkdownExporter implements Exporter {
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

    @Override
    public ExportFormat format() {
        return ExportFormat.MARKDOWN;
    }

    @Override
    public byte[] export(Article article, Analysis analysis, ExportOptions options) {
        return render(article, analysis, options).getBytes(StandardCharsets.UTF_8);
    }

    String render(Article article, Analysis analysis, ExportOptions options) {
        StringBuilder out = new StringBuilder(4096);
        String headline = Markup.line(article.headline());
        if (!headline.isEmpty()) {
            out.append("# ").append(escape(headline)).append("\n\n");
        }
        String standfirst = Markup.line(article.standfirst());
        if (!standfirst.isEmpty()) {
            out.append(emphasis("*", escape(standfirst))).append("\n\n");
        }
        for (String field : List.of(article.byline(), article.dateline())) {
            String v = Markup.line(field);
            if (!v.isEmpty()) {
                out.append(blockStart(escape(v))).append("\n\n");
            }
        }
        StyledBody body = StyledBody.of(article, analysis, Typography.quoteFixes(article, analysis, options));
        ParagraphKind previous = null;
        for (StyledBody.Block b : body.blocks()) {
            if (b.isBlank()) {
                continue;
            }
            String text = blockStart(inline(b.content()).strip());
            switch (b.kind()) {
                case SUBHEADING -> out.append("## ").append(text);
                case BLOCKQUOTE -> {
                    if (previous == ParagraphKind.BLOCKQUOTE) {
                        // a blank line would end the block quotation; continue it with an empty quoted line
                        out.setLength(out.length() - 1);
                        out.append(">\n");
                    }
                    out.append("> ").append(text);
                }
                default -> out.append(text);
            }
            out.append("\n\n");
            previous = b.kind();
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    static String inline(List<StyledBody.Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (StyledBody.Node n : nodes) {
            if (n instanceof StyledBody.Text t) {
                sb.append(escape(Markup.clean(t.text())));
            } else if (n instanceof StyledBody.Element e) {
                String inner = inline(e.children());
                switch (e.kind()) {
                    case BOLD -> sb.append(emphasis("**", inner));
                    case ITALIC -> sb.append(emphasis("*", inner));
                    default -> sb.append(inner);
                }
            }
        }
        return sb.toString();
    }

    /** Wraps text in emphasis delimiters, keeping surrounding white space outside (CommonMark needs that). */
    private static String emphasis(String delimiter, String inner) {
        int s = 0;
        int e = inner.length();
        while (s < e && Character.isWhitespace(inner.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(inner.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return inner;
        }
        return inner.substring(0, s) + delimiter + inner.substring(s, e) + delimiter + inner.substring(e);
    }

    /** Backslash-escapes the characters Markdown reads as inline markup; line breaks become spaces. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '~' -> sb.append('\\').append(c);
                case '&' -> {
                    // only where it could start an entity reference such as &lt; or &#60;
                    boolean entity = i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#');
                    sb.append(entity ? "\\&" : "&");
                }
                case '\r', '\n' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes what would start a heading, list, quotation or thematic break at the start of a block. */
    private static String blockStart(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if (c == '#' || c == '-' || c == '+' || c == '=' || c == '>') {
            return "\\" + s;
        }
        Matcher m = LIST_NUMBER.matcher(s);
        if (m.find()) {
            return m.group(1) + "\\" + m.group(2) + s.substring(m.end());
        }
        return s;
    }
}
