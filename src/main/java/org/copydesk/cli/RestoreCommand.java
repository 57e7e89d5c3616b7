package org.copydesk.cli;

import java.util.concurrent.Callable;
import org.copydesk.model.Article;
import org.copydesk.sync.DeskRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Bring back an article as a version held it, as a new save (and a new version):",
                "restoring the version before undoes it."})
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id.")
    String id;

    @Parameters(index = "1", paramLabel = "REV", description = "The version (a commit id from 'copydesk history ID').")
    String rev;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (DeskRepository repo = HistoryCommand.openHistory(spec, id)) {
            Article a = repo.restore(id, rev, UserSettings.author(repo));
            spec.commandLine().getOut().printf("restored %s to version %s (now revision %d)%n", id, rev, a.revision());
        }
        spec.commandLine().getOut().flush();
        return CopydeskCommand.OK;
    }
}
