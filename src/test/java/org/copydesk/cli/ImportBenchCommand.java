package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.importing.ImportException;
import org.copydesk.importing.ImportResult;
import org.copydesk.importing.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk bench import FILE...}: how long reading each file into a draft article takes (nothing is saved). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Time the importer on the given files: each file is read into a draft article --repeat times",
                "in this process (after a warm-up of a quarter as many); nothing is written to a workspace."})
final class ImportBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import (.txt, .md, .html, .docx ...).")
    List<Path> files;

    @Option(names = "--repeat", defaultValue = "20", description = "Imports of each file to time (default: ${DEFAULT-VALUE}).")
    int repeat;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Importer importer = new Importer();
        int failed = 0;
        out.printf("%-28s %-8s %12s %11s %10s %10s%n", "file", "format", "bytes", "paragraphs", "mean ms", "MB/s");
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getFileName().toString();
            try {
                ImportResult r = importer.importBytes(name, bytes);
                for (int i = 0; i < Math.max(1, repeat / 4); i++) {
                    importer.importBytes(name, bytes);
                }
                long t0 = System.nanoTime();
                for (int i = 0; i < repeat; i++) {
                    importer.importBytes(name, bytes);
                }
                double ms = (System.nanoTime() - t0) / 1e6 / repeat;
                out.printf("%-28s %-8s %12d %11d %10.2f %10.1f%n", name, r.format(), bytes.length, r.draft().body().size(), ms,
                        bytes.length / (1024.0 * 1024.0) / (ms / 1000.0));
            } catch (ImportException e) {
                failed++;
                err.println("copydesk: " + e.getMessage());
            }
            out.flush();
        }
        out.printf("(%d processors; mean of %d imports per file after warm-up)%n", Runtime.getRuntime().availableProcessors(), repeat);
        return failed == 0 ? CopydeskCommand.OK : CopydeskCommand.BAD_INPUT;
    }
}
