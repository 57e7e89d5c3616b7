package org.copydesk.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.copydesk.editing.Marks;
import org.copydesk.model.ParagraphKind;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * One undoable step of the body editor. The undo history holds these rather than RichTextFX's own changes, so that
 * hand marks, emphasis and paragraph kinds undo like text, while the styles analysis puts on the text never become
 * steps.
 */
sealed interface EditStep {
    /** The step that takes the body back. */
    EditStep invert();

    /** Text at {@code pos}: {@code removed} became {@code inserted}; the marks were {@code before}, then {@code after}. */
    record TextEdit(int pos, StyledDocument<Collection<String>, String, Collection<String>> removed,
                    StyledDocument<Collection<String>, String, Collection<String>> inserted, Marks before, Marks after)
            implements EditStep {
        @Override
        public EditStep invert() {
            return new TextEdit(pos, inserted, removed, after, before);
        }

        boolean isPureInsert() {
            return removed.length() == 0 && inserted.length() > 0;
        }

        /** Typing merges into one step per word: a word and the spaces after it. */
        Optional<EditStep> mergeWith(TextEdit next) {
            if (!isPureInsert() || !next.isPureInsert() || next.pos != pos + inserted.length()) {
                return Optional.empty();
            }
            String mine = inserted.getText();
            String theirs = next.inserted.getText();
            if (mine.indexOf('\n') >= 0 || theirs.indexOf('\n') >= 0) {
                return Optional.empty();
            }
            boolean endsInSpace = Character.isWhitespace(mine.charAt(mine.length() - 1));
            if (endsInSpace && !Character.isWhitespace(theirs.charAt(0))) {
                return Optional.empty();
            }
            return Optional.of(new TextEdit(pos, removed, inserted.concat(next.inserted), before, next.after));
        }
    }

    /** The marks changed by hand ("Mark as language", "Mark as quotation", "Remove mark"). */
    record MarksEdit(Marks before, Marks after) implements EditStep {
        @Override
        public EditStep invert() {
            return new MarksEdit(after, before);
        }
    }

    /** Bold / italic over {@code [start, start + before.length())}: user classes only. */
    record InlineEdit(int start, StyleSpans<Collection<String>> before, StyleSpans<Collection<String>> after)
            implements EditStep {
        @Override
        public EditStep invert() {
            return new InlineEdit(start, after, before);
        }
    }

    /** The kinds of paragraphs {@code first ...} changed. */
    record KindEdit(int first, List<ParagraphKind> before, List<ParagraphKind> after) implements EditStep {
        public KindEdit {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public EditStep invert() {
            return new KindEdit(first, after, before);
        }
    }

    /** Several steps done and undone as one (replace all, fix quotation marks, paste). */
    record Compound(List<EditStep> steps) implements EditStep {
        public Compound {
            steps = List.copyOf(steps);
        }

        @Override
        public EditStep invert() {
            List<EditStep> inv = new ArrayList<>(steps.size());
            for (int i = steps.size() - 1; i >= 0; i--) {
                inv.add(steps.get(i).invert());
            }
            return new Compound(inv);
        }
    }

    static Optional<EditStep> merge(EditStep a, EditStep b) {
        if (a instanceof TextEdit ta && b instanceof TextEdit tb) {
            return ta.mergeWith(tb);
        }
        return Optional.empty();
    }

    static boolean isIdentity(EditStep s) {
        if (s instanceof TextEdit t) {
            return t.removed.length() == 0 && t.inserted.length() == 0 && t.before.equals(t.after);
        }
        if (s instanceof MarksEdit m) {
            return m.before.equals(m.after);
        }
        if (s instanceof InlineEdit i) {
            return i.before.equals(i.after);
        }
        if (s instanceof KindEdit k) {
            return k.before.equals(k.after);
        }
        return ((Compound) s).steps.isEmpty();
    }
}
