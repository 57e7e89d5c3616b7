package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyChecksTest {
    private static List<CopyIssue> issues(String text, IssueType type) {
        return SharedAnalyzer.get().analyze(text).issues().stream().filter(i -> i.type() == type).toList();
    }

    @Test
    void flagsWebResidueParagraphs() {
        String[] residue = {"Leave a Reply", "Your email address will not be published. Required fields are marked *",
                "Share this:", "Click to share on Twitter (Opens in new window)", "Like this:", "Loading...",
                "Posted in World | Tagged China, Russia | Leave a comment", "Related", "Like Loading…",
                "Facebook Twitter WhatsApp Email", "3 comments", "Votre adresse e-mail ne sera pas publiée.",
                "Comments are closed.", "Filed under: Politics, Europe", "Advertisement - Scroll to continue"};
        StringBuilder sb = new StringBuilder("The council met on Thursday.\n\n");
        for (String r : residue) {
            sb.append(r).append("\n\n");
        }
        sb.append("The vote was postponed.");
        String text = sb.toString();
        List<CopyIssue> found = issues(text, IssueType.BOILERPLATE);
        assertThat(found).hasSize(residue.length);
        for (int k = 0; k < residue.length; k++) {
            CopyIssue i = found.get(k);
            assertThat(text.substring(i.start(), i.end())).isEqualTo(residue[k]);
        }
    }

    @Test
    void copyThatMentionsTheseWordsIsNotResidue() {
        String text = "Residents who wanted to share this with the council were asked to leave a reply by mail.\n\n"
                + "Related stories appeared in the local press, and more than 200 people attended.\n\n"
                + "More than 200 people attended the meeting.";
        assertThat(SharedAnalyzer.get().analyze(text).issues())
                .noneMatch(i -> i.type() == IssueType.BOILERPLATE || i.type() == IssueType.RELATED_LINK);
    }

    @Test
    void aBreadcrumbIsResidueAndItsArrowsAreNotQuotationMarks() {
        String text = "Accueil › Société › Éducation\n\nLe rectorat ferme deux classes à Brest\n\n"
                + "Le rectorat a confirmé jeudi la fermeture de deux classes à la rentrée. « C’est une décision "
                + "difficile », a reconnu la rectrice.";
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(a.issues()).noneMatch(i -> i.type() == IssueType.UNBALANCED_QUOTE);
        assertThat(a.issues()).filteredOn(i -> i.type() == IssueType.BOILERPLATE).singleElement()
                .satisfies(i -> assertThat(text.substring(i.start(), i.end())).isEqualTo("Accueil › Société › Éducation"));
        assertThat(a.quotations()).hasSize(1);
    }

    @Test
    void flagsSeeAlsoParagraphsWithTheHeadlineTheyName() {
        String text = "The council met.\n\nSee also\u00A0: Mayor to seek third term\n\nRead more: Budget cuts hit libraries\n\n"
                + "Voir aussi – La réforme des retraites adoptée\n\nRelated: Snow clearing to start early";
        List<CopyIssue> found = issues(text, IssueType.RELATED_LINK);
        assertThat(found).extracting(CopyIssue::reference).containsExactly("Mayor to seek third term",
                "Budget cuts hit libraries", "La réforme des retraites adoptée", "Snow clearing to start early");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).startsWith("See also");
    }

    @Test
    void pointersBehindArrowsAndInCapitalsAreRelatedLinks() {
        String text = "The council met.\n\n► Lire aussi : Le maire brigue un troisième mandat\n\n"
                + "READ MORE: Snow clearing to start early\n\n>> Siehe auch: Die Reform im Überblick";
        assertThat(issues(text, IssueType.RELATED_LINK)).extracting(CopyIssue::reference).containsExactly(
                "Le maire brigue un troisième mandat", "Snow clearing to start early", "Die Reform im Überblick");
    }

    @Test
    void windowsLineEndsDoNotBreakAQuotationOverParagraphs() {
        String text = "She said:\r\n\r\n“We were promised consultation.\r\n\r\n“Instead we got a vote.”\r\n";
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertThat(a.quotations()).singleElement().satisfies(q -> {
            assertThat(q.start()).isEqualTo(text.indexOf('“'));
            assertThat(q.end()).isEqualTo(text.indexOf('”') + 1);
        });
        assertThat(a.issues()).noneMatch(i -> i.type() == IssueType.UNBALANCED_QUOTE);
    }

    @Test
    void flagsGuillemetsInEnglishCopyWithTheEnglishMarksAsFix() {
        String text = "The ministry said the exercises would « deepen cooperation » between the two armies.";
        List<CopyIssue> found = issues(text, IssueType.TYPOGRAPHY);
        assertThat(found).extracting(CopyIssue::replacement).containsExactly("“", "”");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("« ");
        assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo(" »");
    }

    @Test
    void flagsFrenchGuillemetsWithoutNoBreakSpaces() {
        String text = "Le ministre a déclaré que la réforme était «nécessaire» et qu’elle serait votée avant l’été.";
        List<CopyIssue> found = issues(text, IssueType.TYPOGRAPHY);
        assertThat(found).extracting(CopyIssue::replacement).containsExactly("«\u202F", "\u202F»");
    }

    @Test
    void acceptsQuotationsThatFollowTheirLanguage() {
        String text = "Le ministre a déclaré que la réforme était «\u202Fnécessaire\u202F» et urgente.\n\n"
                + "The minister said the reform was “necessary” and urgent.\n\n"
                + "Der Minister sagte, die Reform sei „notwendig“ und dringend.";
        assertThat(issues(text, IssueType.TYPOGRAPHY)).isEmpty();
    }
}
