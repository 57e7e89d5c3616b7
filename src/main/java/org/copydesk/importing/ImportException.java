package org.copydesk.importing;

import java.util.Objects;

/**
 * A file that cannot be imported: the file's name and why ({@link ImportReason}, a code the app words in its
 * interface's language). The message is the English line the command line prints: the file name, then the reason.
 */
public class ImportException extends Exception {
    private final String fileName;
    private final ImportReason reason;

    public ImportException(String fileName, ImportReason reason) {
        this(fileName, reason, null);
    }

    public ImportException(String fileName, ImportReason reason, Throwable cause) {
        super(fileName + ": " + reason.english(), cause);
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.reason = reason;
    }

    /** The file as it was named to the importer (a path, or the name given with its bytes). */
    public String fileName() {
        return fileName;
    }

    public ImportReason reason() {
        return reason;
    }
}
