package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk bench cli}: the whole-process time of {@code java -jar JAR analyze --json FILE}, as a user or a
 * script runs it, with spelling (dictionaries from a warm cache, and optionally a cold one) and without. The variants
 * run alternately, each in a fresh JVM; it prints the median wall time, the median CPU time (user + sys, read through
 * {@code /usr/bin/time} when it is installed) and, from {@code --timings}, when the language models were ready.
 */
@Command(name = "cli", mixinStandardHelpOptions = true,
        description = {"Run 'java -jar JAR analyze --json FILE' in fresh JVMs, variants alternately, and print medians:",
                "wall time, CPU time (user+sys, needs /usr/bin/time) and when the language models were ready."})
final class BenchCliCommand implements Callable<Integer> {
    @Option(names = "--jar", defaultValue = "target/copydesk.jar", description = "The jar to run (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--against", paramLabel = "JAR", description = "Another jar (e.g. a build of main before a change), run alternately with --jar.")
    Path against;

    @Option(names = "--file", paramLabel = "FILE", description = "The article (default: a 1,072-word English article with French, German and Spanish passages).")
    Path file;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs of each variant (default: ${DEFAULT-VALUE}), after one untimed run of each.")
    int runs;

    @Option(names = "--cold", description = "Also time runs with an empty dictionary cache (each dictionary parsed from its files).")
    boolean cold;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Variant(String name, Path jar, List<String> options, boolean coldCache) {
    }

    private record Run(long wallMillis, long cpuMillis, long modelsMillis) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --runs >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (Path j : against == null ? List.of(jar) : List.of(jar, against)) {
            if (!Files.isRegularFile(j)) {
                throw new BadInputException("no such jar: " + j + " (build it with mvn -q -o package -DskipTests)");
            }
        }
        Path tmp = Files.createTempDirectory("copydesk-bench-cli");
        try {
            Path article = file;
            if (article == null) {
                article = tmp.resolve("article.txt");
                try (InputStream in = BenchCliCommand.class.getResourceAsStream("bench-analyze-article.txt")) {
                    Files.copy(in, article);
                }
            }
            boolean time = Files.isExecutable(Path.of("/usr/bin/time"));
            List<Variant> variants = new ArrayList<>();
            for (Path j : against == null ? List.of(jar) : List.of(jar, against)) {
                String label = against == null ? "" : (j == jar ? " [jar]" : " [against]");
                variants.add(new Variant("spelling, warm cache" + label, j, List.of(), false));
                if (cold) {
                    variants.add(new Variant("spelling, cold cache" + label, j, List.of(), true));
                }
                variants.add(new Variant("--no-spelling" + label, j, List.of("--no-spelling"), false));
            }
            out.printf("%s -jar ... analyze --json %s (%d words); %d timed runs of each variant, alternately; %s%n",
                    java, article, Files.readString(article).split("\\s+").length, runs,
                    time ? "CPU from /usr/bin/time" : "no /usr/bin/time: CPU not measured");
            out.flush();
            Map<Variant, List<Run>> results = new LinkedHashMap<>();
            for (int round = 0; round <= runs; round++) {
                for (Variant v : variants) {
                    Run r = runOnce(java, v, article, tmp, time);
                    if (round > 0) {
                        results.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            for (Map.Entry<Variant, List<Run>> e : results.entrySet()) {
                List<Run> rs = e.getValue();
                out.printf("%-34s wall median %5d ms (min %5d)   CPU median %s   models ready median %s%n",
                        e.getKey().name(), median(rs, Run::wallMillis), rs.stream().mapToLong(Run::wallMillis).min().orElse(-1),
                        time ? median(rs, Run::cpuMillis) + " ms" : "n/a",
                        rs.stream().allMatch(r -> r.modelsMillis() >= 0) ? median(rs, Run::modelsMillis) + " ms" : "n/a");
            }
            out.flush();
            return CopydeskCommand.OK;
        } finally {
            deleteTree(tmp);
        }
    }

    private static final Pattern MODELS = Pattern.compile("models ready (\\d+)");
    private static final Pattern CPU = Pattern.compile("cpu ([0-9.]+) ([0-9.]+)");

    private Run runOnce(Path java, Variant v, Path article, Path tmp, boolean time) throws IOException, InterruptedException {
        Path cache = tmp.resolve(v.coldCache() ? "cold-cache" : "warm-cache-" + Math.abs(v.jar().hashCode()));
        if (v.coldCache()) {
            deleteTree(cache);
        }
        Path timeOut = tmp.resolve("time.txt");
        List<String> cmd = new ArrayList<>();
        if (time) {
            cmd.addAll(List.of("/usr/bin/time", "-o", timeOut.toString(), "-f", "cpu %U %S"));
        }
        cmd.addAll(List.of(java.toString(), "-jar", v.jar().toString(), "analyze", "--json"));
        if (hasTimings(java, v.jar())) {
            cmd.add("--timings");
        }
        cmd.addAll(v.options());
        cmd.add(article.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = tmp.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new BadInputException("a run took more than 300 s: " + String.join(" ", cmd));
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new BadInputException("exit " + p.exitValue() + " from " + String.join(" ", cmd) + ": " + errText.strip());
        }
        Matcher m = MODELS.matcher(errText);
        long models = m.find() ? Long.parseLong(m.group(1)) : -1;
        long cpu = -1;
        if (time) {
            Matcher c = CPU.matcher(Files.readString(timeOut));
            if (c.find()) {
                cpu = Math.round((Double.parseDouble(c.group(1)) + Double.parseDouble(c.group(2))) * 1000);
            }
        }
        return new Run(wall, cpu, models);
    }

    private final Map<Path, Boolean> timings = new LinkedHashMap<>();

    /** Whether this jar's analyze has --timings (a build from before it does not: then no models figure). */
    private boolean hasTimings(Path java, Path jar) throws IOException, InterruptedException {
        Boolean known = timings.get(jar);
        if (known == null) {
            Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "analyze", "--help")
                    .redirectErrorStream(true).start();
            String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            known = help.contains("--timings");
            timings.put(jar, known);
        }
        return known;
    }

    private static long median(List<Run> rs, java.util.function.ToLongFunction<Run> f) {
        long[] v = rs.stream().mapToLong(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
