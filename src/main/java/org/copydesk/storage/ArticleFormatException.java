package org.copydesk.storage;

/** An article file that cannot be read: not JSON, a required field missing or invalid, or a newer format. */
public class ArticleFormatException extends Exception {
    private final boolean newerFormat;

    public ArticleFormatException(String message) {
        this(message, false);
    }

    public ArticleFormatException(String message, boolean newerFormat) {
        super(message);
        this.newerFormat = newerFormat;
    }

    /** True when the file was written by a newer Copydesk: it may be perfectly fine, but this version must not save it. */
    public boolean isNewerFormat() {
        return newerFormat;
    }
}
