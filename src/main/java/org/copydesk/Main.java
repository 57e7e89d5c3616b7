package org.copydesk;

import org.copydesk.cli.CopydeskCommand;
import org.copydesk.ui.CopydeskApp;

/**
 * Launcher. No command: the desktop app (optionally {@code --workspace DIR}); a command: the command line.
 * Not a JavaFX {@code Application}, so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    /**
     * Apache POI logs through the Log4j API (JGit through SLF4J), which without a provider prints "could not find a logging provider" to
     * standard output, among the results a script reads. Its simple logger, switched off, keeps stdout for results.
     * A property set on the command line (-D...) wins.
     */
    public static void quietLibraryLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR"); // JGit: no "No SLF4J providers were found"
        }
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        if (CopydeskCommand.isDesktopLaunch(args)) {
            // the window's threads before the JIT's optimising compiler on few cores (measured: README, Start-up)
            CompilerPriority.lowerSoon();
            // the memory settings are scheduled from the thread that prepares the window, not before the toolkit starts
            CopydeskApp.launchWith(args, DesktopMemory::applySoon);
            return;
        }
        CopydeskCommand.tuneForShortRun(args);
        System.exit(CopydeskCommand.run(args));
    }
}
