package org.copydesk.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.copydesk.editing.BodyStyles;
import org.copydesk.editing.Piece;
import org.copydesk.editing.StyleRun;
import org.copydesk.editing.StyledParagraph;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;

/** RichTextFX's styled text and the UI-free runs and paragraphs of {@code org.copydesk.editing}, both ways. */
final class AreaStyles {
    private AreaStyles() {
    }

    static StyleSpans<Collection<String>> spans(List<StyleRun> runs) {
        if (runs.isEmpty()) {
            return StyleSpans.singleton(List.of(), 0);
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(runs.size());
        for (StyleRun r : runs) {
            b.add(r.classes(), r.length());
        }
        return b.create();
    }

    static List<StyleRun> runs(StyleSpans<Collection<String>> spans) {
        List<StyleRun> out = new ArrayList<>(spans.getSpanCount());
        for (StyleSpan<Collection<String>> sp : spans) {
            out.add(new StyleRun(List.copyOf(sp.getStyle()), sp.getLength()));
        }
        return out;
    }

    static StyledParagraph paragraph(Paragraph<Collection<String>, String, Collection<String>> p) {
        return new StyledParagraph(p.getText(), List.copyOf(p.getParagraphStyle()), runs(p.getStyleSpans()));
    }

    /** What an edit removed or inserted, as the user set it (kinds and emphasis). */
    static Piece piece(StyledDocument<Collection<String>, String, Collection<String>> doc) {
        List<org.copydesk.model.Paragraph> ps = new ArrayList<>(doc.getParagraphs().size());
        for (Paragraph<Collection<String>, String, Collection<String>> p : doc.getParagraphs()) {
            ps.add(BodyStyles.paragraph(paragraph(p)));
        }
        return new Piece(ps);
    }

    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(
            List<StyledParagraph> paragraphs, SegmentOps<String, Collection<String>> ops) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> b =
                new ReadOnlyStyledDocumentBuilder<>(ops, List.of());
        for (StyledParagraph p : paragraphs) {
            b.addParagraph(p.text(), p.text().isEmpty() ? StyleSpans.singleton(List.of(), 0) : spans(p.runs()),
                    p.paragraphStyle());
        }
        return b.build();
    }

    /** A piece as a document to insert: its kinds and emphasis (the marks' classes are put on where it lands). */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(
            Piece piece, SegmentOps<String, Collection<String>> ops) {
        return document(BodyStyles.styled(piece.paragraphs(), null), ops);
    }
}
