package org.copydesk.importing;

import java.util.List;
import java.util.Objects;
import org.copydesk.model.Article;

/**
 * One imported file: the draft article (its id is assigned when the workspace creates it), the format it was read
 * as ("text", "markdown", "html", "docx"), the text encoding (null for DOCX) and what the user should know about the
 * import (a guessed encoding, a missing headline, content left out: {@link ImportNote}). {@code firstLine} is the line the file gave as
 * the headline when another line heads the body better ({@link Headlines}): it is then the draft's first paragraph,
 * for the clean-up review to offer for removal; null when the first line is the headline.
 */
public record ImportResult(String fileName, String format, String encoding, Article draft, List<ImportNote> notes,
        String firstLine) {
    public ImportResult {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(draft, "draft");
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public ImportResult(String fileName, String format, String encoding, Article draft, List<ImportNote> notes) {
        this(fileName, format, encoding, draft, notes, null);
    }

    /** The notes in English, as the command line prints them. */
    public List<String> warnings() {
        return notes.stream().map(ImportNote::english).toList();
    }
}
