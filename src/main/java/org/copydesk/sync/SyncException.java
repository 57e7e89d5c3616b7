package org.copydesk.sync;

/** History or sync could not be done; the message says why in words a user understands. */
public class SyncException extends Exception {
    private final SyncFailure kind;

    public SyncException(String message) {
        this(message, null, null);
    }

    public SyncException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** A failure whose kind is known where it is thrown (a cancelled sign-in, an untrusted host key). */
    public SyncException(String message, Throwable cause, SyncFailure kind) {
        super(message, cause);
        this.kind = kind;
    }

    /** The kind of failure when it was known where it was thrown, else null. */
    public SyncFailure kind() {
        return kind;
    }
}
