package org.copydesk.ui.importing;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.copydesk.importing.CleanupItem;
import org.copydesk.importing.Headlines;
import org.copydesk.importing.ImportNote;
import org.copydesk.model.Article;

/** One file of an import, as the progress dialog shows it; its state changes on the FX thread only. */
public final class ImportedFile {
    /**
     * What importing the file gave: the article as saved, the clean-up findings, the lines that could head it (the
     * first is its headline), the language the analysis proposes (a tag), the page's first line when another line was
     * taken as the headline (else null), and the reader's notes.
     */
    public record Outcome(Article article, List<CleanupItem> findings, List<Headlines.Candidate> candidates,
            String language, String firstLine, List<ImportNote> warnings) {
        public Outcome {
            findings = List.copyOf(findings);
            candidates = List.copyOf(candidates);
            warnings = List.copyOf(warnings);
        }
    }

    enum State {
        WAITING, READING, DONE, FAILED
    }

    private final Path path;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private State state = State.WAITING;
    private Outcome outcome;
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
        return outcome == null ? null : outcome.article();
    }

    public List<CleanupItem> findings() {
        return outcome == null ? List.of() : outcome.findings();
    }

    /** What the import gave (null until done, or if it failed). */
    public Outcome outcome() {
        return outcome;
    }

    public String error() {
        return error;
    }

    void reading(String text) {
        state = State.READING;
        status.set(text);
    }

    void done(Outcome o, String text) {
        state = State.DONE;
        outcome = o;
        status.set(text);
    }

    void failed(String message, String text) {
        state = State.FAILED;
        error = message;
        status.set(text);
    }
}
