package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupBenchCommandTest {
    @Test
    void rejectsNonsenseRunsAndTimeouts() {
        assertThat(CliRunner.run(null, "bench", "startup", "--runs", "0").exit()).isEqualTo(CopydeskCommand.USAGE);
        assertThat(CliRunner.run(null, "bench", "startup", "--timeout", "1").exit()).isEqualTo(CopydeskCommand.USAGE);
    }

    @Test
    void theMedianOfEachPhaseIsTakenOverTheRuns() {
        List<Map<String, Long>> runs = List.of(Map.of("window-shown", 900L), Map.of("window-shown", 700L),
                Map.of("window-shown", 2500L));
        assertThat(StartupBenchCommand.median(runs, "window-shown")).isEqualTo(900L);
        assertThat(StartupBenchCommand.median(runs, "list-filled")).as("a phase never reached").isEqualTo(-1L);
    }
}
