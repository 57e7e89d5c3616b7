package org.copydesk.cli;

import java.io.IOException;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;

/** Gives a subcommand the workspace chosen on the top-level command. */
final class WorkspaceOption {
    private WorkspaceOption() {
    }

    static Workspace open(CommandLine.Model.CommandSpec spec) throws IOException {
        CommandLine top = spec.commandLine();
        while (top.getParent() != null) {
            top = top.getParent();
        }
        CopydeskCommand root = top.getCommand();
        return Workspace.openChosen(root.workspaceOption());
    }
}
