package org.copydesk.ui.export;

import org.copydesk.export.PreflightFinding;
import org.copydesk.model.LanguageTags;
import org.copydesk.ui.common.IssueText;
import org.copydesk.ui.common.UiContext;

/**
 * A preflight finding worded in the interface's language, from its code and arguments ({@code preflight.*} messages;
 * a copy issue's own {@code issue.*} message).
 */
public final class FindingText {
    private FindingText() {
    }

    public static String of(UiContext ctx, PreflightFinding f) {
        String said = f.code() == PreflightFinding.Code.ISSUE ? IssueText.of(ctx, f.issueCode(), f.issueArgs()) : worded(ctx, f);
        return f.excerpt().isEmpty() ? said : said + ctx.text("preflight.excerpt", f.excerpt());
    }

    private static String worded(UiContext ctx, PreflightFinding f) {
        Object[] args = switch (f.code()) {
            case UNTRANSLATED -> new Object[] {f.args().get(0), language(ctx, String.valueOf(f.args().get(1))),
                    ctx.text("status." + f.args().get(2))};
            case BROKEN_LINK -> new Object[] {f.args().get(0), ctx.text("relation." + f.args().get(1))};
            default -> f.args().toArray();
        };
        return ctx.text("preflight." + f.code().key(), args);
    }

    /** "French (fr-CH)", "français (fr-CH)"; the tag alone for a language the interface has no name for. */
    static String language(UiContext ctx, String tag) {
        String name = ctx.text("editor.lang." + LanguageTags.primary(tag));
        return name.startsWith("!") ? tag : ctx.text("preflight.language", name, tag);
    }
}
