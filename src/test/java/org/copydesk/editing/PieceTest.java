package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.junit.jupiter.api.Test;

/** The pieces of body an edit removes and inserts. */
class PieceTest {
    @Test
    void lengthAndTextCountTheLineBreaks() {
        Piece p = Piece.of("ab\n\ncd");
        assertThat(p.paragraphs()).hasSize(3);
        assertThat(p.length()).isEqualTo(6);
        assertThat(p.text()).isEqualTo("ab\n\ncd");
        assertThat(Piece.EMPTY.length()).isZero();
    }

    @Test
    void typingJoinsIntoOneParagraphAndKeepsTheEmphasisWhereItWas() {
        Piece a = new Piece(List.of(new Paragraph(ParagraphKind.SUBHEADING, "ab", List.of(new InlineSpan(1, 2, InlineStyle.BOLD)))));
        Piece b = new Piece(List.of(new Paragraph(ParagraphKind.PARAGRAPH, "cd", List.of(new InlineSpan(0, 1, InlineStyle.ITALIC)))));
        assertThat(a.concat(b)).isEqualTo(new Piece(List.of(new Paragraph(ParagraphKind.SUBHEADING, "abcd",
                List.of(new InlineSpan(1, 2, InlineStyle.BOLD), new InlineSpan(2, 3, InlineStyle.ITALIC))))));
        assertThat(Piece.EMPTY.concat(b)).as("an empty start takes the other's kind").isEqualTo(b);
        assertThat(Piece.of("x\n").concat(Piece.of("y\nz")).text()).isEqualTo("x\ny\nz");
    }
}
