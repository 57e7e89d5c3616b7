package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk bench stylesheet}: the cost of loading the theme alone, as the start pays it (a fresh JVM, nothing
 * loaded or compiled yet): parsing {@code primer-light.css} against loading the {@code primer-light.bss} the build
 * writes next to it, alternately, each in its own JVM.
 */
@Command(name = "stylesheet", mixinStandardHelpOptions = true,
        description = {"Load the light theme in fresh JVMs, alternately from its text (.css, parsed) and from its",
                "binary form (.bss, as JavaFX loads it), and print the medians of the wall and CPU time of that load."})
final class StylesheetBenchCommand implements Callable<Integer> {
    static final String THEME = "/org/copydesk/ui/theme/primer-light.css";

    @Option(names = "--runs", defaultValue = "7", description = "Launches of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --runs >= 1");
        }
        if (StylesheetBenchCommand.class.getResource(THEME.replace(".css", ".bss")) == null) {
            throw new BadInputException("no " + THEME.replace(".css", ".bss") + " on the class path (build it with "
                    + "mvn -q -o process-classes)");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> modes = List.of("css", "bss", "bss-all");
        List<List<double[]>> results = new ArrayList<>();
        modes.forEach(m -> results.add(new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            StringBuilder line = new StringBuilder("run " + (run + 1) + ":");
            for (int i = 0; i < modes.size(); i++) {
                int k = run % 2 == 0 ? i : modes.size() - 1 - i;
                double[] r = child(modes.get(k));
                results.get(k).add(r);
                line.append(String.format(" %s %.1f ms (cpu %.1f)", modes.get(k), r[0], r[1]));
            }
            out.println(line);
            out.flush();
        }
        out.printf("median of %d fresh JVMs, first load of %s, ms on the loading thread:%n", runs, THEME);
        String[] names = {"parse the .css (without a .bss)", "load the .bss (what JavaFX does)",
                "load the .bss and decode every rule"};
        for (int i = 0; i < modes.size(); i++) {
            out.printf("  %-38s wall %6.1f  cpu %6.1f%n", names[i], median(results.get(i), 0), median(results.get(i), 1));
        }
        out.printf("load average %.1f at the end%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return CopydeskCommand.OK;
    }

    private double[] child(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), mode).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new BadInputException("the " + mode + " load failed: " + output);
        }
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        String[] f = last.split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
    }

    static double median(List<double[]> rs, int field) {
        double[] v = rs.stream().mapToDouble(r -> r[field]).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** One load in a fresh JVM; prints "WALL_MS CPU_MS" of the loading thread. */
    static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws IOException {
            URL css = Objects.requireNonNull(Child.class.getResource(THEME));
            URL bss = Objects.requireNonNull(Child.class.getResource(THEME.replace(".css", ".bss")));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Stylesheet s = args[0].equals("css") ? new CssParser().parse(css) : Stylesheet.loadBinary(bss);
            int declarations = 0;
            if (args[0].equals("bss-all")) {
                for (Rule r : s.getRules()) {
                    declarations += r.getDeclarations().size();
                }
            }
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            if (s.getRules().isEmpty() || declarations < 0) {
                throw new IllegalStateException("no rules");
            }
            System.out.println((t1 - t0) / 1e6 + " " + (cpu1 - cpu0) / 1e6);
        }
    }
}
