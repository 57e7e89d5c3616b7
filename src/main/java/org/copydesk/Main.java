package org.copydesk;

import org.copydesk.cli.CopydeskCommand;

/**
 * Launcher. No command: the desktop app (optionally {@code --workspace DIR}); a command: the command line.
 * Not a JavaFX {@code Application}, so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (CopydeskCommand.isDesktopLaunch(args)) {
            org.copydesk.ui.CopydeskApp.launchWith(args);
            return;
        }
        System.exit(CopydeskCommand.run(args));
    }
}
