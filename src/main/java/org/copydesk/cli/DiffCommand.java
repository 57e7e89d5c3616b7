package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.WordDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of an article word by word: [-removed-] and {+added+} inline.",
                "With one version, compares it with the article as it is now."})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id.")
    String id;

    @Parameters(index = "1", paramLabel = "REV", description = "The older version (a commit id from 'copydesk history ID').")
    String older;

    @Parameters(index = "2", paramLabel = "REV", arity = "0..1", description = "The newer version (default: the article now).")
    String newer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WordDiff.Result d;
        try (DeskRepository repo = HistoryCommand.openHistory(spec, id)) {
            d = repo.diff(id, older, newer);
        }
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Part p : d.parts()) {
            switch (p.op()) {
                case SAME -> sb.append(p.text());
                case REMOVED -> sb.append("[-").append(p.text()).append("-]");
                case ADDED -> sb.append("{+").append(p.text()).append("+}");
            }
        }
        out.println(sb);
        out.printf("%n+%d words, -%d words%n", d.wordsAdded(), d.wordsRemoved());
        out.flush();
        return CopydeskCommand.OK;
    }
}
