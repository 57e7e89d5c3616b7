package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk}: the top-level command. Exit codes: 0 ok, 1 bad input, 2 usage. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, version = "Copydesk 0.1.0",
        description = "Newsroom editor for mixed-language copy. Without a command, opens the desktop app.",
        subcommands = {ListCommand.class, ShowCommand.class, ImportCommand.class, AnalyzeCommand.class,
                SearchCommand.class, RelatedCommand.class, LinkCommand.class, SetCommand.class, CheckCommand.class, ExportCommand.class,
                HistoryCommand.class, DiffCommand.class, RestoreCommand.class, SyncCommand.class,
                CommandLine.HelpCommand.class})
public final class CopydeskCommand implements Runnable {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Option(names = "--workspace", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Workspace folder (default: $COPYDESK_WORKSPACE, else the user data folder).")
    Path workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** True when the arguments ask for the desktop app: none, or only {@code --workspace DIR}. */
    public static boolean isDesktopLaunch(String[] args) {
        return args.length == 0
                || (args.length == 2 && args[0].equals("--workspace"))
                || (args.length == 1 && args[0].startsWith("--workspace="));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CopydeskCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("copydesk: " + msg.replace('\n', ' '));
            err.flush();
            return BAD_INPUT;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("copydesk: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return USAGE;
        });
        return cl;
    }

    /**
     * For a process that runs just this command line (from {@code main}, never in tests or the app): JVM settings for
     * a command that ends within a second or two ({@link QuickCompilation}), and {@code analyze}'s dictionaries start
     * loading before the command line is parsed ({@link AnalyzeCommand#startEarly}). Changes no result.
     */
    public static void tuneForShortRun(String[] args) {
        AnalyzeCommand.startEarly(args);
        QuickCompilation.applyFor(args);
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The workspace named by the user, or null for the default one. */
    Path workspaceOption() {
        return workspace;
    }
}
