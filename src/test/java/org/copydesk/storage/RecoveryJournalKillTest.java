package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved edits survive a crash: a separate JVM types through the recovery journal and is killed with SIGKILL at a
 * varying moment, again and again; each time the journal must hold a complete state at least as recent as the last
 * one it reported written, and restoring it must bring the text back. {@code -Dcopydesk.kills=N} runs more rounds.
 */
class RecoveryJournalKillTest {
    static final int KILLS = Integer.getInteger("copydesk.kills", 6);

    @TempDir
    Path dir;

    @Test
    void aKilledEditorsJournalAlwaysHoldsACompleteRecentStateAndRestoresIt() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article saved = ws.create(Article.draft("new", "Kill test", "en", Instant.parse("2026-11-27T09:00:00Z"))
                .withBody(List.of(Paragraph.of("Saved text."))));
        List<String> report = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            ProcessBuilder pb = new ProcessBuilder(ChildJvm.javaBinary(), "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), JournalTyper.class.getName(), dir.toString(), saved.id(), "20");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            int lastWritten = 0;
            int wanted = 5 + round * 7; // kill after a different number of journal writes each round
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                int writes = 0;
                String line;
                while (writes < wanted && System.nanoTime() < deadline && (line = in.readLine()) != null) {
                    if (line.startsWith("written ")) {
                        lastWritten = Integer.parseInt(line.substring(8));
                        writes++;
                    }
                }
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(lastWritten).as("round %d: the child wrote its journal", round).isPositive();

            RecoveryJournal journal = new RecoveryJournal(Workspace.open(dir), Duration.ofSeconds(3));
            List<RecoveryJournal.Recovered> pending = journal.pending();
            assertThat(pending).as("round %d", round).hasSize(1);
            RecoveryJournal.Recovered r = pending.get(0);
            int words = r.unsaved().body().stream().mapToInt(x -> x.text().split(" ").length).sum();
            assertThat(words).as("round %d: journal at least as recent as reported", round).isGreaterThanOrEqualTo(lastWritten);
            assertThat(r.unsaved().body()).as("round %d: a complete state", round).isEqualTo(JournalTyper.bodyAfter(words));
            assertThat(r.summary()).contains("Kill test").contains("differ from the saved version");
            try (Stream<Path> s = Files.list(journal.folder())) {
                assertThat(s.filter(x -> x.getFileName().toString().endsWith(".tmp"))).isEmpty();
            }
            report.add("kill " + round + ": " + words + " words restored (last reported " + lastWritten + ")");
            if (round == KILLS - 1) {
                Article restored = journal.restore(r);
                assertThat(restored.id()).isEqualTo(saved.id());
                assertThat(Workspace.open(dir).get(saved.id()).body()).isEqualTo(JournalTyper.bodyAfter(words));
                assertThat(journal.pending()).isEmpty();
                assertThat(journal.fileOf(saved.id())).doesNotExist();
            }
            journal.close();
        }
        System.out.println("RecoveryJournalKillTest: " + KILLS + " kills; " + String.join("; ", report));
    }

    @Test
    void aJournalOfAnArticleSavedElsewhereMeanwhileIsRestoredAsACopyAndADiscardedOneIsGone() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article a = ws.create(Article.draft("new", "Two versions", "en", Instant.parse("2026-11-27T09:00:00Z"))
                .withBody(List.of(Paragraph.of("Saved."))));
        try (RecoveryJournal journal = new RecoveryJournal(ws, Duration.ofMillis(10))) {
            journal.record(a.withBody(List.of(Paragraph.of("Typed but not saved."))));
            journal.flush();
            ws.save(ws.get(a.id()).withBody(List.of(Paragraph.of("Saved by someone else."))));
            RecoveryJournal.Recovered r = journal.pending().get(0);
            assertThat(r.restoresInPlace()).isFalse();
            assertThat(r.summary()).contains("restored as a copy");
            Article copy = journal.restore(r);
            assertThat(copy.id()).isNotEqualTo(a.id());
            assertThat(copy.headline()).isEqualTo("Two versions (recovered)");
            assertThat(ws.get(copy.id()).bodyText()).isEqualTo("Typed but not saved.");
            assertThat(ws.get(a.id()).bodyText()).isEqualTo("Saved by someone else.");

            journal.record(ws.get(a.id()).withBody(List.of(Paragraph.of("Another edit."))));
            journal.flush();
            assertThat(journal.pending()).hasSize(1);
            journal.discard(a.id());
            assertThat(journal.pending()).isEmpty();
        }
    }
}
