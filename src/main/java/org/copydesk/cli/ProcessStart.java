package org.copydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * When this process started, in epoch milliseconds, to within 10 ms on Linux. {@code ProcessHandle.info().startInstant()}
 * is not good enough for phase timings: the JDK adds the process's start (in clock ticks since boot) to the boot time
 * of {@code /proc/stat}, which has whole seconds, so its instant lies up to a second early and every phase printed from
 * it looked up to a second later than it was (the "models ready" of {@code analyze --timings} came after the whole run
 * had ended). Here the age of the process is taken from {@code /proc/uptime} (hundredths of a second) instead.
 */
final class ProcessStart {
    /** Linux's USER_HZ, the unit of a process's start time in {@code /proc/self/stat}, on every mainstream architecture. */
    static final int CLOCK_TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    /** The start in epoch milliseconds; from the JDK's (coarser) instant when /proc cannot be read, else -1. */
    static long epochMillis() {
        long now = System.currentTimeMillis();
        try {
            long t = fromProc(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")), now);
            if (t >= 0) {
                return t;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted: the JDK's figure
        }
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    /**
     * The start from the text of {@code /proc/self/stat} and {@code /proc/uptime} read at {@code nowMillis}; -1 when
     * either is not what Linux writes.
     */
    static long fromProc(String stat, String uptime, long nowMillis) {
        // the command name (field 2) is in parentheses and may hold spaces and parentheses: fields count from the last ')'
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return -1;
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        String[] up = uptime.trim().split("\\s+");
        if (fields.length < 20 || up.length < 1) {
            return -1;
        }
        try {
            long startTicks = Long.parseLong(fields[19]); // field 22: starttime
            double upSeconds = Double.parseDouble(up[0]);
            if (startTicks < 0 || !(upSeconds >= 0) || Double.isInfinite(upSeconds)) {
                return -1;
            }
            long ageMillis = Math.round(upSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
            return ageMillis < 0 ? -1 : nowMillis - ageMillis;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
