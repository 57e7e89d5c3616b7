package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessStartTest {
    private static final String STAT = "29718 (java) S 29715 29715 27127 0 -1 4194304 121 0 0 0 0 0 0 0 20 0 1 0 4745963 "
            + "3133440 394 18446744073709551615 94834837172224";

    @Test
    void theStartIsNowLessTheProcessAgeFromUptimeToTheHundredth() {
        // started 47459.63 s after boot, uptime now 47460.85 s: the process is 1,220 ms old
        assertEquals(1_000_000L - 1_220, ProcessStart.fromProc(STAT, "47460.85 21761.85\n", 1_000_000L));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = STAT.replace("(java)", "(a b) ) (c)");
        assertEquals(1_000_000L - 1_220, ProcessStart.fromProc(stat, "47460.85 1.0", 1_000_000L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "1 (java) S 2 3", "1 (java) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 x 1 1",
            "1 (java) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 -5 1 1"})
    void aMalformedStatGivesNoStart(String stat) {
        assertEquals(-1, ProcessStart.fromProc(stat, "47460.85 1.0", 1_000_000L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x y", "NaN 1", "Infinity 1", "-3 1", "47459.00 1"})
    void aMalformedOrEarlierUptimeGivesNoStart(String uptime) {
        assertEquals(-1, ProcessStart.fromProc(STAT, uptime, 1_000_000L));
    }

    @Test
    void thisProcessStartedBeforeNowAndWithinItsUptime() {
        long start = ProcessStart.epochMillis();
        long now = System.currentTimeMillis();
        long jvmUptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        assertTrue(start > 0 && start <= now, "start " + start + " now " + now);
        // the process is forked a little before the JVM starts counting its uptime, so it is at least that old; compared
        // as ages, not as dates: the JVM's recorded start date does not follow a step of the wall clock since then (a CI
        // machine's clock stepped 8 s forward during a run, and the dates disagreed by that much)
        long age = now - start;
        assertTrue(age + 20 >= jvmUptime, "process age " + age + " ms, the JVM's uptime " + jvmUptime + " ms");
    }
}
