package org.copydesk.model;

import java.time.Instant;
import java.util.Objects;

/** When, in which format and where an article was exported. */
public record ExportRecord(Instant at, String format, String path) {
    public ExportRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
    }
}
