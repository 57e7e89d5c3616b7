package org.copydesk.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.ParagraphKind;

/**
 * One undoable step of the body editor. The undo history holds these rather than the text area's own changes, so
 * that hand marks, emphasis and paragraph kinds undo like text, while the styles analysis puts on the text never
 * become steps.
 */
public sealed interface EditStep {
    /** The step that takes the body back. */
    EditStep invert();

    /** True for a step that changes nothing (the history drops it). */
    boolean isIdentity();

    /** Text at {@code pos}: {@code removed} became {@code inserted}; the marks were {@code before}, then {@code after}. */
    record TextEdit(int pos, Piece removed, Piece inserted, Marks before, Marks after) implements EditStep {
        @Override
        public EditStep invert() {
            return new TextEdit(pos, inserted, removed, after, before);
        }

        @Override
        public boolean isIdentity() {
            return removed.length() == 0 && inserted.length() == 0 && before.equals(after);
        }

        boolean isPureInsert() {
            return removed.length() == 0 && inserted.length() > 0;
        }

        /**
         * Where the caret goes once this edit is done (or redone, or, inverted, undone): after the inserted text, as
         * typing leaves it. An edit that rewrote whole paragraphs around its change (a merge from disk, a version
         * restored: the whole body replaced for one changed passage) puts it after the text that really changed, not at
         * the end of the body. -1: the text is the same (only its kinds or emphasis changed), the caret stays.
         */
        public int caretAfter() {
            String a = removed.text();
            String b = inserted.text();
            if (a.equals(b)) {
                return a.indexOf('\n') >= 0 ? -1 : pos + b.length();
            }
            int max = Math.min(a.length(), b.length());
            int prefix = 0;
            while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
                suffix++;
            }
            boolean wholeParagraphsKept = a.lastIndexOf('\n', prefix - 1) >= 0
                    || a.indexOf('\n', a.length() - suffix) >= 0;
            return wholeParagraphsKept ? pos + b.length() - suffix : pos + b.length();
        }

        /** Typing merges into one step per word: a word and the spaces after it, never across a line break. */
        Optional<EditStep> mergeWith(TextEdit next) {
            if (!isPureInsert() || !next.isPureInsert() || next.pos != pos + inserted.length()) {
                return Optional.empty();
            }
            if (inserted.paragraphs().size() > 1 || next.inserted.paragraphs().size() > 1) {
                return Optional.empty();
            }
            String mine = inserted.text();
            String theirs = next.inserted.text();
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

        @Override
        public boolean isIdentity() {
            return before.equals(after);
        }
    }

    /** Bold / italic over {@code [start, start + length)}: the user classes before and after, as runs. */
    record InlineEdit(int start, List<StyleRun> before, List<StyleRun> after) implements EditStep {
        public InlineEdit {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** The characters the step covers. */
        public int length() {
            return after.stream().mapToInt(StyleRun::length).sum();
        }

        @Override
        public EditStep invert() {
            return new InlineEdit(start, after, before);
        }

        @Override
        public boolean isIdentity() {
            return BodyStyles.sameStyles(before, after);
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

        @Override
        public boolean isIdentity() {
            return before.equals(after);
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

        @Override
        public boolean isIdentity() {
            return steps.stream().allMatch(EditStep::isIdentity);
        }
    }

    /** {@code a} then {@code b} as one step, when they merge (typing of one word); empty otherwise. */
    static Optional<EditStep> merge(EditStep a, EditStep b) {
        if (a instanceof TextEdit ta && b instanceof TextEdit tb) {
            return ta.mergeWith(tb);
        }
        return Optional.empty();
    }
}
