package org.copydesk.sync;

/** History or sync could not be done; the message says why in words a user understands. */
public class SyncException extends Exception {
    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
