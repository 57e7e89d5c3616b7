package org.copydesk.storage;

import java.io.IOException;

/** Thrown when saving an article whose file this version must not overwrite (unreadable or newer format). */
public class ReadOnlyArticleException extends IOException {
    public ReadOnlyArticleException(String message) {
        super(message);
    }
}
