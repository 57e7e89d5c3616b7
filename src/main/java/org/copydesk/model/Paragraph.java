package org.copydesk.model;

import java.util.List;
import java.util.Objects;

/** One block of the body: its kind, its text (no line breaks) and its emphasis. */
public record Paragraph(ParagraphKind kind, String text, List<InlineSpan> inline) {
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a paragraph holds no line break");
        }
        inline = List.copyOf(inline == null ? List.of() : inline);
        for (InlineSpan s : inline) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("inline span " + s + " runs past the paragraph (" + text.length() + ")");
            }
        }
    }

    public static Paragraph of(String text) {
        return new Paragraph(ParagraphKind.PARAGRAPH, text, List.of());
    }

    public static Paragraph of(ParagraphKind kind, String text) {
        return new Paragraph(kind, text, List.of());
    }

    public Paragraph withText(String newText) {
        return new Paragraph(kind, newText, List.of());
    }
}
