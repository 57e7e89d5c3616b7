package org.copydesk.model;

import java.util.Locale;

/** What a block of the body is. */
public enum ParagraphKind {
    PARAGRAPH, SUBHEADING, BLOCKQUOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ParagraphKind fromId(String id) {
        for (ParagraphKind k : values()) {
            if (k.id().equalsIgnoreCase(id.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown paragraph kind '" + id + "'");
    }
}
