package org.copydesk.ui.importing;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.copydesk.importing.CleanupItem;
import org.copydesk.model.Article;

/** One file of an import, as the progress dialog shows it; its state changes on the FX thread only. */
public final class ImportedFile {
    enum State {
        WAITING, READING, DONE, FAILED
    }

    private final Path path;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private State state = State.WAITING;
    private Article article;
    private List<CleanupItem> findings = List.of();
    private String error;

    ImportedFile(Path path, String waitingText) {
        this.path = path;
        status.set(waitingText);
    }

    public Path path() {
        return path;
    }

    public String name() {
        Path n = path.getFileName();
        return n == null ? path.toString() : n.toString();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    State state() {
        return state;
    }

    /** The article created from the file (null until done, or if it failed). */
    public Article article() {
        return article;
    }

    public List<CleanupItem> findings() {
        return findings;
    }

    public String error() {
        return error;
    }

    void reading(String text) {
        state = State.READING;
        status.set(text);
    }

    void done(Article a, List<CleanupItem> f, String text) {
        state = State.DONE;
        article = a;
        findings = List.copyOf(f);
        status.set(text);
    }

    void failed(String message, String text) {
        state = State.FAILED;
        error = message;
        status.set(text);
    }
}
