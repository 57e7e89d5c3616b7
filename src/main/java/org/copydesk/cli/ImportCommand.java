package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.analysis.Analyzer;
import org.copydesk.importing.Cleanup;
import org.copydesk.importing.CleanupItem;
import org.copydesk.importing.ImportException;
import org.copydesk.importing.ImportReason;
import org.copydesk.importing.ImportResult;
import org.copydesk.importing.Importer;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files as new articles and print their ids: plain text (any common encoding), Markdown (.md),"
                + " HTML (.html, .htm) and Word (.docx).",
                "Files larger than 20 MB, empty, binary or unreadable files are reported in one line each and create"
                + " nothing; the other files are still imported (exit 1 if any failed).",
                "With --clean, the boilerplate and see-also lines the analyser finds are removed (see-also lines"
                + " become related links) and each removal is printed under the article's id."})
final class ImportCommand implements Callable<Integer> {
    static final long MAX_BYTES = Importer.DEFAULT_MAX_BYTES;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import (.txt, .md, .html, .docx; others are read as text).")
    List<Path> files;

    @Option(names = "--language", paramLabel = "LANG",
            description = "Primary language of the copy (default: the language the document declares, else en).")
    String language;

    @Option(names = "--clean", description = "Apply every clean-up finding (boilerplate, see-also lines) and print what was removed.")
    boolean clean;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace ws = WorkspaceOption.open(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Importer importer = Importer.forWorkspace(ws, language);
        Analyzer analyzer = clean ? new Analyzer() : null;
        Cleanup.HeadlineLookup lookup = clean ? Cleanup.lookupOf(ws) : Cleanup.HeadlineLookup.NONE;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                ImportResult r = importer.importFile(f);
                for (String w : r.warnings()) {
                    err.println("copydesk: note: " + r.fileName() + ": " + w);
                }
                if (r.firstLine() != null) {
                    err.println("copydesk: note: " + r.fileName() + ": the first line does not head the story (\""
                            + r.firstLine() + "\"); the headline is \"" + r.draft().headline() + "\"");
                }
                Article draft = r.draft();
                List<CleanupItem> removed = List.of();
                if (clean) {
                    removed = Cleanup.findings(draft, analyzer.analyze(draft), lookup, r.firstLine());
                    draft = Cleanup.apply(draft, removed);
                }
                Article a;
                try {
                    a = ws.create(draft);
                } catch (IOException e) {
                    throw new ImportException(f.toString(), ImportReason.of(ImportReason.Code.CANNOT_SAVE, String.valueOf(e.getMessage())), e);
                }
                out.println(a.id());
                for (CleanupItem item : removed) {
                    out.println(describe(item));
                }
            } catch (ImportException e) {
                failures.add(e.getMessage());
                err.println("copydesk: " + e.getMessage().replace('\n', ' '));
            }
            out.flush();
            err.flush();
        }
        return failures.isEmpty() ? CopydeskCommand.OK : CopydeskCommand.BAD_INPUT;
    }

    static String describe(CleanupItem item) {
        String text = item.text().replace('\n', ' ');
        if (item.kind() == CleanupItem.Kind.REMOVE_BOILERPLATE) {
            return "  removed boilerplate: " + text;
        }
        if (item.kind() == CleanupItem.Kind.REMOVE_FIRST_LINE) {
            return "  removed first line (it does not head the story): " + text;
        }
        String target = Cleanup.targetOf(item) + (item.targetId() == null ? ", not in the workspace yet" : "");
        return "  removed see-also line (related link to " + target + "): " + text;
    }
}
