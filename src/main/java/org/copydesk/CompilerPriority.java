package org.copydesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lets the desktop app's own threads go before the JVM's optimising compiler (C2) when they compete for the cores.
 * On a two-core machine the first picture of the window waited for its CPU: by the time the window was shown C2 had
 * used about 1 s of CPU (the JavaFX thread as much, C1 0.6 s; a minimal JavaFX window's C2 0.36 s), compiling code
 * that mostly had already run by the time the compiled form was there. Here C2's threads get a nice value of
 * {@value #DEFAULT_NICE} at the launch, so when the JavaFX thread, the quick compiler (C1) and the threads that
 * prepare the window want the cores, they have them; when a core is free (the app idle, or one busy thread on two
 * cores) C2 compiles as fast as before. Measured with {@code bench startup} (README): the window with its list
 * about 300 ms sooner, the story and the language models too.
 *
 * <p>Linux only: the threads are found in {@code /proc/self/task} by the name HotSpot gives them (the kernel keeps
 * 15 characters: {@code C2 CompilerThre}), and their nice value set with {@code renice}, which any user may do to their
 * own threads (a thread that C2 starts later inherits it). Setting it back would need privileges, so it stays for the
 * life of the app. Elsewhere, or when {@code renice} is missing or refuses, nothing changes. Only the scheduling
 * changes, never a result. {@code -Dcopydesk.compilerNice=0} turns it off, another number from 1 to 19 sets the nice
 * value.
 */
public final class CompilerPriority {
    static final String PROPERTY = "copydesk.compilerNice";
    static final int DEFAULT_NICE = 10;
    /** The start of the names HotSpot gives C2's threads ({@code C2 CompilerThread0}, ...), as the kernel keeps them. */
    static final String C2_THREAD = "C2 Compiler";

    private CompilerPriority() {
    }

    /** {@link #lower} for this process on a background (daemon) thread; returns at once. */
    public static void lowerSoon() {
        int nice = niceFrom(System.getProperty(PROPERTY));
        if (nice == 0) {
            return;
        }
        Thread t = new Thread(() -> lower(Path.of("/proc/self/task"), nice), "copydesk-compiler-priority");
        t.setDaemon(true);
        t.start();
    }

    /** The nice value asked for by the system property's value: the default when unset or not a number from 0 to 19. */
    static int niceFrom(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_NICE;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 0 && n <= 19 ? n : DEFAULT_NICE;
        } catch (NumberFormatException e) {
            return DEFAULT_NICE;
        }
    }

    /**
     * The ids of the threads under {@code tasks} (a {@code /proc/PID/task} folder) that are C2's, in order. Only
     * entries named by a number are thread ids; nothing else is put on {@code renice}'s command line.
     */
    static List<String> optimisingCompilerThreads(Path tasks) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) all.sorted()::iterator) {
                String id = task.getFileName().toString();
                if (id.isEmpty() || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    continue;
                }
                try {
                    if (Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).startsWith(C2_THREAD)) {
                        found.add(id);
                    }
                } catch (IOException threadEnded) {
                    // the thread ended while we looked
                }
            }
        }
        return found;
    }

    /** The command that gives these threads this nice value. */
    static List<String> reniceCommand(int nice, List<String> threads) {
        List<String> cmd = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        cmd.addAll(threads);
        return cmd;
    }

    /**
     * Gives C2's threads among {@code tasks} this nice value; true when {@code renice} did. Never throws; waits for
     * {@code renice} (a few milliseconds), so call it off the JavaFX thread.
     */
    static boolean lower(Path tasks, int nice) {
        try {
            if (nice <= 0 || !Files.isDirectory(tasks)) {
                return false;
            }
            List<String> threads = optimisingCompilerThreads(tasks);
            if (threads.isEmpty()) {
                return false;
            }
            Process renice = new ProcessBuilder(reniceCommand(nice, threads))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!renice.waitFor(10, TimeUnit.SECONDS)) {
                renice.destroy();
                return false;
            }
            return renice.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            // no renice here, or no /proc: the compiler keeps its priority
            System.getLogger(CompilerPriority.class.getName())
                    .log(System.Logger.Level.DEBUG, "compiler priority left as it is: " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
