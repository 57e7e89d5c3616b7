package org.copydesk.ui.importing;

import org.copydesk.importing.ImportNote;
import org.copydesk.ui.common.UiContext;

/**
 * A note of an import worded in the interface's language, from its code and arguments ({@code importNote.*}
 * messages): what a file's row in the import window says after "note:".
 */
final class NoteText {
    private NoteText() {
    }

    static String of(UiContext ctx, ImportNote note) {
        String key = "importNote." + note.code().key();
        return switch (note.code()) {
            // a count, then the first few named (": " and the names in the interface's punctuation, or nothing)
            case IMAGES_LEFT_OUT, STRUCK_TEXT_KEPT -> ctx.text(key, Integer.parseInt(note.args().get(0)),
                    note.args().get(1).isEmpty() ? "" : ctx.text("importNote.named", note.args().get(1)));
            default -> ctx.text(key, note.args().toArray());
        };
    }
}
