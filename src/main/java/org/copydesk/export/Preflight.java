package org.copydesk.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Words;
import org.copydesk.export.PreflightFinding.Check;
import org.copydesk.export.PreflightFinding.Code;
import org.copydesk.export.PreflightFinding.Severity;
import org.copydesk.export.PreflightFinding.Target;

/**
 * The checks run before a story leaves Copydesk. Blockers: no headline, no body text, unbalanced quotations,
 * boilerplate still present. Warnings: no byline, a foreign-language passage of {@value #UNTRANSLATED_WORDS} words or
 * more in a story marked ready (likely untranslated copy), other copy issues (typography, unlinked stories), related
 * links whose story does not exist. Pure: reads only the article, its analysis and the link resolver.
 */
public final class Preflight {
    /** A foreign-language passage this long (in words) in a ready story is reported. */
    public static final int UNTRANSLATED_WORDS = 6;
    /** How many misspelt words the spelling warning names. */
    static final int MISSPELT_SHOWN = 8;

    private Preflight() {
    }

    public static List<PreflightFinding> check(Article article, Analysis analysis, LinkResolver links) {
        List<PreflightFinding> out = new ArrayList<>();
        String body = article.bodyText();
        if (article.headline().isBlank()) {
            out.add(new PreflightFinding(Severity.BLOCKER, Check.MISSING_HEADLINE, Target.HEADLINE, 0, 0,
                    Code.MISSING_HEADLINE, List.of(), ""));
        }
        if (body.isBlank()) {
            out.add(new PreflightFinding(Severity.BLOCKER, Check.EMPTY_BODY, Target.BODY, 0, 0,
                    Code.EMPTY_BODY, List.of(), ""));
        }
        if (article.byline().isBlank()) {
            out.add(new PreflightFinding(Severity.WARNING, Check.MISSING_BYLINE, Target.BYLINE, 0, 0,
                    Code.MISSING_BYLINE, List.of(), ""));
        }
        List<String> misspelt = new ArrayList<>();
        int firstMisspelt = -1;
        int firstMisspeltEnd = -1;
        for (CopyIssue issue : analysis.issues()) {
            if (issue.type() == IssueType.SPELLING) {
                int s = clamp(issue.start(), body.length());
                int e = Math.max(s, clamp(issue.end(), body.length()));
                if (firstMisspelt < 0) {
                    firstMisspelt = s;
                    firstMisspeltEnd = e;
                }
                misspelt.add(body.substring(s, e));
                continue;
            }
            int s = clamp(issue.start(), body.length());
            int e = Math.max(s, clamp(issue.end(), body.length()));
            String message = issue.english();
            // the span's text, unless the analyser's message already quotes it
            boolean quoted = message.indexOf('\u201C') >= 0 || message.contains(body.substring(s, e).strip());
            String excerpt = quoted ? "" : excerpt(body, s, e);
            // what the analysis says: its code, then its arguments
            Code code = Code.ISSUE;
            List<Object> args = new ArrayList<>();
            args.add(issue.code());
            args.addAll(issue.args());
            switch (issue.type()) {
                case UNBALANCED_QUOTE -> out.add(new PreflightFinding(Severity.BLOCKER, Check.UNBALANCED_QUOTE,
                        Target.BODY, s, e, code, args, excerpt));
                case BOILERPLATE -> out.add(new PreflightFinding(Severity.BLOCKER, Check.BOILERPLATE, Target.BODY,
                        s, e, code, args, excerpt));
                default -> out.add(new PreflightFinding(Severity.WARNING, Check.COPY_ISSUE, Target.BODY, s, e,
                        code, args, excerpt));
            }
        }
        if (!misspelt.isEmpty()) {
            // one warning for all of them: a list of words to look at, the first one to go to
            List<String> shown = misspelt.stream().distinct().limit(MISSPELT_SHOWN).toList();
            out.add(new PreflightFinding(Severity.WARNING, Check.SPELLING, Target.BODY, firstMisspelt, firstMisspeltEnd,
                    Code.SPELLING, List.of(misspelt.size(), String.join(", ", shown)
                            + (misspelt.stream().distinct().count() > shown.size() ? ", …" : "")), ""));
        }
        if (article.status() == ArticleStatus.READY || article.status() == ArticleStatus.EXPORTED) {
            for (LanguageSegment seg : analysis.segments()) {
                if (StyledBody.sameLanguage(seg.language(), article.language())) {
                    continue;
                }
                int s = clamp(seg.start(), body.length());
                int e = Math.max(s, clamp(seg.end(), body.length()));
                int words = Words.count(body.substring(s, e));
                if (words >= UNTRANSLATED_WORDS) {
                    out.add(new PreflightFinding(Severity.WARNING, Check.UNTRANSLATED, Target.BODY, s, e,
                            Code.UNTRANSLATED, List.of(words, seg.language(), article.status().id()), excerpt(body, s, e)));
                }
            }
        }
        for (RelatedLink link : article.links()) {
            if (links.headlineOf(link.targetId()).isEmpty()) {
                out.add(new PreflightFinding(Severity.WARNING, Check.BROKEN_LINK, Target.RELATED, 0, 0,
                        Code.BROKEN_LINK, List.of(link.targetId(), link.relation().id()), ""));
            }
        }
        out.sort(Comparator.comparing(PreflightFinding::severity)
                .thenComparing(PreflightFinding::target)
                .thenComparingInt(PreflightFinding::start));
        return List.copyOf(out);
    }

    /** True when any finding blocks export. */
    public static boolean blocks(List<PreflightFinding> findings) {
        return findings.stream().anyMatch(PreflightFinding::isBlocker);
    }

    static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name + " (" + tag + ")";
    }

    private static int clamp(int x, int n) {
        return Math.max(0, Math.min(x, n));
    }

    /** "first words…": enough of the span to recognise it ("" for none). */
    private static String excerpt(String body, int s, int e) {
        if (e <= s) {
            return "";
        }
        String t = body.substring(s, e).replace('\n', ' ').strip();
        if (t.isEmpty()) {
            return "";
        }
        if (t.length() > 40) {
            t = t.substring(0, 40).strip() + "…";
        }
        return t;
    }
}
