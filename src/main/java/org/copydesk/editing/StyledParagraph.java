package org.copydesk.editing;

import java.util.List;

/** One paragraph as the editor shows it: its text, its paragraph style classes and the style runs over its text. */
public record StyledParagraph(String text, List<String> paragraphStyle, List<StyleRun> runs) {
    public StyledParagraph {
        paragraphStyle = List.copyOf(paragraphStyle);
        runs = List.copyOf(runs);
    }
}
