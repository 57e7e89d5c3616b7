package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerPriorityTest {

    @Test
    void onlyTheOptimisingCompilersThreadsAreFound(@TempDir Path tasks) throws IOException {
        thread(tasks, "2001", "C2 CompilerThre\n");
        thread(tasks, "2002", "C1 CompilerThre\n");
        thread(tasks, "2003", "JavaFX Applicat\n");
        thread(tasks, "2004", "C2 CompilerThre\n");
        thread(tasks, "2005", "copydesk-prepar\n");
        Files.createDirectories(tasks.resolve("2006")); // a thread that ended: no comm left to read
        // not thread ids: never put on renice's command line, whatever their comm says
        thread(tasks, "-u", "C2 CompilerThre\n");
        thread(tasks, "2008 root", "C2 CompilerThre\n");
        Files.writeString(tasks.resolve("2009"), "C2 CompilerThre\n"); // a file, not a thread's folder

        assertEquals(List.of("2001", "2004"), CompilerPriority.optimisingCompilerThreads(tasks));
        assertEquals(List.of("renice", "-n", "10", "-p", "2001", "2004"),
                CompilerPriority.reniceCommand(10, List.of("2001", "2004")));
    }

    @Test
    void noCompilerThreadsOrNoProcMeansNothingIsRun(@TempDir Path tasks) throws IOException {
        thread(tasks, "2002", "C1 CompilerThre\n");
        assertFalse(CompilerPriority.lower(tasks, 10));
        assertFalse(CompilerPriority.lower(tasks.resolve("no-such-folder"), 10));
    }

    @Test
    void thePropertyTurnsItOffOrSetsTheNiceValue() {
        assertEquals(CompilerPriority.DEFAULT_NICE, CompilerPriority.niceFrom(null));
        assertEquals(0, CompilerPriority.niceFrom("0"));
        assertEquals(19, CompilerPriority.niceFrom(" 19 "));
        assertEquals(CompilerPriority.DEFAULT_NICE, CompilerPriority.niceFrom("20"));
        assertEquals(CompilerPriority.DEFAULT_NICE, CompilerPriority.niceFrom("-5"));
        assertEquals(CompilerPriority.DEFAULT_NICE, CompilerPriority.niceFrom("fast"));
    }

    /**
     * In a JVM of its own (a thread's nice value cannot be lowered back without privileges): C2's threads get the
     * nice value, and no other thread changes.
     */
    @Test
    void inARealJvmOnlyC2sThreadsGoBehind() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        assumeTrue(onPath("renice"), "renice is not installed");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), out);

        List<String> lines = out.lines().toList();
        assertEquals("lowered=true", lines.get(0), out);
        Map<String, Integer> before = niceByThread(lines, "before ");
        Map<String, Integer> after = niceByThread(lines, "after ");
        assertTrue(before.keySet().stream().anyMatch(n -> n.startsWith("C2 Compiler")), out);
        assertTrue(after.keySet().containsAll(before.keySet()), out);
        for (Map.Entry<String, Integer> e : before.entrySet()) {
            int was = e.getValue();
            if (e.getKey().startsWith("C2 Compiler")) {
                assertEquals(was + 7, after.get(e.getKey()), "C2's thread: " + out);
            } else {
                assertEquals(was, after.get(e.getKey()), e.getKey() + " changed: " + out);
            }
        }
    }

    /** The child JVM: the nice value of each of its threads, C2's lowered by 7, then each thread's again. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            Path tasks = Path.of("/proc/self/task");
            int base = niceOf(tasks, CompilerPriority.optimisingCompilerThreads(tasks).get(0));
            List<String> before = report(tasks);
            boolean lowered = CompilerPriority.lower(tasks, base + 7);
            System.out.println("lowered=" + lowered);
            before.forEach(l -> System.out.println("before " + l));
            report(tasks).forEach(l -> System.out.println("after " + l));
        }

        private static List<String> report(Path tasks) throws IOException {
            List<String> out = new ArrayList<>();
            try (var all = Files.list(tasks)) {
                for (Path t : (Iterable<Path>) all.sorted()::iterator) {
                    try {
                        String name = Files.readString(t.resolve("comm"), StandardCharsets.UTF_8).strip();
                        out.add(t.getFileName() + "\t" + name + "\t" + niceOf(tasks, t.getFileName().toString()));
                    } catch (IOException ended) {
                        // a thread that ended while we looked
                    }
                }
            }
            return out;
        }

        /** Field 19 of /proc/self/task/TID/stat (counted after the command name, which may hold spaces). */
        private static int niceOf(Path tasks, String tid) throws IOException {
            String stat = Files.readString(tasks.resolve(tid).resolve("stat"), StandardCharsets.UTF_8);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        }
    }

    /** Thread id and name to nice value, from the child's lines with this prefix (threads seen both times only). */
    private static Map<String, Integer> niceByThread(List<String> lines, String prefix) {
        Map<String, Integer> out = new TreeMap<>();
        for (String l : lines) {
            if (l.startsWith(prefix)) {
                String[] f = l.substring(prefix.length()).split("\t");
                out.put(f[1] + " #" + f[0], Integer.parseInt(f[2]));
            }
        }
        return out;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void thread(Path tasks, String tid, String comm) throws IOException {
        Files.createDirectories(tasks.resolve(tid));
        Files.writeString(tasks.resolve(tid).resolve("comm"), comm, StandardCharsets.UTF_8);
    }
}
