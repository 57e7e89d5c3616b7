package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;

/**
 * Preflight gives each finding as a code and its arguments (the app words them in its language); the command line's
 * English wording of every kind of finding stays exactly as it was.
 */
public class PreflightWordingTest {
    static final String FRENCH = "Le maire a annoncé hier soir un plan de rénovation complet pour le port.";
    static final String BODY = "He said \u201Cwe stay and left. Leave a Reply\nThe harbour is teh big one, recieve it.\n"
            + FRENCH + "\nThe quay uses \"straight\" quotes.";

    public static List<PreflightFinding> everything() {
        Article a = Article.draft("harbour", " ", "en", java.time.Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(BODY)).withStatus(ArticleStatus.READY)
                .withLinks(List.of(new RelatedLink("gone-story", Relation.FOLLOW_UP, null)));
        String t = a.bodyText();
        int fr = t.indexOf(FRENCH);
        Analysis an = new Analysis("en", List.of(new LanguageSegment(0, fr, "en"),
                new LanguageSegment(fr, fr + FRENCH.length(), "fr"), new LanguageSegment(fr + FRENCH.length(), t.length(), "en")),
                List.of(), List.of(
                        Samples.issue(t, "\u201C", IssueType.UNBALANCED_QUOTE, IssueCode.UNPAIRED_MARK, "\u201C"),
                        Samples.issue(t, "Leave a Reply", IssueType.BOILERPLATE, IssueCode.WEB_RESIDUE, "Leave a Reply"),
                        Samples.issue(t, "teh", IssueType.SPELLING, IssueCode.NOT_IN_DICTIONARY, "en", "teh"),
                        Samples.issue(t, "recieve", IssueType.SPELLING, IssueCode.NOT_IN_DICTIONARY, "en", "recieve"),
                        Samples.issue(t, "\"straight\"", IssueType.TYPOGRAPHY, IssueCode.QUOTE_MARKS, "\"", "\"", "en", "",
                                "\u201C", "\u201D"),
                        Samples.issue(t, "quay", IssueType.TYPOGRAPHY, IssueCode.QUOTE_SPACING, "\u00AB", "\u00BB", "fr", "CH")));
        return Preflight.check(a, an, id -> Optional.empty());
    }

    @Test
    void theCommandLineWordingIsUnchanged() {
        assertThat(everything().stream().map(PreflightFinding::describe).toList()).containsExactly(
                "blocker: The story has no headline.",
                "blocker: Quotation mark \u201C has no partner (body, characters 8\u20139)",
                "blocker: Web page residue, not copy: \u201CLeave a Reply\u201D (body, characters 27\u201340)",
                "warning: The story has no byline.",
                "warning: 2 words are not in the dictionary: teh, recieve (body, characters 56\u201359)",
                "warning: Untranslated copy? 14 words in French (fr) in a story marked ready: \u201CLe maire a annonc\u00e9 hier soir un plan de\u2026\u201D (body, characters 81\u2013153)",
                "warning: spacing inside \u00AB \u00BB does not follow Swiss French style: \u201Cquay\u201D (body, characters 158\u2013162)",
                "warning: \" \" in English copy: use \u201C \u201D (body, characters 168\u2013178)",
                "warning: Related story 'gone-story' (follow-up) does not exist.");
        Article empty = Article.draft("e", "A headline", "en", java.time.Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(List.of(Paragraph.of(""))).withByline("Desk");
        assertThat(Preflight.check(empty, Analysis.empty("en"), id -> Optional.empty())).map(PreflightFinding::describe)
                .containsExactly("blocker: The story has no text. (body, characters 0\u20130)");
    }
}
