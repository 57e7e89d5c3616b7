package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

    @Option(names = "--image", paramLabel = "DIR", description = {
            "Launch the app image's own launcher (DIR/bin/Copydesk, e.g. packaging/out/Copydesk or /opt/copydesk) and",
            "a minimal window started the same way: a copy of the launcher whose options name the minimal window,",
            "with the image's runtime and options, and its own CDS archive when the app has one (made here from",
            "the minimal window's classes). Needs a display."})
    Path image;

    @Option(names = "--compare-archive", description = {
            "With --image: each run also launches both with class-data sharing off (-Xshare:off), alternately with",
            "the archives, and prints both."})
    boolean compareArchive;

    @Option(names = "--against", paramLabel = "JAR", description = {
            "With --jar: each run also launches the app from this other jar (e.g. a copy of the previous build),",
            "alternately with --jar (the order swaps every run), and prints the medians of both."})
    Path against;

    @Option(names = "--compare-options", paramLabel = "OPTS", description = {
            "Each run also launches the app with these JVM options added (e.g. -XX:+UseSerialGC),",
            "alternately (the order swaps every run), and prints the medians of both. With --image both the app and",
            "the minimal window get them (as an option in the image's launcher would), each run with and without."})
    String compareOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One way of launching the app that a run times: from which jar (null: the bench's class path), with what options. */
    record AppLaunch(String label, Path jar, String options) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1 || timeout < 5) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --runs >= 1 and --timeout >= 5");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (against != null && (jar == null || image != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--against goes with --jar");
        }
        if (compareOptions != null && compareOptions.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare-options needs options");
        }
        if (against != null && !Files.isRegularFile(against)) {
            throw new BadInputException("no such jar: " + against);
        }
        boolean monocle = headless || System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank();
        if (image != null) {
            if (jar != null || headless) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--image goes with neither --jar nor --headless");
            }
            if (monocle) {
                throw new BadInputException("--image needs a display (DISPLAY): the app image has no headless toolkit");
            }
            if (!Files.isExecutable(image.resolve(LAUNCHER)) || !Files.isRegularFile(image.resolve(CFG))) {
                throw new BadInputException("not an app image (no " + LAUNCHER + " and " + CFG + "): " + image
                        + " (build it with packaging/linux/build.sh)");
            }
        } else if (compareArchive) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare-archive goes with --image");
        } else if (jar != null && monocle) {
            throw new BadInputException("--jar needs a display (DISPLAY, e.g. under xvfb-run -a): the shipped jar has no"
                    + " headless toolkit (Monocle is a test dependency); without --jar the benchmark's class path has one");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new BadInputException("no java launcher in " + java.getParent()
                    + " (a packaged runtime has none): run the benchmark with a full JDK");
        }
        if (jar != null && !Files.isRegularFile(jar)) {
            throw new BadInputException("no such jar: " + jar + " (build it with mvn -q -o package -DskipTests)");
        }
        Path tmp = Files.createTempDirectory("copydesk-startup");
        try {
            Path ws = workspace;
            if (ws == null) {
                ws = tmp.resolve("workspace");
                Workspace.open(ws).seedSamples();
            }
            List<String> variants = imageVariants();
            Path minimalImage = null;
            if (image != null) {
                minimalImage = minimalImage(tmp, out);
                out.printf("launching %s and a minimal window from a copy of its launcher (%s), DISPLAY=%s; CDS archive"
                        + " of the app %s; workspace %s%n", image.resolve(LAUNCHER), minimalImage,
                        System.getenv("DISPLAY"), Files.exists(image.resolve(ARCHIVE)) ? image.resolve(ARCHIVE)
                                : "none", ws);
            } else {
                out.printf("launching %s (%s) with %s, %s; workspace %s%n", java,
                        jar != null ? "-cp " + jar : "the benchmark's class path",
                        monocle ? "Monocle headless (software rendering)" : "DISPLAY=" + System.getenv("DISPLAY"),
                        ManagementFactory.getRuntimeMXBean().getInputArguments(), ws);
            }
            out.flush();
            Map<String, List<Map<String, Long>>> app = new java.util.LinkedHashMap<>();
            Map<String, List<Map<String, Long>>> minimal = new java.util.LinkedHashMap<>();
            if (image == null && (against != null || compareOptions != null)) {
                compareApps(java, monocle, ws, tmp, out);
                return CopydeskCommand.OK;
            }
            for (int run = 0; run <= runs; run++) {
                for (String variant : variants) {
                    Map<String, Long> m;
                    Map<String, Long> a;
                    if (image != null) {
                        m = launch(List.of(minimalImage.resolve(LAUNCHER).toString()), variant, tmp,
                                "the minimal window");
                        a = launch(List.of(image.resolve(LAUNCHER).toString(), "--workspace", ws.toString()), variant,
                                tmp, "the app");
                    } else {
                        m = launch(javaCommand(java, monocle, MinimalWindow.Launcher.class.getName(), List.of(), jar),
                                "", tmp, MinimalWindow.Launcher.class.getName());
                        a = launch(javaCommand(java, monocle, "org.copydesk.Main",
                                List.of("--workspace", ws.toString()), jar), "", tmp, "org.copydesk.Main");
                    }
                    String label = variant.isEmpty() ? "" : " " + variant;
                    if (run == 0) {
                        out.printf("untimed first launch of each%s: minimal %s; app %s%n", label, m, a);
                    } else {
                        out.printf("run %d%s: minimal window shown %d ms; app %s%n", run, label,
                                m.get(StartupPhases.WINDOW_SHOWN), a);
                        minimal.computeIfAbsent(variant, k -> new ArrayList<>()).add(m);
                        app.computeIfAbsent(variant, k -> new ArrayList<>()).add(a);
                    }
                    out.flush();
                }
            }
            for (String variant : variants) {
                if (variants.size() > 1) {
                    out.println(variant.isEmpty() ? "as the image starts:" : variant.equals(NO_SHARING)
                            ? "with " + variant + " (no class-data sharing):" : "with " + variant + ":");
                }
                printMedians(out, minimal.get(variant), app.get(variant));
            }
            out.printf("load average %.1f at the end%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return CopydeskCommand.OK;
        } finally {
            deleteTree(tmp);
        }
    }

    private static final String LAUNCHER = "bin/Copydesk";
    private static final String CFG = "lib/app/Copydesk.cfg";
    private static final String ARCHIVE = "lib/app/copydesk.jsa";

    /**
     * The A/B runs: each run launches the minimal window, then the app each way ({@link #launches()}), in an order that
     * swaps every run, so that a drift of the machine's load falls on both.
     */
    private void compareApps(Path java, boolean monocle, Path ws, Path tmp, PrintWriter out)
            throws IOException, InterruptedException {
        List<AppLaunch> ways = launches();
        List<Map<String, Long>> minimal = new ArrayList<>();
        Map<AppLaunch, List<Map<String, Long>>> app = new java.util.LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            Map<String, Long> m = launch(javaCommand(java, monocle, MinimalWindow.Launcher.class.getName(), List.of(),
                    jar), "", tmp, MinimalWindow.Launcher.class.getName());
            StringBuilder line = new StringBuilder(run == 0 ? "untimed first launch of each: minimal " + m
                    : String.format("run %d: minimal window shown %d ms", run, m.get(StartupPhases.WINDOW_SHOWN)));
            List<AppLaunch> order = new ArrayList<>(ways);
            if (run % 2 == 1) {
                Collections.reverse(order);
            }
            for (AppLaunch way : order) {
                Map<String, Long> a = launch(javaCommand(java, monocle, "org.copydesk.Main",
                        List.of("--workspace", ws.toString()), way.jar()), way.options(), tmp, way.label());
                line.append("; ").append(way.label()).append(' ').append(a);
                if (run > 0) {
                    app.computeIfAbsent(way, k -> new ArrayList<>()).add(a);
                }
            }
            if (run > 0) {
                minimal.add(m);
            }
            out.println(line);
            out.flush();
        }
        for (AppLaunch way : ways) {
            out.println(way.label() + ":");
            printMedians(out, minimal, app.get(way));
        }
        out.printf("load average %.1f at the end%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static final String NO_SHARING = "-Xshare:off";

    /**
     * The ways each run launches the image's app and minimal window (their JVM options added through
     * JAVA_TOOL_OPTIONS): as the image starts them, then without class-data sharing ({@code --compare-archive}), then
     * with {@code --compare-options}; one way only without --image.
     */
    List<String> imageVariants() {
        List<String> variants = new ArrayList<>(List.of(""));
        if (image != null && compareArchive) {
            variants.add(NO_SHARING);
        }
        if (image != null && compareOptions != null) {
            variants.add(compareOptions.strip());
        }
        return variants;
    }

    /** The ways the A/B runs launch the app: as given, and against another jar or with other options. */
    List<AppLaunch> launches() {
        List<AppLaunch> ways = new ArrayList<>();
        ways.add(new AppLaunch(jar != null ? "app (" + jar + ")" : "app", jar, ""));
        if (against != null) {
            ways.add(new AppLaunch("app against " + against, against, ""));
        }
        if (compareOptions != null) {
            ways.add(new AppLaunch("app with " + compareOptions.strip(), jar, compareOptions.strip()));
        }
        return ways;
    }

    private void printMedians(PrintWriter out, List<Map<String, Long>> minimal, List<Map<String, Long>> app) {
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
    }

    /**
     * A second app image beside the temp folder that starts the minimal window the way the image starts the app: a
     * copy of its launcher (a jpackage launcher reads the options of its own name), the image's runtime and jar
     * linked, its options with the main class changed; and, when the app has a CDS archive, one of its own, made
     * from the classes a start of the minimal window loads (the launcher's options name it).
     */
    private Path minimalImage(Path tmp, PrintWriter out) throws IOException, InterruptedException {
        Path dir = tmp.resolve("minimal-image");
        Path lib = image.toAbsolutePath().resolve("lib");
        Files.createDirectories(dir.resolve("bin"));
        Files.createDirectories(dir.resolve("lib/app"));
        Files.copy(image.resolve(LAUNCHER), dir.resolve(LAUNCHER), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        try (var files = Files.list(lib)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".so")).toList()) {
                Files.copy(f, dir.resolve("lib").resolve(f.getFileName()));
            }
        }
        Files.createSymbolicLink(dir.resolve("lib/runtime"), lib.resolve("runtime"));
        Files.createSymbolicLink(dir.resolve("lib/app/copydesk.jar"), lib.resolve("app/copydesk.jar"));
        Files.writeString(dir.resolve(CFG), minimalConfig(Files.readString(image.resolve(CFG), StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        if (Files.exists(image.resolve(ARCHIVE))) {
            Path classes = tmp.resolve("minimal.classlist");
            launch(List.of(dir.resolve(LAUNCHER).toString()), "-XX:DumpLoadedClassList=" + classes, tmp,
                    "the minimal window (recording its classes)");
            Path log = tmp.resolve("dump.log");
            // the launcher's options (its .cfg) name the archive; the dump's options come from the environment
            ProcessBuilder dump = new ProcessBuilder(dir.resolve(LAUNCHER).toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            dump.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + classes
                    + " -Xlog:cds=off -Xlog:gc+verify=off");
            Process d = dump.start();
            if (!d.waitFor(timeout, TimeUnit.SECONDS) || d.exitValue() != 0 || !Files.exists(dir.resolve(ARCHIVE))) {
                d.destroyForcibly();
                throw new BadInputException("could not make the minimal window's CDS archive: " + tail(log));
            }
            out.printf("the minimal window's own CDS archive: %d MB (the app's: %d MB)%n",
                    Files.size(dir.resolve(ARCHIVE)) >> 20, Files.size(image.resolve(ARCHIVE)) >> 20);
        }
        return dir;
    }

    /** The app image's launcher options with the minimal window as the main class (and nothing else changed). */
    static String minimalConfig(String appConfig) {
        if (!appConfig.lines().anyMatch(l -> l.startsWith("app.mainclass="))) {
            throw new BadInputException("the app image's " + CFG + " names no main class");
        }
        return appConfig.lines()
                .map(l -> l.startsWith("app.mainclass=") ? "app.mainclass=" + MinimalWindow.Launcher.class.getName() : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private List<String> javaCommand(Path java, boolean monocle, String mainClass, List<String> args, Path jar) {
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
        cmd.add("-cp");
        cmd.add(jar != null ? jar.toAbsolutePath().toString() : System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs one start to its first frames and reads the phases it recorded. The report's file and the exit after
     * the start are asked for through JAVA_TOOL_OPTIONS (a packaged launcher takes no JVM options on its command
     * line), with {@code jvmOptions} (e.g. -Xshare:off) after them.
     */
    private Map<String, Long> launch(List<String> cmd, String jvmOptions, Path tmp, String what)
            throws IOException, InterruptedException {
        Path report = tmp.resolve("phases.txt");
        Files.deleteIfExists(report);
        Path log = tmp.resolve("launch.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", ("-D" + StartupPhases.REPORT + "=" + report + " -D"
                + CopydeskApp.EXIT_AFTER_STARTUP + "=true " + jvmOptions).strip());
        Process p = pb.start();
        if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new BadInputException(what + " did not finish starting within " + timeout + " s; its output: "
                    + tail(log));
        }
        if (!Files.exists(report)) {
            throw new BadInputException(what + " exited (" + p.exitValue() + ") without recording its start: "
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
