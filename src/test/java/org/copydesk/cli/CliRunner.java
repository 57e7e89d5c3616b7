package org.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs a copydesk command in-process against a workspace and captures what it prints. */
public final class CliRunner {
    public record Result(int exit, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(Path workspace, String... args) {
        List<String> all = new ArrayList<>();
        if (workspace != null) {
            all.add("--workspace");
            all.add(workspace.toString());
        }
        all.addAll(List.of(args));
        CommandLine cl = Bench.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }
}
