package org.copydesk.export;

import java.util.List;
import org.copydesk.model.ParagraphKind;

/**
 * Renders a {@link StyledBody} as HTML: {@code <p>}, {@code <h2>}, {@code <blockquote>}; quotations as
 * {@code <span class="quote">} (the marks stay in the text, so no {@code <q>} that would add its own), foreign-language
 * segments as {@code <span lang="..">}, bold as {@code <strong>}, italic as {@code <em>}. All text is escaped.
 */
final class HtmlBody {
    private HtmlBody() {
    }

    static void render(StyledBody body, String indent, StringBuilder out) {
        List<StyledBody.Block> blocks = body.blocks().stream().filter(b -> !b.isBlank()).toList();
        boolean inQuote = false;
        for (StyledBody.Block b : blocks) {
            boolean quote = b.kind() == ParagraphKind.BLOCKQUOTE;
            if (quote && !inQuote) {
                out.append(indent).append("<blockquote>\n");
            } else if (!quote && inQuote) {
                out.append(indent).append("</blockquote>\n");
            }
            inQuote = quote;
            String tag = b.kind() == ParagraphKind.SUBHEADING ? "h2" : "p";
            out.append(indent).append(quote ? "  " : "").append('<').append(tag).append('>');
            inline(b.content(), out);
            out.append("</").append(tag).append(">\n");
        }
        if (inQuote) {
            out.append(indent).append("</blockquote>\n");
        }
    }

    static void inline(List<StyledBody.Node> nodes, StringBuilder out) {
        for (StyledBody.Node n : nodes) {
            if (n instanceof StyledBody.Text t) {
                out.append(Markup.html(t.text()));
            } else if (n instanceof StyledBody.Element e) {
                String close;
                switch (e.kind()) {
                    case QUOTE -> {
                        out.append("<span class=\"quote\">");
                        close = "</span>";
                    }
                    case LANG -> {
                        out.append("<span lang=\"").append(Markup.attr(e.language())).append("\">");
                        close = "</span>";
                    }
                    case BOLD -> {
                        out.append("<strong>");
                        close = "</strong>";
                    }
                    default -> {
                        out.append("<em>");
                        close = "</em>";
                    }
                }
                inline(e.children(), out);
                out.append(close);
            }
        }
    }
}
