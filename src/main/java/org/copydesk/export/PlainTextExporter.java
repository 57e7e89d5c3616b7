package org.copydesk.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.ParagraphKind;

/**
 * Plain UTF-8 text: headline, standfirst, byline, dateline, then the body, blocks separated by blank lines and block
 * quotations indented by four spaces. No markup of any kind.
 */
public final class PlainTextExporter implements Exporter {
    @Override
    public ExportFormat format() {
        return ExportFormat.TEXT;
    }

    @Override
    public byte[] export(Article article, Analysis analysis, ExportOptions options) {
        return render(article, analysis, options).getBytes(StandardCharsets.UTF_8);
    }

    String render(Article article, Analysis analysis, ExportOptions options) {
        StringBuilder out = new StringBuilder(4096);
        for (String field : List.of(article.headline(), article.standfirst())) {
            String v = Markup.line(field);
            if (!v.isEmpty()) {
                out.append(v).append("\n\n");
            }
        }
        String by = Markup.line(article.byline());
        String dateline = Markup.line(article.dateline());
        if (!by.isEmpty()) {
            out.append(by).append('\n');
        }
        if (!dateline.isEmpty()) {
            out.append(dateline).append('\n');
        }
        if (!by.isEmpty() || !dateline.isEmpty()) {
            out.append('\n');
        }
        StyledBody body = StyledBody.of(article, analysis, Typography.quoteFixes(article, analysis, options));
        for (StyledBody.Block b : body.blocks()) {
            if (b.isBlank()) {
                continue;
            }
            String text = Markup.line(StyledBody.plain(b.content()));
            if (b.kind() == ParagraphKind.BLOCKQUOTE) {
                out.append("    ");
            }
            out.append(text).append("\n\n");
        }
        if (out.length() >= 2) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
