package org.copydesk.ui.editor;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.copydesk.editing.EditStep;
import org.copydesk.editing.UndoHistory;
import org.fxmisc.undo.UndoManager;
import org.reactfx.value.Val;
import org.reactfx.value.Var;

/**
 * The body's {@link UndoHistory} as the text area's undo manager: Ctrl+Z / Ctrl+Y, the Edit menu and the dirty flag
 * see it through the properties the area expects. Undo and redo apply the history's steps through {@code apply}.
 */
final class BodyHistory implements UndoManager<EditStep> {
    private final UndoHistory history;
    private final Consumer<EditStep> apply;
    private final Var<Boolean> undoAvailable = Var.newSimpleVar(false);
    private final Var<Boolean> redoAvailable = Var.newSimpleVar(false);
    private final Var<EditStep> nextUndo = Var.newSimpleVar(null);
    private final Var<EditStep> nextRedo = Var.newSimpleVar(null);
    private final ReadOnlyBooleanWrapper performing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper atMark = new ReadOnlyBooleanWrapper(true);

    BodyHistory(UndoHistory history, Consumer<EditStep> apply) {
        this.history = history;
        this.apply = apply;
        history.addListener(this::update);
        update();
    }

    UndoHistory steps() {
        return history;
    }

    private void update() {
        undoAvailable.setValue(history.canUndo());
        redoAvailable.setValue(history.canRedo());
        nextUndo.setValue(history.nextUndo().orElse(null));
        nextRedo.setValue(history.nextRedo().orElse(null));
        atMark.set(history.atMark());
    }

    @Override
    public boolean undo() {
        return perform(history.undo().orElse(null));
    }

    @Override
    public boolean redo() {
        return perform(history.redo().orElse(null));
    }

    private boolean perform(EditStep step) {
        if (step == null) {
            return false;
        }
        performing.set(true);
        try {
            apply.accept(step);
        } finally {
            performing.set(false);
        }
        return true;
    }

    @Override
    public Val<Boolean> undoAvailableProperty() {
        return undoAvailable;
    }

    @Override
    public boolean isUndoAvailable() {
        return history.canUndo();
    }

    @Override
    public Val<EditStep> nextUndoProperty() {
        return nextUndo;
    }

    @Override
    public Val<EditStep> nextRedoProperty() {
        return nextRedo;
    }

    @Override
    public Val<Boolean> redoAvailableProperty() {
        return redoAvailable;
    }

    @Override
    public boolean isRedoAvailable() {
        return history.canRedo();
    }

    @Override
    public ObservableBooleanValue performingActionProperty() {
        return performing.getReadOnlyProperty();
    }

    @Override
    public boolean isPerformingAction() {
        return performing.get();
    }

    @Override
    public void preventMerge() {
        history.preventMerge();
    }

    @Override
    public void forgetHistory() {
        history.forget();
    }

    @Override
    public UndoPosition getCurrentPosition() {
        UndoHistory.Position p = history.position();
        return new UndoPosition() {
            @Override
            public void mark() {
                p.mark();
            }

            @Override
            public boolean isValid() {
                return p.isValid();
            }
        };
    }

    @Override
    public ObservableBooleanValue atMarkedPositionProperty() {
        return atMark.getReadOnlyProperty();
    }

    @Override
    public boolean isAtMarkedPosition() {
        return history.atMark();
    }

    @Override
    public void close() {
        // nothing to let go: the history is fed by the editor, not by a stream of the area's changes
    }
}
