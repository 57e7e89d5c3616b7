package org.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk bench ...}: benchmarks that print their figures (see the README for the numbers). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures.",
        subcommands = {BenchAnalysisCommand.class, EditorBenchCommand.class, WorkspaceBenchCommand.class,
                BenchExportCommand.class, ImportBenchCommand.class, BenchSpellingCommand.class,
                SyncBenchCommand.class, StartupBenchCommand.class, BenchCliCommand.class,
                StylesheetBenchCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing benchmark: " + String.join(", ", spec.subcommands().keySet()));
    }
}
