package org.copydesk.export;

import java.util.Locale;

/** The forms a finished story can leave Copydesk in. */
public enum ExportFormat {
    HTML("html", "html", "HTML5"),
    NINJS("ninjs", "json", "IPTC ninjs 2.2 JSON"),
    DOCX("docx", "docx", "Word (DOCX)"),
    MARKDOWN("md", "md", "Markdown"),
    TEXT("txt", "txt", "Plain text");

    private final String id;
    private final String extension;
    private final String label;

    ExportFormat(String id, String extension, String label) {
        this.id = id;
        this.extension = extension;
        this.label = label;
    }

    /** The name used on the command line and in export records ("html", "ninjs" ...). */
    public String id() {
        return id;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** A short human-readable name. */
    public String label() {
        return label;
    }

    /** The file an article of this id is exported to. */
    public String fileNameFor(String articleId) {
        return articleId + "." + extension;
    }

    public static ExportFormat fromId(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(s) || f.name().toLowerCase(Locale.ROOT).equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + id + "' (expected html, ninjs, docx, md or txt)");
    }

    /** The exporter writing this format. */
    public Exporter exporter() {
        return switch (this) {
            case HTML -> new HtmlExporter();
            case NINJS -> new NinjsExporter();
            case DOCX -> new DocxExporter();
            case MARKDOWN -> new MarkdownExporter();
            case TEXT -> new PlainTextExporter();
        };
    }
}
