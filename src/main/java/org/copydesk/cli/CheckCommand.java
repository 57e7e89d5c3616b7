package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.analysis.Analyzer;
import org.copydesk.export.ExportService;
import org.copydesk.export.PreflightFinding;
import org.copydesk.spelling.Spelling;
import org.copydesk.storage.Slugs;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the export preflight on articles and print what blocks or warns.",
                "Exit 1 when any article has a blocker (or cannot be read), else 0."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids (see 'copydesk list').")
    List<String> ids;

    @Option(names = "--json", description = "Print a JSON array: one object per article with its findings.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String id : ids) {
            if (!Slugs.isValidId(id)) {
                throw new BadInputException("invalid article id '" + id + "' (lower-case letters, digits and hyphens)");
            }
        }
        Workspace ws = WorkspaceOption.open(spec);
        ExportService service = new ExportService(ws, new Analyzer(),
                Spelling.systemChecker(null, UserSettings.dictionaryFolder(), System.getenv()));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : ids) {
            if (!ws.exists(id)) {
                err.println("copydesk: no article '" + id + "' in " + ws.root());
                failed = true;
                continue;
            }
            ExportService.Checked c;
            try {
                c = service.check(id);
            } catch (IOException e) {
                err.println("copydesk: " + e.getMessage());
                failed = true;
                continue;
            }
            failed |= c.blocked();
            if (json) {
                rows.add(row(id, c.findings()));
            } else {
                print(out, id, c.findings());
            }
        }
        if (json) {
            out.println(Json.write(rows));
        }
        out.flush();
        err.flush();
        return failed ? CopydeskCommand.BAD_INPUT : CopydeskCommand.OK;
    }

    static void print(PrintWriter out, String id, List<PreflightFinding> findings) {
        long blockers = findings.stream().filter(PreflightFinding::isBlocker).count();
        out.printf("%s: %s%n", id, findings.isEmpty() ? "ok"
                : blockers + " blocker(s), " + (findings.size() - blockers) + " warning(s)");
        for (PreflightFinding f : findings) {
            out.println("  " + f.describe());
        }
    }

    static Map<String, Object> row(String id, List<PreflightFinding> findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("blocked", findings.stream().anyMatch(PreflightFinding::isBlocker));
        List<Map<String, Object>> fs = new ArrayList<>();
        for (PreflightFinding f : findings) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            fm.put("check", f.check().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            fm.put("target", f.target().name().toLowerCase(Locale.ROOT));
            if (f.hasBodySpan()) {
                fm.put("start", f.start());
                fm.put("end", f.end());
            }
            fm.put("message", f.message());
            fs.add(fm);
        }
        m.put("findings", fs);
        return m;
    }
}
