package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.Conflict;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.RemoteAccess;
import org.copydesk.sync.SignInMemory;
import org.copydesk.sync.SyncException;
import org.copydesk.sync.SyncReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Commit what changed in the workspace (by Copydesk or any other program), fetch the remote,",
                "merge article by article, and send the result. A conflict keeps both versions in the article.",
                "Exit 1 when articles are left with conflicts to resolve, or when the sync failed (the remote cannot",
                "be reached, or its sign-in was refused or cancelled: then nothing here was changed).",
                "An https remote's user name and password, an ssh key's passphrase and an unknown ssh server key are",
                "asked on the console; without one, from COPYDESK_GIT_USERNAME and COPYDESK_GIT_PASSWORD",
                "(and COPYDESK_SSH_PASSPHRASE), and an ssh server not in ~/.ssh/known_hosts is refused."})
final class SyncCommand implements Callable<Integer> {
    @Option(names = "--remote", paramLabel = "URL", description = {"The remote: a bare repository's folder or file://, ssh://",
            "or https:// URL. Remembered: later syncs need no --remote."})
    String remote;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace ws = WorkspaceOption.open(spec);
        SyncReport r;
        ConsoleSignIn signIn = ConsoleSignIn.ofSystem();
        try (DeskRepository repo = DeskRepository.open(ws);
             RemoteAccess access = RemoteAccess.asking(signIn, new SignInMemory())) {
            r = repo.sync(remote, UserSettings.author(repo), access);
        } catch (SyncException e) {
            throw signIn.hint() == null ? e : new SyncException(e.getMessage() + "; " + signIn.hint(), e, e.kind());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("synced with " + r.remote());
        line(out, "received", r.received());
        line(out, "merged", r.merged());
        line(out, "deleted (by the other side)", r.deleted());
        line(out, "deleted on one side and edited on the other, edit kept", r.editKeptOverDelete());
        for (SyncReport.ConflictedArticle c : r.conflicts()) {
            for (Conflict x : c.conflicts()) {
                out.printf("conflict in %s, %s: mine %s | theirs %s%n", c.id(), x.field(), quote(x.mine()), quote(x.theirs()));
            }
        }
        out.println(r.sent() ? "sent this desk's versions" : "nothing to send");
        out.flush();
        if (r.conflictsLeft()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("copydesk: conflicts to resolve in " + String.join(", ", r.unresolved())
                    + " (both versions are kept in the article)");
            err.flush();
            return CopydeskCommand.BAD_INPUT;
        }
        return CopydeskCommand.OK;
    }

    private static void line(PrintWriter out, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            out.println(what + ": " + String.join(", ", ids));
        }
    }

    private static String quote(List<String> texts) {
        if (texts.isEmpty()) {
            return "(removed)";
        }
        String s = String.join(" / ", texts);
        return "«" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "»";
    }
}
