package org.copydesk.ui.editor;

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
import org.copydesk.storage.ChildJvm;
import org.copydesk.storage.RecoveryJournal;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved edits survive a crash of the app: a separate JVM runs the real editor (JavaFX, headless) and types into it
 * (see {@link EditorTyper}); it is killed with SIGKILL at a varying moment, again and again. After each kill the
 * recovery journal must hold a complete state of the body, at least as recent as the last one the editor reported
 * written, and the last round restores it into the article. {@code -Dcopydesk.editorKills=N} runs more rounds.
 */
class EditorKillTest {
    static final int KILLS = Integer.getInteger("copydesk.editorKills", 4);

    @TempDir
    Path dir;

    @Test
    void aKilledEditorLeavesAJournalOfWhatWasTypedAndItRestores() throws Exception {
        Workspace ws = Workspace.open(dir);
        Article saved = ws.create(Article.draft("new", "Typed then killed", "en", Instant.parse("2026-11-30T09:00:00Z")));
        List<String> report = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            List<String> cmd = new ArrayList<>(List.of(ChildJvm.javaBinary(), "-XX:TieredStopAtLevel=1", "-Xmx256m",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    EditorTyper.class.getName(), dir.toString(), saved.id()));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            int lastWritten = 0;
            int wanted = 1 + round % 3; // kill after 1, 2 or 3 journal writes
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                int writes = 0;
                String line;
                while (writes < wanted && System.nanoTime() < deadline && (line = in.readLine()) != null) {
                    if (line.startsWith("written ")) {
                        lastWritten = Integer.parseInt(line.substring(8));
                        writes++;
                    }
                }
                // and then a varying moment later, somewhere between two journal writes
                Thread.sleep(round * 300L % 1700);
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, nothing flushed
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(lastWritten).as("round %d: the editor wrote its journal while typing", round).isPositive();

            RecoveryJournal journal = new RecoveryJournal(Workspace.open(dir), Duration.ofSeconds(2));
            List<RecoveryJournal.Recovered> pending = journal.pending();
            assertThat(pending).as("round %d", round).hasSize(1);
            RecoveryJournal.Recovered r = pending.get(0);
            int words = EditorTyper.wordsIn(r.unsaved().body());
            assertThat(words).as("round %d: at least as recent as reported", round).isGreaterThanOrEqualTo(lastWritten);
            assertThat(r.unsaved().bodyText()).as("round %d: a complete state", round).isEqualTo(EditorTyper.textAfter(words));
            assertThat(r.unsaved().headline()).isEqualTo("Typed then killed");
            assertThat(r.restoresInPlace()).isTrue();
            try (Stream<Path> s = Files.list(journal.folder())) {
                assertThat(s.filter(x -> x.getFileName().toString().endsWith(".tmp"))).isEmpty();
            }
            report.add("kill " + round + ": " + words + " words in the journal (last reported " + lastWritten + ")");
            if (round == KILLS - 1) {
                Article restored = journal.restore(r);
                assertThat(restored.id()).isEqualTo(saved.id());
                assertThat(Workspace.open(dir).get(saved.id()).bodyText()).isEqualTo(EditorTyper.textAfter(words));
                assertThat(journal.pending()).isEmpty();
            }
            journal.close();
        }
        System.out.println("EditorKillTest: " + KILLS + " kills of the editor; " + String.join("; ", report));
    }
}
