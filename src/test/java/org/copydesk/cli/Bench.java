package org.copydesk.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.Main;
import picocli.CommandLine;

/**
 * The benchmarks' launcher: the command line with {@code bench} added. Benchmarks live with the tests, not in the
 * application, so the shipped jar carries neither them nor the headless test toolkit (Monocle) the editor benchmark
 * needs. Run from the repository:
 * <pre>mvn -q test-compile exec:exec -Dbench="analysis --words 20000"</pre>
 * ({@code -Dbench} is split at spaces), or with the test class path by hand: {@code java -cp ... org.copydesk.cli.Bench
 * analysis --words 20000}.
 */
public final class Bench {
    private Bench() {
    }

    /** {@code copydesk} with the {@code bench} command. */
    public static CommandLine commandLine() {
        CommandLine cl = CopydeskCommand.commandLine();
        cl.addSubcommand("bench", new BenchCommand());
        return cl;
    }

    public static void main(String[] args) {
        Main.quietLibraryLogging();
        List<String> all = new ArrayList<>(List.of("bench"));
        for (String a : args) {
            all.addAll(Arrays.stream(a.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        }
        System.exit(commandLine().execute(all.toArray(String[]::new)));
    }
}
