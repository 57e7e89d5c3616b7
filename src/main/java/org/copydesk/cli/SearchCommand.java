package org.copydesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.copydesk.model.ArticleStatus;
import org.copydesk.search.HighlightedText;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchIndex;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchResults;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over headline, standfirst and body, each in its article's language",
                "(\"armées\" finds \"armée\", \"exercises\" finds \"exercise\").",
                "QUERY: words (all must match), \"a phrase\", -excluded, one OR other, word* for a prefix.",
                "Matches are shown between [ and ]."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to look for (may be empty with filters).")
    List<String> words = new ArrayList<>();

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Option(names = "--status", paramLabel = "S", split = ",", description = "Only these desk statuses: draft, editing, ready, exported.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--language", paramLabel = "L", description = "Only articles in this language (e.g. fr).")
    String language;

    @Option(names = "--tag", paramLabel = "T", description = "Only articles with this tag.")
    String tag;

    @Option(names = "--from", paramLabel = "DATE", description = "Modified on or after this day (YYYY-MM-DD, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Modified on or before this day (YYYY-MM-DD, UTC).")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new BadInputException("--limit must be at least 1");
        }
        Set<ArticleStatus> wanted = EnumSet.noneOf(ArticleStatus.class);
        for (String s : statuses) {
            try {
                wanted.add(ArticleStatus.fromId(s));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        SearchQuery q = new SearchQuery(String.join(" ", words) + " ", wanted, language, tag, day(from, "--from"), day(to, "--to"));
        if (q.isEmpty()) {
            throw new BadInputException("nothing to search for: give a QUERY or a filter (see 'copydesk search --help')");
        }
        Workspace ws = WorkspaceOption.open(spec);
        SearchResults r;
        try (SearchIndex index = SearchIndex.open(ws, new IndexProgressPrinter(spec.commandLine().getErr()), () -> false)) {
            r = index.search(q, limit, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", q.text().strip());
            m.put("total", r.total());
            m.put("notice", r.notice());
            List<Map<String, Object>> hits = new ArrayList<>();
            for (SearchHit h : r.hits()) {
                Map<String, Object> hm = new LinkedHashMap<>();
                hm.put("id", h.id());
                hm.put("headline", h.headline());
                hm.put("status", h.status().id());
                hm.put("language", h.language());
                hm.put("modified", h.modified().toString());
                hm.put("score", h.score());
                hm.put("headlineMatches", ranges(h.headlineMatches()));
                hm.put("snippet", h.snippet().text());
                hm.put("snippetMatches", ranges(h.snippet()));
                hits.add(hm);
            }
            m.put("hits", hits);
            out.println(Json.write(m));
        } else {
            if (r.notice() != null) {
                spec.commandLine().getErr().println("copydesk: " + r.notice());
                spec.commandLine().getErr().flush();
            }
            for (SearchHit h : r.hits()) {
                out.printf("%-40s %-9s %-3s %s  %s%n", h.id(), h.status().id(), h.language(),
                        h.modified().toString().substring(0, 10), h.headlineMatches().marked("[", "]"));
                if (!h.snippet().text().isBlank()) {
                    out.println("    " + h.snippet().marked("[", "]"));
                }
            }
            out.println(r.total() == 1 ? "1 article found." : r.total() + " articles found."
                    + (r.total() > r.hits().size() ? " (showing " + r.hits().size() + "; see --limit)" : ""));
        }
        out.flush();
        return CopydeskCommand.OK;
    }

    private static List<int[]> ranges(HighlightedText t) {
        return t.matches().stream().map(r -> new int[] {r.start(), r.end()}).toList();
    }

    private static LocalDate day(String s, String option) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + ": '" + s + "' is not a day (expected YYYY-MM-DD)");
        }
    }
}
