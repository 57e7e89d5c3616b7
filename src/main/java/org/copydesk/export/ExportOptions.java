package org.copydesk.export;

/**
 * How to export.
 *
 * @param fragment          HTML only: write the {@code <article>} element alone instead of a whole document
 * @param typographicQuotes replace the marks of the quotations the analysis found by the ones their language uses
 *                          (“…” in English, «&#x202F;…&#x202F;» in French, „…“ in German; inner quotations get the
 *                          inner marks)
 * @param links             looks up related stories (their headlines go into ninjs associations; unresolved links
 *                          are left out)
 */
public record ExportOptions(boolean fragment, boolean typographicQuotes, LinkResolver links) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, true, LinkResolver.NONE);

    public ExportOptions {
        links = links == null ? LinkResolver.NONE : links;
    }

    public ExportOptions withFragment(boolean v) {
        return new ExportOptions(v, typographicQuotes, links);
    }

    public ExportOptions withTypographicQuotes(boolean v) {
        return new ExportOptions(fragment, v, links);
    }

    public ExportOptions withLinks(LinkResolver v) {
        return new ExportOptions(fragment, typographicQuotes, v);
    }
}
