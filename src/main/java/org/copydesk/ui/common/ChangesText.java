package org.copydesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.storage.ArticleChanges;

/**
 * Puts {@link ArticleChanges} in words for the user: a one-line summary ("2 paragraphs differ, headline changed,
 * +14 words") and a preview, one block per change, the old text after "−" and the new after "+".
 */
public final class ChangesText {
    /** Changes listed in a preview; the rest are counted. */
    public static final int PREVIEW_ITEMS = 8;

    private ChangesText() {
    }

    public static String summary(UiContext ctx, ArticleChanges c) {
        List<String> parts = new ArrayList<>();
        parts.add(ctx.text("changes.paragraphs", c.paragraphs().size()));
        for (ArticleChanges.FieldChange f : c.fields()) {
            parts.add(ctx.text("changes.changed." + f.field().name()));
        }
        parts.add(ctx.text("changes.words", c.wordsDelta()));
        return String.join(ctx.text("changes.separator"), parts);
    }

    public static String preview(UiContext ctx, ArticleChanges c) {
        List<String> blocks = new ArrayList<>();
        for (ArticleChanges.FieldChange f : c.fields()) {
            blocks.add(ctx.text("changes.title." + f.field().name()) + "\n" + side("−", f.before()) + "\n" + side("+", f.after()));
        }
        int shown = 0;
        for (ArticleChanges.ParagraphChange p : c.paragraphs()) {
            if (shown++ == PREVIEW_ITEMS) {
                blocks.add(ctx.text("changes.more", c.paragraphs().size() - PREVIEW_ITEMS));
                break;
            }
            String head = ctx.text("changes.paragraph." + p.kind().name(), p.index() + 1);
            blocks.add(switch (p.kind()) {
                case ADDED -> head + "\n" + side("+", p.after());
                case REMOVED -> head + "\n" + side("−", p.before());
                case CHANGED -> head + "\n" + side("−", p.before()) + "\n" + side("+", p.after());
            });
        }
        return blocks.isEmpty() ? ctx.text("changes.none") : String.join("\n\n", blocks);
    }

    private static String side(String sign, String text) {
        return sign + " " + (text.isEmpty() ? "∅" : text.replace('\n', ' '));
    }
}
