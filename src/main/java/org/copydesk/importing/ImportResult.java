package org.copydesk.importing;

import java.util.List;
import java.util.Objects;
import org.copydesk.model.Article;

/**
 * One imported file: the draft article (its id is assigned when the workspace creates it), the format it was read
 * as ("text", "markdown", "html", "docx"), the text encoding (null for DOCX) and what the user should know about the
 * import (a guessed encoding, a missing headline, content left out).
 */
public record ImportResult(String fileName, String format, String encoding, Article draft, List<String> warnings) {
    public ImportResult {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(draft, "draft");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }
}
