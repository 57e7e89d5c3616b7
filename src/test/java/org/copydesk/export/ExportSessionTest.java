package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.copydesk.analysis.SharedAnalyzer;
import org.copydesk.export.ExportSession.DefaultAction;
import org.copydesk.export.ExportSession.Failure;
import org.copydesk.export.ExportSession.Group;
import org.copydesk.export.ExportSession.Hold;
import org.copydesk.export.ExportSession.Item;
import org.copydesk.export.ExportSession.RunProblem;
import org.copydesk.export.ExportSession.State;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's logic without JavaFX: states, counts, what Export may do, the run, grouping and the fix. */
class ExportSessionTest {
    static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    /**
     * A gateway the test drives: jobs wait in order until {@link #step} runs the next one and delivers its answer, on the
     * test's thread (the session's thread here, as the FX thread is in the app).
     */
    static final class SteppedGateway implements ExportSession.Gateway {
        private final Workspace ws;
        private final Deque<Runnable> jobs = new ArrayDeque<>();
        int ran;

        SteppedGateway(Workspace ws) {
            this.ws = ws;
        }

        @Override
        public <T> CompletableFuture<T> run(ExportSession.Job<T> job) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            jobs.add(() -> {
                T value;
                try {
                    value = job.run(ws);
                } catch (Throwable e) {
                    answer.completeExceptionally(e);
                    return;
                }
                answer.complete(value);
            });
            return answer;
        }

        boolean step() {
            Runnable r = jobs.poll();
            if (r == null) {
                return false;
            }
            ran++;
            r.run();
            return true;
        }

        void drain() {
            while (step()) {
                // every job, including those the answers ask for
            }
        }

        int waiting() {
            return jobs.size();
        }
    }

    @TempDir
    Path dir;
    Workspace ws;
    Path out;
    SteppedGateway gateway;
    ExportSession session;
    int changes;

    private static Article story(String id, String headline, String byline, String... paragraphs) {
        return Article.draft(id, headline, "en", T).withByline(byline).withStatus(ArticleStatus.READY)
                .withBody(Stream.of(paragraphs).map(Paragraph::of).toList());
    }

    /** Five quotations in guillemets in English copy: ten marks to fix, one of them in bold. */
    private static Article guillemets() {
        String p1 = "The mayor said «we will build» and «we will pay» at the meeting.";
        String p2 = "Residents answered «not here», «not now» and «not us» before leaving.";
        return Article.draft("quotes", "Guillemets in English", "en", T).withByline("By Kim").withStatus(ArticleStatus.READY)
                .withBody(List.of(new Paragraph(ParagraphKind.PARAGRAPH, p1, List.of(new InlineSpan(p1.indexOf("we will build"),
                        p1.indexOf("we will build") + 13, InlineStyle.BOLD))), Paragraph.of(p2)));
    }

    @BeforeEach
    void setUp() throws Exception {
        ws = Workspace.open(dir.resolve("ws"));
        out = Files.createDirectories(dir.resolve("out"));
        ws.save(story("clean", "A clean story", "By Lea Park", "The first paragraph of a clean story."));
        ws.save(story("no-byline", "A story without byline", "", "The first paragraph of a story."));
        ws.save(story("no-headline", "", "By Lea Park", "The first paragraph of a story."));
        ws.save(story("other", "Not chosen", "By Lea Park", "Another clean story."));
        gateway = new SteppedGateway(ws);
        session = new ExportSession(gateway, new ExportService(ws, SharedAnalyzer.get()));
        session.onChange(() -> changes++);
        session.setDestination(out.toString());
    }

    private Item item(String id) {
        return session.item(id).orElseThrow();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theChosenArticlesComeFirstTickedAndEachIsCheckedThroughTheGateway() {
        session.load(List.of("no-headline", "clean", "no-byline"));
        assertThat(session.loading()).isTrue();
        assertThat(session.hold()).isEqualTo(Hold.LOADING);
        gateway.step(); // the list
        assertThat(session.items()).extracting(Item::id).startsWith("no-headline", "clean", "no-byline").contains("other");
        assertThat(item("other").included()).isFalse();
        assertThat(item("other").state()).isEqualTo(State.NOT_TICKED);
        assertThat(item("clean").state()).isEqualTo(State.CHECKING);
        assertThat(session.counts()).isEqualTo(new ExportSession.Counts(3, 3, 0, 0));
        assertThat(session.hold()).isEqualTo(Hold.CHECKING);
        assertThat(gateway.waiting()).as("one check per ticked article, on the gateway").isEqualTo(3);
        gateway.drain();
        assertThat(item("clean").state()).isEqualTo(State.READY);
        assertThat(item("no-byline").state()).isEqualTo(State.WARNINGS);
        assertThat(item("no-headline").state()).isEqualTo(State.BLOCKED);
        assertThat(item("no-headline").headline()).as("no headline: the id stands in").isEqualTo("no-headline");
        assertThat(session.counts()).isEqualTo(new ExportSession.Counts(3, 0, 1, 2));
        assertThat(changes).isPositive();

        session.setIncluded(item("other"), true);
        assertThat(item("other").state()).isEqualTo(State.CHECKING);
        gateway.drain();
        assertThat(item("other").state()).isEqualTo(State.READY);
    }

    @Test
    void exportIsTheDefaultOnlyWhenSomethingIsReadyAndOtherwiseSaysWhyNot() {
        session.load(List.of());
        gateway.drain();
        assertThat(session.hold()).isEqualTo(Hold.NOTHING_TICKED);
        assertThat(session.defaultAction()).isEqualTo(DefaultAction.CLOSE);

        session.setIncluded(item("no-headline"), true);
        session.setIncluded(item("no-byline"), true);
        gateway.drain();
        assertThat(session.counts().ready()).isZero();
        assertThat(session.hold()).as("0 ready: a blocker and an unaccepted warning").isEqualTo(Hold.ALL_HELD_BACK);
        assertThat(session.defaultAction()).isEqualTo(DefaultAction.CLOSE);

        session.setExportAnyway(item("no-headline"), true);
        assertThat(session.hold()).as("a blocker cannot be exported anyway").isEqualTo(Hold.ALL_HELD_BACK);
        session.setExportAnyway(item("no-byline"), true);
        assertThat(item("no-byline").state()).isEqualTo(State.WARNINGS_ACCEPTED);
        assertThat(session.hold()).isEqualTo(Hold.NONE);
        assertThat(session.defaultAction()).isEqualTo(DefaultAction.EXPORT);

        session.setDestination("  ");
        assertThat(session.hold()).isEqualTo(Hold.NO_DESTINATION);
        assertThat(session.defaultAction()).isEqualTo(DefaultAction.CLOSE);
        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, false);
        assertThat(gateway.waiting()).as("held back: nothing is asked of the workspace").isZero();
        assertThat(session.running()).isFalse();
    }

    @Test
    void aRunExportsWhatIsReadyArticleByArticleAndUnticksWhatWentOut() throws Exception {
        session.load(List.of("clean", "no-byline", "no-headline"));
        gateway.drain();
        session.setExportAnyway(item("no-byline"), true);
        session.export(ExportFormat.MARKDOWN, ExportOptions.DEFAULT, false);
        assertThat(session.running()).isTrue();
        assertThat(session.defaultAction()).as("Enter does not stop a run").isEqualTo(DefaultAction.NONE);
        assertThat(session.hold()).isEqualTo(Hold.RUNNING);
        gateway.step(); // the destination
        assertThat(session.progress()).isEqualTo(new ExportSession.Progress(0, 2, "A clean story"));
        assertThat(files()).isEmpty();
        gateway.step();
        assertThat(files()).containsExactly("clean.md");
        assertThat(session.progress()).isEqualTo(new ExportSession.Progress(1, 2, "A story without byline"));
        assertThat(session.progress().fraction()).isEqualTo(0.5);
        gateway.drain();
        assertThat(session.running()).isFalse();
        assertThat(files()).containsExactly("clean.md", "no-byline.md");
        assertThat(session.outcome()).isEqualTo(new ExportSession.Outcome(2, 0, 1, 0, false, null, null));
        assertThat(item("clean").state()).isEqualTo(State.EXPORTED);
        assertThat(item("clean").included()).isFalse();
        assertThat(ws.get("clean").status()).isEqualTo(ArticleStatus.EXPORTED);
        assertThat(ws.get("no-headline").status()).isEqualTo(ArticleStatus.READY);
        // what is left is held back: Close is the default now
        assertThat(session.hold()).isEqualTo(Hold.ALL_HELD_BACK);
        assertThat(session.defaultAction()).isEqualTo(DefaultAction.CLOSE);
        assertThat(session.exportedFile(item("no-byline"))).isEqualTo(out.resolve("no-byline.md").toAbsolutePath());
        assertThat(session.exportedFile(item("no-headline"))).as("else the first exported").isEqualTo(out.resolve("clean.md").toAbsolutePath());
        assertThat(session.exportFolder()).isEqualTo(out);
    }

    @Test
    void aStoppedRunEndsAfterTheArticleBeingWritten() throws Exception {
        ws.save(story("third", "A third story", "By Kim", "Text."));
        session.load(List.of("clean", "other", "third"));
        gateway.drain();
        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, false);
        gateway.step(); // the destination
        session.stop();
        assertThat(session.stopping()).isTrue();
        gateway.drain();
        assertThat(files()).containsExactly("clean.txt");
        assertThat(session.outcome()).isEqualTo(new ExportSession.Outcome(1, 0, 0, 2, true, null, null));
        assertThat(item("other").included()).as("not exported: still ticked for the next run").isTrue();
        assertThat(session.hold()).isEqualTo(Hold.NONE);
    }

    @Test
    void anExistingFileIsReportedByNameAndKeptUntilReplacingIsAsked() throws Exception {
        Files.writeString(out.resolve("clean.txt"), "keep");
        session.load(List.of("clean"));
        gateway.drain();
        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, false);
        gateway.drain();
        assertThat(item("clean").state()).isEqualTo(State.FAILED);
        assertThat(item("clean").problem()).isEqualTo(new ExportSession.Problem(Failure.EXISTS, "clean.txt"));
        assertThat(session.outcome().failed()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("clean.txt"))).isEqualTo("keep");
        assertThat(ws.get("clean").status()).isEqualTo(ArticleStatus.READY);
        assertThat(session.hold()).as("still ticked, still exportable").isEqualTo(Hold.NONE);

        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, true);
        gateway.drain();
        assertThat(item("clean").state()).isEqualTo(State.EXPORTED);
        assertThat(Files.readString(out.resolve("clean.txt"))).startsWith("A clean story");
    }

    @Test
    void aDestinationThatIsAFileOrInsideTheWorkspaceOrNoPathIsRefusedInWordsAndNothingIsWritten() throws Exception {
        session.load(List.of("clean"));
        gateway.drain();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        session.setDestination(file.toString());
        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, false);
        gateway.drain();
        assertThat(session.outcome().problem()).isEqualTo(RunProblem.NOT_A_FOLDER);
        assertThat(session.outcome().detail()).isEqualTo(file.toString());
        assertThat(session.running()).isFalse();
        assertThat(Files.readString(file)).isEqualTo("x");

        session.setDestination(ws.root().resolve("exports").toString());
        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, false);
        gateway.drain();
        assertThat(session.outcome().problem()).isEqualTo(RunProblem.REFUSED);
        assertThat(session.outcome().detail()).contains("inside the workspace");
        assertThat(Files.exists(ws.root().resolve("exports"))).isFalse();

        session.setDestination("bad\u0000name");
        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, false);
        assertThat(session.outcome().problem()).isEqualTo(RunProblem.BAD_DESTINATION);
        assertThat(session.outcome().detail()).isEqualTo("bad\u0000name");
        assertThat(gateway.waiting()).isZero();
        assertThat(item("clean").state()).isEqualTo(State.READY);
    }

    @Test
    void anArticleGoneOrBrokenAfterListingIsUnreadableInWordsAndTheOthersGoOn() throws Exception {
        Files.writeString(ws.fileOf("broken"), "{ not json");
        session.load(List.of("clean", "no-byline", "broken"));
        gateway.step(); // the list: the broken file is not offered
        assertThat(session.items()).extracting(Item::id).doesNotContain("broken");
        Files.delete(ws.fileOf("no-byline"));
        gateway.drain();
        assertThat(item("no-byline").state()).isEqualTo(State.UNREADABLE);
        assertThat(item("no-byline").problem().kind()).isEqualTo(Failure.UNREADABLE);
        assertThat(item("no-byline").problem().detail()).contains("no-byline");
        assertThat(session.counts()).isEqualTo(new ExportSession.Counts(2, 0, 1, 1));
        session.export(ExportFormat.TEXT, ExportOptions.DEFAULT, false);
        gateway.drain();
        assertThat(files()).containsExactly("clean.txt");
    }

    @Test
    void theSameFindingInTenPlacesIsOneGroupWithItsPlacesAndOneFixThatCanBeUndone() throws Exception {
        Article original = ws.save(guillemets());
        session.load(List.of("quotes"));
        gateway.drain();
        Item quotes = item("quotes");
        assertThat(quotes.findings()).isEqualTo(10);
        assertThat(quotes.groups()).hasSize(1);
        Group g = quotes.groups().get(0);
        assertThat(g.count()).isEqualTo(10);
        assertThat(g.message()).contains("« »").contains("English");
        assertThat(g.fixesQuotationMarks()).isTrue();
        assertThat(g.places()).extracting(ExportSession.Place::paragraph).containsExactly(1, 1, 1, 1, 2, 2, 2, 2, 2, 2);
        assertThat(g.places().get(0).context()).contains("«we will build»");
        assertThat(g.places()).allSatisfy(p -> assertThat(p.context()).isNotBlank().doesNotContain("\n"));
        assertThat(g.first()).isEqualTo(g.places().get(0).finding());
        assertThat(quotes.quotationMarksToFix()).isEqualTo(10);

        session.fixQuotationMarks(quotes);
        assertThat(session.fixing()).isTrue();
        gateway.drain();
        assertThat(session.fixProblem()).isNull();
        Article fixed = ws.get("quotes");
        assertThat(fixed.bodyText()).isEqualTo("The mayor said “we will build” and “we will pay” at the meeting.\n"
                + "Residents answered “not here”, “not now” and “not us” before leaving.");
        assertThat(fixed.revision()).isEqualTo(original.revision() + 1);
        InlineSpan bold = fixed.body().get(0).inline().get(0);
        assertThat(fixed.body().get(0).text().substring(bold.start(), bold.end())).isEqualTo("we will build");
        assertThat(session.lastFix().replaced()).isEqualTo(10);
        assertThat(quotes.state()).as("checked again after the fix").isEqualTo(State.READY);
        assertThat(quotes.groups()).isEmpty();

        session.undoFix();
        gateway.drain();
        assertThat(ws.get("quotes").body()).isEqualTo(original.body());
        assertThat(session.lastFix()).isNull();
        assertThat(quotes.groups()).hasSize(1);
        assertThat(quotes.groups().get(0).count()).isEqualTo(10);
    }

    @Test
    void aFixIsRefusedWhenTheArticleChangedSinceItWasCheckedAndTheOtherChangeIsKept() throws Exception {
        ws.save(guillemets());
        session.load(List.of("quotes"));
        gateway.drain();
        Article theirs = ws.get("quotes");
        ws.save(theirs.withHeadline("Changed by someone else"));
        session.fixQuotationMarks(item("quotes"));
        gateway.drain();
        assertThat(session.fixProblem()).isNotBlank();
        assertThat(session.lastFix()).isNull();
        Article stored = ws.get("quotes");
        assertThat(stored.headline()).isEqualTo("Changed by someone else");
        assertThat(stored.bodyText()).contains("«we will build»");
        assertThat(item("quotes").groups()).as("checked again").hasSize(1);
    }

    @Test
    void findingsThatDifferAreGroupsOfTheirOwnInPreflightOrderAndOnlyQuotationMarksOfferTheFix() throws Exception {
        session.load(List.of("no-headline", "no-byline"));
        gateway.drain();
        List<Group> groups = new ArrayList<>(item("no-headline").groups());
        assertThat(groups).extracting(Group::check).containsExactly(PreflightFinding.Check.MISSING_HEADLINE);
        assertThat(groups.get(0).isBlocker()).isTrue();
        assertThat(groups.get(0).places().get(0).paragraph()).as("not in the body").isZero();
        assertThat(groups).noneMatch(Group::fixesQuotationMarks);
        assertThat(item("no-byline").groups()).extracting(Group::check).containsExactly(PreflightFinding.Check.MISSING_BYLINE);
        assertThat(item("no-byline").quotationMarksToFix()).isZero();
        int ran = gateway.ran;
        session.fixQuotationMarks(item("no-byline"));
        assertThat(gateway.waiting()).as("nothing to fix: nothing asked").isZero();
        assertThat(gateway.ran).isEqualTo(ran);
    }
}
