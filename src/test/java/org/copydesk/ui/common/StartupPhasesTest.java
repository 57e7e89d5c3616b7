package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupPhasesTest {
    @TempDir
    Path dir;

    @Test
    void theReportIsWrittenOnceEveryExpectedPhaseHappenedWithTheFirstTimeOfEach() throws Exception {
        Path file = dir.resolve("phases.txt");
        StartupPhases p = new StartupPhases(file, List.of("window-shown", "list-filled"));
        CompletableFuture<String> done = new CompletableFuture<>();
        p.onComplete(done::complete);
        p.mark("window-shown", 810);
        p.mark("window-shown", 900);
        assertThat(Files.exists(file)).isFalse();
        p.mark("list-filled", 845);
        String line = done.get(10, TimeUnit.SECONDS);
        assertThat(line).isEqualTo("window-shown=810 list-filled=845");
        assertThat(Files.readString(file)).isEqualTo("window-shown=810 list-filled=845\n");
        assertThat(StartupPhases.parse(Files.readString(file)))
                .containsExactly(Map.entry("window-shown", 810L), Map.entry("list-filled", 845L));
    }

    @Test
    void theProcessCpuTimeOfEachPhaseFollowsThePhases() throws Exception {
        Path file = dir.resolve("phases.txt");
        StartupPhases p = new StartupPhases(file, List.of("window-shown", "list-filled"));
        CompletableFuture<String> done = new CompletableFuture<>();
        p.onComplete(done::complete);
        p.mark("window-shown", 810, 1500);
        p.mark("window-shown", 900, 1900);
        p.mark("list-filled", 845, 1620);
        assertThat(done.get(10, TimeUnit.SECONDS))
                .isEqualTo("window-shown=810 list-filled=845 window-shown.cpu=1500 list-filled.cpu=1620");
        assertThat(StartupPhases.parse(Files.readString(file))).containsEntry("list-filled.cpu", 1620L)
                .containsEntry("window-shown", 810L);
        assertThat(StartupPhases.processCpuMillis()).as("this JVM has used some CPU").isPositive();
    }

    @Test
    void withoutTheSystemPropertyNothingIsRecorded() {
        StartupPhases p = StartupPhases.fromSystemProperty(List.of("window-shown"));
        assertThat(p.enabled()).isFalse();
        p.mark("window-shown");
        assertThat(p.line()).isEmpty();
    }

    @Test
    void aMalformedReportIsAnErrorNamingThePart() {
        assertThatThrownBy(() -> StartupPhases.parse("window-shown=81x list-filled=3"))
                .hasMessageContaining("window-shown=81x");
        assertThatThrownBy(() -> StartupPhases.parse("=5")).hasMessageContaining("'=5'");
        assertThatThrownBy(() -> StartupPhases.parse("Exception in thread main"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
