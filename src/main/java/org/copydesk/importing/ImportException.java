package org.copydesk.importing;

/** A file that cannot be imported; the message names the file and what is wrong, in one line. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
