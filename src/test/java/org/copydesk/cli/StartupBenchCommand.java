package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.MinimalWindow;
import org.copydesk.ui.common.StartupPhases;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk bench startup}: launches the real app (a fresh JVM, as a user would) on a workspace of the sample
 * articles and prints when each phase of its start happened, next to a minimal JavaFX window (one list) started the
 * same way — same Java, same JVM options, same class path.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = {"Launch the app and a minimal JavaFX window in fresh JVMs, alternately, and print the phases",
                "of the app's start in ms since its JVM started: window shown, article list filled, language models",
                "ready, search index open. Needs a display (DISPLAY), or --headless (Monocle, software rendering)."})
final class StartupBenchCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "3", description = "Timed launches of each (default: ${DEFAULT-VALUE}); one untimed launch of each first.")
    int runs;

    @Option(names = "--timeout", defaultValue = "120", description = "Seconds one launch may take (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--headless", description = "Use JavaFX's headless Monocle platform (the default when DISPLAY is not set).")
    boolean headless;

    @Option(names = "--open", paramLabel = "DIR", description = "Start the app on this workspace instead of a fresh one of the sample articles.")
    Path workspace;

    @Option(names = "--jar", paramLabel = "JAR", description = "Launch both from this jar (e.g. target/copydesk.jar, as a user starts it) instead of the class path of this benchmark.")
    Path jar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1 || timeout < 5) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --runs >= 1 and --timeout >= 5");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new BadInputException("no java launcher in " + java.getParent()
                    + " (a packaged runtime has none): run the benchmark with a full JDK");
        }
        if (jar != null && !Files.isRegularFile(jar)) {
            throw new BadInputException("no such jar: " + jar + " (build it with mvn -q -o package -DskipTests)");
        }
        boolean monocle = headless || System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank();
        Path tmp = Files.createTempDirectory("copydesk-startup");
        try {
            Path ws = workspace;
            if (ws == null) {
                ws = tmp.resolve("workspace");
                Workspace.open(ws).seedSamples();
            }
            out.printf("launching %s (%s) with %s, %s; workspace %s%n", java,
                    jar != null ? "-cp " + jar : "the benchmark's class path",
                    monocle ? "Monocle headless (software rendering)" : "DISPLAY=" + System.getenv("DISPLAY"),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), ws);
            out.flush();
            List<Map<String, Long>> app = new ArrayList<>();
            List<Map<String, Long>> minimal = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                Map<String, Long> m = launch(java, monocle, tmp, MinimalWindow.Launcher.class.getName(), List.of());
                Map<String, Long> a = launch(java, monocle, tmp, "org.copydesk.Main",
                        List.of("--workspace", ws.toString()));
                if (run == 0) {
                    out.printf("untimed first launch of each: minimal %s; app %s%n", m, a);
                } else {
                    out.printf("run %d: minimal window shown %d ms; app %s%n", run, m.get(StartupPhases.WINDOW_SHOWN),
                            a);
                    minimal.add(m);
                    app.add(a);
                }
                out.flush();
            }
            long floor = median(minimal, StartupPhases.WINDOW_SHOWN);
            out.printf("median of %d, ms since JVM start (CPU ms of the process by then, all threads):%n", runs);
            out.printf("  minimal JavaFX window shown                 %6d  (cpu %6d)%n", floor,
                    median(minimal, cpu(StartupPhases.WINDOW_SHOWN)));
            for (String phase : List.of(StartupPhases.WINDOW_SHOWN, StartupPhases.LIST_FILLED, StartupPhases.STORY_SHOWN,
                    StartupPhases.INDEX_OPEN, StartupPhases.MODELS_READY)) {
                long ms = median(app, phase);
                out.printf("  app %-39s %6d  (cpu %6d)  %.2f x the minimal window%n", PHASE_NAMES.get(phase), ms,
                        median(app, cpu(phase)), ms / (double) floor);
            }
            out.printf("load average %.1f at the end%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return CopydeskCommand.OK;
        } finally {
            deleteTree(tmp);
        }
    }

    private Map<String, Long> launch(Path java, boolean monocle, Path tmp, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        Path report = tmp.resolve("phases.txt");
        Files.deleteIfExists(report);
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent") && !a.startsWith("-D" + StartupPhases.REPORT)) {
                cmd.add(a);
            }
        }
        if (monocle) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        cmd.add("-D" + StartupPhases.REPORT + "=" + report);
        cmd.add("-D" + CopydeskApp.EXIT_AFTER_STARTUP + "=true");
        cmd.add("-cp");
        cmd.add(jar != null ? jar.toAbsolutePath().toString() : System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        Path log = tmp.resolve("launch.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new BadInputException(mainClass + " did not finish starting within " + timeout + " s; its output: "
                    + tail(log));
        }
        if (!Files.exists(report)) {
            throw new BadInputException(mainClass + " exited (" + p.exitValue() + ") without recording its start: "
                    + tail(log));
        }
        return StartupPhases.parse(Files.readString(report, StandardCharsets.UTF_8));
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        String s = Files.readString(log, StandardCharsets.UTF_8).strip();
        return s.length() > 1500 ? "…" + s.substring(s.length() - 1500) : s;
    }

    private static final Map<String, String> PHASE_NAMES = Map.of(
            StartupPhases.WINDOW_SHOWN, "window shown (list, menus, status bar)",
            StartupPhases.LIST_FILLED, "article list filled",
            StartupPhases.STORY_SHOWN, "story and side panel shown",
            StartupPhases.INDEX_OPEN, "search index open",
            StartupPhases.MODELS_READY, "language models ready");

    private static String cpu(String phase) {
        return phase + StartupPhases.CPU_SUFFIX;
    }

    static long median(List<Map<String, Long>> runs, String phase) {
        long[] v = runs.stream().mapToLong(m -> m.getOrDefault(phase, -1L)).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
