package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.importing.ImportException;
import org.copydesk.importing.PlainTextImporter;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import plain-text files as new articles and print their ids.",
                "The first non-empty line is the headline; blank lines separate paragraphs. Files must be UTF-8.",
                "A file that cannot be read is reported and skipped; the others are still imported (exit 1)."})
final class ImportCommand implements Callable<Integer> {
    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files to import.")
    List<Path> files;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "en", description = "Primary language of the copy (default: ${DEFAULT-VALUE}).")
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace ws = WorkspaceOption.open(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                Article a = ws.create(read(f, ws));
                out.println(a.id());
            } catch (ImportException e) {
                failures.add(e.getMessage());
                err.println("copydesk: " + e.getMessage());
            }
        }
        out.flush();
        err.flush();
        return failures.isEmpty() ? CopydeskCommand.OK : CopydeskCommand.BAD_INPUT;
    }

    private Article read(Path f, Workspace ws) throws ImportException {
        String name = f.toString();
        if (Files.isDirectory(f)) {
            throw new ImportException(name + ": is a folder, not a file");
        }
        if (!Files.isRegularFile(f)) {
            throw new ImportException(name + ": no such file");
        }
        try {
            if (Files.size(f) > MAX_BYTES) {
                throw new ImportException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; not imported");
            }
            return PlainTextImporter.read(name, Files.readAllBytes(f), language, ws.now());
        } catch (java.io.IOException e) {
            throw new ImportException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
