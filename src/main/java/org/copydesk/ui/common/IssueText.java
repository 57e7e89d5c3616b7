package org.copydesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.editing.LanguageStyle;

/**
 * A copy issue worded in the interface's language, from its code and arguments ({@code issue.*} messages): what the
 * side panel, the body's tooltips and the export dialog's preflight list say.
 */
public final class IssueText {
    private IssueText() {
    }

    public static String of(UiContext ctx, CopyIssue issue) {
        return of(ctx, issue.code(), issue.args());
    }

    public static String of(UiContext ctx, IssueCode code, List<String> args) {
        Object[] shown = switch (code) {
            // the language and region become one name: {2}; the marks to use follow as {3} and {4}
            case QUOTE_SPACING, QUOTE_MARKS -> {
                List<Object> a = new ArrayList<>(args.subList(0, 2));
                a.add(convention(ctx, args.get(2), args.get(3)));
                a.addAll(args.subList(4, args.size()));
                yield a.toArray();
            }
            case NOT_IN_DICTIONARY -> new Object[] {dictionary(ctx, args.get(0)), args.get(1)};
            default -> args.toArray();
        };
        return ctx.text("issue." + code.key(), shown);
    }

    /**
     * The name of the convention of {@code language} in {@code region}: "Swiss German" / "allemand de Suisse"; a
     * language without a convention of its own is named as English, whose convention it gets (as on the command line).
     */
    static String convention(UiContext ctx, String language, String region) {
        LanguageStyle style = LanguageStyle.of(language);
        String name = ctx.text((style == LanguageStyle.OTHER ? LanguageStyle.EN : style).nameKey());
        if (region.isEmpty()) {
            return name;
        }
        String key = "issue.region." + region;
        if (ctx.messages().containsKey(key)) {
            return ctx.text(key, name);
        }
        return region.equalsIgnoreCase(language) ? name : ctx.text("issue.region.other", name, region);
    }

    /** The name of a dictionary's language ("French" / "français"); its code in capitals for one without a name. */
    static String dictionary(UiContext ctx, String language) {
        LanguageStyle style = LanguageStyle.of(language);
        return style == LanguageStyle.OTHER || !style.tag().equals(language) ? IssueCode.languageName(language)
                : ctx.text(style.nameKey());
    }
}
