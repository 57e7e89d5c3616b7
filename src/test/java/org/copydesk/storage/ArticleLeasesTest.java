package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One editing window per article: leases taken, refused, released, and taken over from the dead and the silent. */
class ArticleLeasesTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWindowIsRefusedUntilTheFirstLetsGo() throws Exception {
        Workspace ws = Workspace.open(dir);
        ArticleLeases first = new ArticleLeases(ws, Duration.ofSeconds(90));
        ArticleLeases second = new ArticleLeases(ws, Duration.ofSeconds(90));
        assertThat(first.acquire("story")).isEmpty();
        assertThat(first.acquire("story")).as("taking it again is fine").isEmpty();
        ArticleLeases.Holder holder = second.acquire("story").orElseThrow();
        assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(second.otherHolder("story")).isPresent();
        assertThat(second.refresh("story")).as("not its lease").isFalse();
        second.release("story"); // not its lease: nothing happens
        assertThat(first.refresh("story")).isTrue();
        first.release("story");
        assertThat(first.fileOf("story")).doesNotExist();
        assertThat(second.otherHolder("story")).isEmpty();
        assertThat(second.acquire("story")).isEmpty();
        assertThat(first.acquire("story")).isPresent();
    }

    @Test
    void aLeaseNotRefreshedInTimeIsTakenOverAndAnUnreadableOneIsNoLease() throws Exception {
        Workspace ws = Workspace.open(dir);
        Instant t0 = Instant.parse("2026-11-30T10:00:00Z");
        ArticleLeases other = new ArticleLeases(ws, Duration.ofSeconds(90), Clock.fixed(t0, ZoneOffset.UTC));
        assertThat(other.acquire("story")).isEmpty();
        ArticleLeases soon = new ArticleLeases(ws, Duration.ofSeconds(90), Clock.fixed(t0.plusSeconds(60), ZoneOffset.UTC));
        assertThat(soon.acquire("story")).as("refreshed 60 s ago: still held").isPresent();
        ArticleLeases late = new ArticleLeases(ws, Duration.ofSeconds(90), Clock.fixed(t0.plusSeconds(120), ZoneOffset.UTC));
        assertThat(late.acquire("story")).as("silent for 120 s: taken over").isEmpty();
        assertThat(other.refresh("story")).as("the silent window learns it lost it").isFalse();

        for (String hostile : new String[] {"", "pid=abc\nhost=h\nsession=s\nsince=x\nrefreshed=y", "x".repeat(10_000), "pid=-1\nhost=h\nsession=s\nsince=2026-11-30T10:00:00Z\nrefreshed=2026-11-30T10:00:00Z"}) {
            Files.writeString(late.fileOf("bad"), hostile);
            assertThat(late.otherHolder("bad")).as("unreadable lease %s", hostile.length()).isEmpty();
            assertThat(late.acquire("bad")).isEmpty();
            assertThat(ArticleLeases.read(late.fileOf("bad")).orElseThrow().session()).isEqualTo(late.me().session());
        }
        Files.createDirectories(late.fileOf("folder"));
        assertThat(late.otherHolder("folder")).as("a folder in place of a lease is no lease").isEmpty();
    }

    @Test
    void aLeaseHeldByAnotherProcessIsRefusedAndTakenOverOnceThatProcessIsKilled() throws Exception {
        Workspace ws = Workspace.open(dir);
        Path log = dir.resolve("holder");
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.javaBinary(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LeaseHolder.class.getName(), dir.toString(), "story");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("held");
            ArticleLeases mine = new ArticleLeases(ws, Duration.ofSeconds(90));
            ArticleLeases.Holder h = mine.acquire("story").orElseThrow();
            assertThat(h.pid()).isEqualTo(child.pid());
            child.destroyForcibly(); // SIGKILL: the lease file stays behind
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(mine.fileOf("story")).exists();
            assertThat(mine.otherHolder("story")).as("its process is dead").isEmpty();
            assertThat(mine.acquire("story")).isEmpty();
            assertThat(ArticleLeases.read(mine.fileOf("story")).orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        } finally {
            child.destroyForcibly();
        }
        assertThat(log).doesNotExist();
    }
}
