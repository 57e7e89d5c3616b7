package org.copydesk.editing;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.Paragraph;

/**
 * A piece of the body as an edit removed or inserted it: paragraphs with their kinds and emphasis, joined by line
 * breaks (the first and the last may be parts of paragraphs). Only what the user set is kept; the classes the
 * analysis puts on the text are computed again wherever the piece lands.
 */
public record Piece(List<Paragraph> paragraphs) {
    public static final Piece EMPTY = new Piece(List.of(Paragraph.of("")));

    public Piece {
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a piece holds at least one (maybe empty) paragraph");
        }
    }

    /** A piece of plain text in plain paragraphs (line breaks start new paragraphs). */
    public static Piece of(String text) {
        List<Paragraph> ps = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            ps.add(Paragraph.of(line));
        }
        return new Piece(ps);
    }

    /** Characters, line breaks included. */
    public int length() {
        int n = paragraphs.size() - 1;
        for (Paragraph p : paragraphs) {
            n += p.text().length();
        }
        return n;
    }

    public String text() {
        StringBuilder b = new StringBuilder(length());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(paragraphs.get(i).text());
        }
        return b.toString();
    }

    /**
     * This piece followed by {@code next}: the last paragraph of this one and the first of {@code next} become one,
     * with the kind of the one that has text (this one's when both have), as the editor joins them.
     */
    public Piece concat(Piece next) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size() + next.paragraphs.size() - 1);
        out.addAll(paragraphs.subList(0, paragraphs.size() - 1));
        Paragraph a = paragraphs.get(paragraphs.size() - 1);
        Paragraph b = next.paragraphs.get(0);
        if (b.text().isEmpty()) {
            out.add(a);
        } else if (a.text().isEmpty()) {
            out.add(b);
        } else {
            int shift = a.text().length();
            List<InlineSpan> inline = new ArrayList<>(a.inline());
            for (InlineSpan s : b.inline()) {
                inline.add(new InlineSpan(s.start() + shift, s.end() + shift, s.style()));
            }
            out.add(new Paragraph(a.kind(), a.text() + b.text(), inline));
        }
        out.addAll(next.paragraphs.subList(1, next.paragraphs.size()));
        return new Piece(out);
    }
}
