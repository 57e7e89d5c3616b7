package org.copydesk.ui.common;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.copydesk.storage.AtomicFiles;

/**
 * When the phases of a start happened, in milliseconds since the JVM started. Only recorded when the system property
 * {@value #REPORT} names a file (as {@code copydesk bench startup} does): once every expected phase has happened the
 * line {@code phase=ms phase=ms ...} is written there (off the FX thread) and {@code onComplete} runs. Thread-safe.
 */
public final class StartupPhases {
    /** System property: the file to write the phases to. */
    public static final String REPORT = "copydesk.startupReport";
    public static final String WINDOW_SHOWN = "window-shown";
    /** The story and the side panel on screen beside the list (they join the first picture in the next frame). */
    public static final String STORY_SHOWN = "story-shown";
    public static final String LIST_FILLED = "list-filled";
    public static final String MODELS_READY = "models-ready";
    public static final String INDEX_OPEN = "index-open";
    /** Appended to a phase's name for the process's CPU time (ms, every thread) when it happened. */
    public static final String CPU_SUFFIX = ".cpu";

    private static final System.Logger LOG = System.getLogger(StartupPhases.class.getName());

    private final Path report;
    private final List<String> expected;
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private Consumer<String> onComplete = line -> { };
    private boolean written;

    StartupPhases(Path report, List<String> expected) {
        this.report = report;
        this.expected = List.copyOf(expected);
    }

    /** Phases recorded to the file the system property names, or a recorder that records nothing. */
    public static StartupPhases fromSystemProperty(List<String> expected) {
        String file = System.getProperty(REPORT);
        return new StartupPhases(file == null || file.isBlank() ? null : Path.of(file), expected);
    }

    public boolean enabled() {
        return report != null;
    }

    /** Runs with the written line once every expected phase is recorded (on the thread that recorded the last). */
    public synchronized void onComplete(Consumer<String> action) {
        this.onComplete = action;
    }

    /** Records a phase now (the first time only). */
    public void mark(String phase) {
        if (report != null) {
            mark(phase, ManagementFactory.getRuntimeMXBean().getUptime(), processCpuMillis());
        }
    }

    /** CPU time of the whole process so far (every thread), in ms; -1 when the JVM does not say. */
    static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0 ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    synchronized void mark(String phase, long millisSinceJvmStart) {
        mark(phase, millisSinceJvmStart, -1);
    }

    /**
     * Records a phase with the process's CPU time then (written as {@code phase.cpu=ms} after the phases: on a busy
     * machine the wall time says little, the CPU time still says how much work came before the phase).
     */
    synchronized void mark(String phase, long millisSinceJvmStart, long cpuMillis) {
        if (report == null || phases.containsKey(phase)) {
            return;
        }
        phases.put(phase, millisSinceJvmStart);
        if (cpuMillis >= 0) {
            cpu.put(phase + CPU_SUFFIX, cpuMillis);
        }
        if (!written && phases.keySet().containsAll(expected)) {
            written = true;
            String line = line();
            Consumer<String> action = onComplete;
            Thread t = new Thread(() -> {
                write(line);
                action.accept(line);
            }, "copydesk-startup-report");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * The phases so far, in the order they happened, then the CPU times:
     * {@code window-shown=812 list-filled=840 window-shown.cpu=1210 list-filled.cpu=1300}.
     */
    public synchronized String line() {
        StringBuilder b = new StringBuilder();
        phases.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
        cpu.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }

    private void write(String line) {
        try {
            // the file is written by storage, whole or not at all (the UI does no file work of its own)
            AtomicFiles.write(report, (line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write the start-up report " + report, e);
        }
    }

    /** Parses a written line back into phases (for the benchmark); malformed parts are an error naming them. */
    public static Map<String, Long> parse(String line) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String part : line.strip().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a start-up phase: '" + part + "'");
            }
            try {
                out.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a start-up phase: '" + part + "'", e);
            }
        }
        return out;
    }
}
