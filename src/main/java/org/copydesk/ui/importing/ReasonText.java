package org.copydesk.ui.importing;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.importing.ImportReason;
import org.copydesk.ui.common.Desk;
import org.copydesk.ui.common.UiContext;

/**
 * Why a file was not imported, worded in the interface's language from its code and arguments
 * ({@code importReason.*} messages): what a file's row in the import window says after "not imported:". The file's
 * name is on the row already, and "not imported" leads the line, so neither is repeated.
 */
final class ReasonText {
    private ReasonText() {
    }

    static String of(UiContext ctx, ImportReason reason) {
        String key = "importReason." + reason.code().key();
        String kinds = reason.code().kinds();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < kinds.length(); i++) {
            String a = reason.args().get(i);
            args.add(switch (kinds.charAt(i)) {
                // counts and positions as numbers: the message groups a count ("20 000 000"), never a position
                case 'n', 'p' -> Long.parseLong(a);
                case 'b' -> Desk.sizeText(ctx, Long.parseLong(a));
                case 'k' -> ctx.text(key + "." + a);
                default -> a;
            });
        }
        if (reason.code() == ImportReason.Code.UNREADABLE_AS) {
            // what the reader said, in brackets, or nothing when it said nothing worth showing
            String detail = reason.args().get(1);
            args.set(1, detail.isEmpty() ? "" : ctx.text("importReason.detail", detail));
        }
        return ctx.text(key, args.toArray());
    }
}
