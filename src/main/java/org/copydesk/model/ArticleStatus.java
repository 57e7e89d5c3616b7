package org.copydesk.model;

import java.util.Locale;

/** Desk status of an article, in the order a story moves through the desk. */
public enum ArticleStatus {
    DRAFT, EDITING, READY, EXPORTED;

    /** The lower-case name used in files and on the command line ("draft", "ready" ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromId(String id) {
        for (ArticleStatus s : values()) {
            if (s.id().equalsIgnoreCase(id.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown desk status '" + id + "' (expected draft, editing, ready or exported)");
    }
}
