package org.copydesk.export;

import java.nio.charset.StandardCharsets;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;

/**
 * A standalone, accessible HTML5 document ({@code <html lang>}, charset, title, one {@code <article>} with a
 * {@code <header>}), or with {@link ExportOptions#fragment()} the {@code <article>} element alone, carrying the
 * article's language itself.
 */
public final class HtmlExporter implements Exporter {
    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public byte[] export(Article article, Analysis analysis, ExportOptions options) {
        return render(article, analysis, options).getBytes(StandardCharsets.UTF_8);
    }

    String render(Article article, Analysis analysis, ExportOptions options) {
        StyledBody body = StyledBody.of(article, analysis, Typography.quoteFixes(article, analysis, options));
        String lang = Markup.attr(StyledBody.isLanguageTag(article.language()) ? article.language() : "und");
        StringBuilder out = new StringBuilder(4096);
        String indent;
        if (options.fragment()) {
            out.append("<article lang=\"").append(lang).append("\">\n");
            indent = "  ";
        } else {
            String title = Markup.line(article.headline());
            out.append("<!DOCTYPE html>\n")
                    .append("<html lang=\"").append(lang).append("\">\n")
                    .append("<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(Markup.html(title.isEmpty() ? article.id() : title)).append("</title>\n");
            if (!Markup.line(article.byline()).isEmpty()) {
                out.append("<meta name=\"author\" content=\"").append(Markup.attr(Markup.line(article.byline()))).append("\">\n");
            }
            if (!Markup.line(article.standfirst()).isEmpty()) {
                out.append("<meta name=\"description\" content=\"").append(Markup.attr(Markup.line(article.standfirst()))).append("\">\n");
            }
            out.append("</head>\n<body>\n<article>\n");
            indent = "  ";
        }
        String h = indent + "  ";
        StringBuilder header = new StringBuilder();
        field(header, h, "h1", null, article.headline());
        field(header, h, "p", "standfirst", article.standfirst());
        field(header, h, "p", "byline", article.byline());
        field(header, h, "p", "dateline", article.dateline());
        if (!header.isEmpty()) {
            out.append(indent).append("<header>\n").append(header).append(indent).append("</header>\n");
        }
        HtmlBody.render(body, indent, out);
        out.append("</article>\n");
        if (!options.fragment()) {
            out.append("</body>\n</html>\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String indent, String tag, String cssClass, String value) {
        String v = Markup.line(value);
        if (v.isEmpty()) {
            return;
        }
        out.append(indent).append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(Markup.html(v)).append("</").append(tag).append(">\n");
    }
}
