package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.export.PreflightFinding.Check;
import org.copydesk.export.PreflightFinding.Severity;
import org.copydesk.export.PreflightFinding.Target;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;

class PreflightTest {
    private static final LinkResolver ALL_EXIST = id -> Optional.of("A story");

    private static List<PreflightFinding> check(Article a, Analysis an) {
        return Preflight.check(a, an, ALL_EXIST);
    }

    private static Analysis withIssues(Article a, CopyIssue... issues) {
        Analysis base = Samples.analysis(a);
        return new Analysis(base.language(), base.segments(), base.quotations(), List.of(issues));
    }

    @Test
    void aCleanDraftPassesWithoutFindings() {
        Article draft = Samples.article().withStatus(ArticleStatus.EDITING);
        assertThat(check(draft, Samples.analysis(draft))).isEmpty();
    }

    @Test
    void aMissingHeadlineBlocksAndPointsToTheHeadline() {
        List<PreflightFinding> f = check(Samples.article().withHeadline("  "), Samples.analysis());
        assertThat(f).extracting(PreflightFinding::check, PreflightFinding::severity, PreflightFinding::target)
                .contains(Tuple.tuple(Check.MISSING_HEADLINE, Severity.BLOCKER, Target.HEADLINE));
        assertThat(Preflight.blocks(f)).isTrue();
    }

    @Test
    void aMissingBylineOnlyWarns() {
        Article a = Samples.article().withByline("").withStatus(ArticleStatus.EDITING);
        List<PreflightFinding> f = check(a, Samples.analysis(a));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.check()).isEqualTo(Check.MISSING_BYLINE);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.target()).isEqualTo(Target.BYLINE);
        });
        assertThat(Preflight.blocks(f)).isFalse();
    }

    @Test
    void anEmptyBodyBlocks() {
        Article a = Samples.article().withBody(List.of(Paragraph.of(""))).withStatus(ArticleStatus.EDITING);
        assertThat(check(a, Analysis.empty("en"))).extracting(PreflightFinding::check).containsExactly(Check.EMPTY_BODY);
    }

    @Test
    void anUnbalancedQuotationBlocksWithTheSpanToJumpTo() {
        Article a = Samples.article().withBody(List.of(Paragraph.of("He said: \u201Cwe will not go back and left.")))
                .withStatus(ArticleStatus.EDITING);
        String text = a.bodyText();
        List<PreflightFinding> f = check(a, new Analysis("en", List.of(new LanguageSegment(0, text.length(), "en")),
                List.of(), List.of(Samples.issue(text, "\u201Cwe will not go back and left.", IssueType.UNBALANCED_QUOTE,
                IssueCode.UNPAIRED_MARK, "\u201C"))));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.check()).isEqualTo(Check.UNBALANCED_QUOTE);
            assertThat(x.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(x.hasBodySpan()).isTrue();
            assertThat(text.substring(x.start(), x.end())).startsWith("\u201Cwe will");
            assertThat(x.message()).isEqualTo("Quotation mark \u201C has no partner");
            assertThat(x.issueCode()).isEqualTo(IssueCode.UNPAIRED_MARK);
            assertThat(x.issueArgs()).containsExactly("\u201C");
        });
    }

    @Test
    void boilerplateBlocksAndTypographyWarns() {
        Article a = Samples.article().withBody(List.of(Paragraph.of("Prices rose -- again."),
                Paragraph.of("(c) 2026 Wire Agency. All rights reserved."))).withStatus(ArticleStatus.EDITING);
        String text = a.bodyText();
        Analysis an = new Analysis("en", List.of(), List.of(), List.of(
                Samples.issue(text, "(c) 2026 Wire Agency. All rights reserved.", IssueType.BOILERPLATE,
                        IssueCode.WEB_RESIDUE, "(c) 2026 Wire Agency. All rights reserved."),
                Samples.issue(text, "--", IssueType.TYPOGRAPHY, IssueCode.QUOTE_SPACING, "\u201C", "\u201D", "en", "")));
        List<PreflightFinding> f = check(a, an);
        assertThat(f).extracting(PreflightFinding::check, PreflightFinding::severity).containsExactly(
                Tuple.tuple(Check.BOILERPLATE, Severity.BLOCKER),
                Tuple.tuple(Check.COPY_ISSUE, Severity.WARNING));
        assertThat(text.substring(f.get(1).start(), f.get(1).end())).isEqualTo("--");
    }

    @Test
    void aLongForeignPassageInAReadyStoryWarnsButAShortOneDoesNot() {
        Article ready = Samples.article(); // READY: one French passage of 12 words, one of 4
        List<PreflightFinding> f = check(ready, Samples.analysis(ready));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.check()).isEqualTo(Check.UNTRANSLATED);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(ready.bodyText().substring(x.start(), x.end()))
                    .isEqualTo("Nous avons gagné sur les salaires et sur les horaires de nuit");
            assertThat(x.message()).contains("12 words in French (fr)");
        });
    }

    @Test
    void theSameForeignPassageInAStoryStillBeingEditedIsNotReported() {
        Article editing = Samples.article().withStatus(ArticleStatus.EDITING);
        assertThat(check(editing, Samples.analysis(editing))).isEmpty();
    }

    @Test
    void brokenRelatedLinksWarn() {
        Article a = Samples.article().withStatus(ArticleStatus.EDITING);
        List<PreflightFinding> f = Preflight.check(a, Samples.analysis(a), LinkResolver.NONE);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.check()).isEqualTo(Check.BROKEN_LINK);
            assertThat(x.target()).isEqualTo(Target.RELATED);
            assertThat(x.message()).contains("strike-begins");
        });
    }

    @Test
    void blockersComeFirstThenWarningsInTextOrder() {
        Article a = Samples.article().withHeadline("").withByline("");
        String text = a.bodyText();
        Analysis base = Samples.analysis(a);
        List<CopyIssue> issues = new ArrayList<>();
        issues.add(Samples.issue(text, "dawn", IssueType.TYPOGRAPHY, IssueCode.QUOTE_SPACING, "\u201C", "\u201D", "en", ""));
        issues.add(Samples.issue(text, "Marseille", IssueType.TYPOGRAPHY, IssueCode.QUOTE_SPACING, "\u201C", "\u201D", "en", ""));
        List<PreflightFinding> f = Preflight.check(a, new Analysis("en", base.segments(), base.quotations(), issues),
                LinkResolver.NONE);
        assertThat(f).extracting(PreflightFinding::check).containsExactly(Check.MISSING_HEADLINE, Check.MISSING_BYLINE,
                Check.COPY_ISSUE, Check.UNTRANSLATED, Check.COPY_ISSUE, Check.BROKEN_LINK);
    }

    @Test
    void issueSpansOutsideTheTextAreClampedNotAnError() {
        Article a = Samples.article().withStatus(ArticleStatus.EDITING);
        List<PreflightFinding> f = check(a, withIssues(a, new CopyIssue(IssueType.TYPOGRAPHY, 5000, 6000,
                IssueCode.QUOTE_MARKS, List.of("\"", "\"", "en", "GB", "\u2018", "\u2019"), null, null)));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.start()).isEqualTo(a.bodyText().length());
            assertThat(x.message()).isEqualTo("\" \" in British English copy: use \u2018 \u2019");
        });
    }

    @Test
    void misspeltWordsGiveOneWarningNamingThemAndPointingToTheFirst() {
        Article a = Samples.article().withStatus(ArticleStatus.EDITING);
        String body = a.bodyText();
        int s1 = body.indexOf(' ') + 1;
        int e1 = body.indexOf(' ', s1);
        int s2 = body.lastIndexOf(' ', body.length() - 2) + 1;
        int e2 = body.length() - 1;
        Analysis an = withIssues(a,
                new CopyIssue(IssueType.SPELLING, s1, e1, IssueCode.NOT_IN_DICTIONARY, List.of("en", "x"), null, null),
                new CopyIssue(IssueType.SPELLING, s2, e2, IssueCode.NOT_IN_DICTIONARY, List.of("en", "y"), null, null));
        List<PreflightFinding> f = check(a, an);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.check()).isEqualTo(Check.SPELLING);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.start()).isEqualTo(s1);
            assertThat(x.message()).startsWith("2 words are not in the dictionary: ")
                    .contains(body.substring(s1, e1)).contains(body.substring(s2, e2));
        });
        assertThat(Preflight.blocks(f)).isFalse();
    }
}
