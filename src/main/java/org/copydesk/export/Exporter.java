package org.copydesk.export;

import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;

/** Turns an article and its analysis into the bytes of one export format. Pure: it touches no files. */
public interface Exporter {
    ExportFormat format();

    byte[] export(Article article, Analysis analysis, ExportOptions options);
}
