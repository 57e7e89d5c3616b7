package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the articles of the workspace.")
final class ListCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace ws = WorkspaceOption.open(spec);
        List<ArticleEntry> entries = ws.list();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ArticleEntry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                if (e.ok()) {
                    Article a = e.article();
                    m.put("headline", a.headline());
                    m.put("status", a.status().id());
                    m.put("language", a.language());
                    m.put("modified", a.modified().toString());
                    m.put("words", a.wordCount());
                }
                m.put("readOnly", e.readOnly());
                m.put("error", e.error());
                m.put("marksLeftOut", e.marksLeftOut());
                rows.add(m);
            }
            out.println(Json.write(rows));
        } else {
            for (ArticleEntry e : entries) {
                if (e.ok()) {
                    Article a = e.article();
                    out.printf("%-40s %-9s %-3s %s  %s%n", e.id(), a.status().id(), a.language(),
                            a.modified().toString().substring(0, 10), a.headline());
                    MarkWarnings.print(spec.commandLine().getErr(), e);
                } else {
                    out.printf("%-40s ERROR     %s%n", e.id(), e.error());
                }
            }
        }
        out.flush();
        return CopydeskCommand.OK;
    }
}
