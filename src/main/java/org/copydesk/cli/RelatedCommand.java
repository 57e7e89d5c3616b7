package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.search.IndexedArticle;
import org.copydesk.search.SearchIndex;
import org.copydesk.search.Suggestion;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "related", mixinStandardHelpOptions = true,
        description = {"Show an article's related stories: its links (broken ones marked), the articles linking to it,",
                "and suggestions (the most similar articles not yet linked)."})
final class RelatedCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Article id (see 'copydesk list').")
    String id;

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Option(names = "--suggestions", paramLabel = "N", defaultValue = "5", description = "How many suggestions (default: ${DEFAULT-VALUE}).")
    int suggestions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace ws = WorkspaceOption.open(spec);
        Article a = LinkCommand.readable(ws, id, "ID", false);
        if (suggestions < 0) {
            throw new BadInputException("--suggestions must be 0 or more");
        }
        List<Map<String, Object>> links = new ArrayList<>();
        List<IndexedArticle> backlinks;
        List<Suggestion> similar;
        try (SearchIndex index = SearchIndex.open(ws, new IndexProgressPrinter(spec.commandLine().getErr()), () -> false)) {
            for (RelatedLink l : a.links()) {
                Optional<IndexedArticle> target = index.find(l.targetId());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("target", l.targetId());
                m.put("relation", l.relation().id());
                m.put("note", l.note());
                m.put("headline", target.map(IndexedArticle::headline).orElse(null));
                m.put("broken", target.isEmpty() && !ws.exists(l.targetId()));
                links.add(m);
            }
            backlinks = index.backlinks(a.id());
            similar = suggestions == 0 ? List.of() : index.suggestions(a, suggestions);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("headline", a.headline());
            m.put("links", links);
            m.put("backlinks", backlinks.stream().map(b -> Map.of("id", b.id(), "headline", b.headline())).toList());
            m.put("suggestions", similar.stream().map(s -> {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("id", s.id());
                sm.put("headline", s.headline());
                sm.put("score", s.score());
                return sm;
            }).toList());
            out.println(Json.write(m));
        } else {
            out.println(a.headline() + " (" + a.id() + ")");
            out.println();
            out.println("Links:" + (links.isEmpty() ? " none" : ""));
            for (Map<String, Object> l : links) {
                String what = Boolean.TRUE.equals(l.get("broken")) ? "BROKEN: no such article"
                        : l.get("headline") == null ? "unreadable article" : (String) l.get("headline");
                out.printf("  %-10s %-40s %s%s%n", l.get("relation"), l.get("target"), what,
                        l.get("note") == null || ((String) l.get("note")).isBlank() ? "" : " — " + l.get("note"));
            }
            out.println("Linked from:" + (backlinks.isEmpty() ? " none" : ""));
            for (IndexedArticle b : backlinks) {
                out.printf("  %-40s %s%n", b.id(), b.headline());
            }
            if (suggestions > 0) {
                out.println("Suggestions:" + (similar.isEmpty() ? " none" : ""));
                for (Suggestion s : similar) {
                    out.printf("  %-40s %s%n", s.id(), s.headline());
                }
            }
        }
        out.flush();
        return CopydeskCommand.OK;
    }
}
