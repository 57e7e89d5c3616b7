package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.storage.Slugs;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.SyncException;
import org.copydesk.sync.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the versions of an article, newest first: commit, time, author, words added and removed.")
final class HistoryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Article id.")
    String id;

    @Option(names = "--json", description = "Print the versions as a JSON array.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Version> versions;
        Workspace ws;
        try (DeskRepository repo = openHistory(spec, id)) {
            versions = repo.history(id);
            ws = repo.workspace();
        }
        if (versions.isEmpty() && !ws.exists(id)) {
            throw new BadInputException("no article '" + id + "' in the workspace or its history");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Version v : versions) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("commit", v.commit());
                m.put("time", v.time().toString());
                m.put("author", v.author());
                m.put("email", v.email());
                m.put("message", v.message());
                m.put("wordsAdded", v.wordsAdded());
                m.put("wordsRemoved", v.wordsRemoved());
                m.put("deleted", v.deleted());
                rows.add(m);
            }
            out.println(Json.write(rows));
        } else {
            for (Version v : versions) {
                out.printf("%s  %s  %-20s  +%d -%d%s  %s%n", v.shortCommit(), v.time(), v.author(), v.wordsAdded(),
                        v.wordsRemoved(), v.deleted() ? " (deleted)" : "", v.message());
            }
            if (versions.isEmpty()) {
                out.println("no committed versions of " + id + " yet");
            }
        }
        out.flush();
        return CopydeskCommand.OK;
    }

    /**
     * The desk's history, for the commands that read or restore an article's versions: the id checked, the workspace
     * opened, and refused in words when it has no history yet.
     */
    static DeskRepository openHistory(CommandLine.Model.CommandSpec spec, String id) throws IOException, SyncException {
        checkId(id);
        Workspace ws = WorkspaceOption.open(spec);
        if (!DeskRepository.exists(ws)) {
            throw new BadInputException("the workspace " + ws.root() + " has no history yet (it starts with the first 'copydesk sync')");
        }
        return DeskRepository.open(ws);
    }

    static void checkId(String id) {
        if (!Slugs.isValidId(id)) {
            throw new BadInputException("invalid article id '" + id + "' (lower-case letters, digits and hyphens)");
        }
    }
}
