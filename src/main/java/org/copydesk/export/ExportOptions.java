package org.copydesk.export;

/**
 * How to export.
 *
 * @param fragment HTML only: write the {@code <article>} element alone instead of a whole document
 * @param links    looks up related stories (their headlines go into ninjs associations; unresolved links are left out)
 */
public record ExportOptions(boolean fragment, LinkResolver links) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, LinkResolver.NONE);

    public ExportOptions {
        links = links == null ? LinkResolver.NONE : links;
    }

    public ExportOptions withFragment(boolean v) {
        return new ExportOptions(v, links);
    }

    public ExportOptions withLinks(LinkResolver v) {
        return new ExportOptions(fragment, v);
    }
}
