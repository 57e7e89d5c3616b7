package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.analysis.Analyzer;
import org.copydesk.export.ExportFormat;
import org.copydesk.export.ExportOptions;
import org.copydesk.export.ExportService;
import org.copydesk.export.PreflightFinding;
import org.copydesk.spelling.Spelling;
import org.copydesk.storage.Slugs;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export articles to files named <id>.<extension> in a folder and mark them exported.",
                "Each article is checked first (see 'copydesk check'): warnings are printed, a blocker stops that "
                        + "article's export unless --force. An existing file is not overwritten unless --force.",
                "Prints the path of every file written. Exit 1 when any article was not exported."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids (see 'copydesk list').")
    List<String> ids;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "html, ninjs, docx, md or txt.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Destination folder (created if missing).")
    Path out;

    @Option(names = "--force", description = "Export despite preflight blockers and overwrite existing files.")
    boolean force;

    @Option(names = "--fragment", description = "HTML: write the <article> element only, not a whole document.")
    boolean fragment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt;
        try {
            fmt = ExportFormat.fromId(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        for (String id : ids) {
            if (!Slugs.isValidId(id)) {
                throw new BadInputException("invalid article id '" + id + "' (lower-case letters, digits and hyphens)");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + " is a file, not a folder");
        }
        Workspace ws = WorkspaceOption.open(spec);
        ExportService service = new ExportService(ws, new Analyzer(),
                Spelling.systemChecker(null, UserSettings.dictionaryFolder(), System.getenv()));
        try {
            service.checkDestination(out);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
        ExportOptions options = ExportOptions.DEFAULT.withFragment(fragment);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (String id : ids) {
            if (!ws.exists(id)) {
                err.println("copydesk: no article '" + id + "' in " + ws.root());
                failed = true;
                continue;
            }
            try {
                ExportService.Checked c = service.check(id);
                for (PreflightFinding f : c.findings()) {
                    err.println(id + ": " + f.describe());
                }
                if (c.blocked() && !force) {
                    err.println("copydesk: " + id + " not exported: preflight found "
                            + c.findings().stream().filter(PreflightFinding::isBlocker).count()
                            + " blocker(s) (fix them, or export anyway with --force)");
                    failed = true;
                    continue;
                }
                ExportService.Result r = service.export(c, fmt, options, out, force);
                stdout.println(r.file());
                if (r.note() != null) {
                    err.println("copydesk: note: " + id + ": " + r.note());
                }
            } catch (FileAlreadyExistsException e) {
                err.println("copydesk: " + id + " not exported: " + (e.getReason() != null ? e.getReason()
                        : e.getFile() + " already exists") + "; use --force to replace it");
                failed = true;
            } catch (IOException | RuntimeException e) {
                // one article's failure is reported and the batch goes on
                err.println("copydesk: " + id + " not exported: " + (e.getMessage() == null ? "an internal error" : e.getMessage().replace('\n', ' ')));
                failed = true;
            }
            err.flush();
        }
        stdout.flush();
        err.flush();
        return failed ? CopydeskCommand.BAD_INPUT : CopydeskCommand.OK;
    }
}
