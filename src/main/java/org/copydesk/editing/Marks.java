package org.copydesk.editing;

import java.util.List;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.QuoteMark;

/** The language and quotation marks of a body at one moment (hand marks and any marks loaded with the article). */
public record Marks(List<LanguageMark> languages, List<QuoteMark> quotes) {
    public static final Marks NONE = new Marks(List.of(), List.of());

    public Marks {
        languages = List.copyOf(languages);
        quotes = List.copyOf(quotes);
    }

    /** The marks moved through one edit of the text. */
    public Marks shifted(TextShift s) {
        return new Marks(s.languageMarks(languages), s.quoteMarks(quotes));
    }

    /** Only the marks set by hand. */
    public Marks hand() {
        return new Marks(languages.stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList(),
                quotes.stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList());
    }

    public boolean isEmpty() {
        return languages.isEmpty() && quotes.isEmpty();
    }
}
