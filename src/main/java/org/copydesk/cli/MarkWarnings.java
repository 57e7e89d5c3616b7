package org.copydesk.cli;

import java.io.PrintWriter;
import org.copydesk.storage.ArticleEntry;

/** The warning for an article whose file holds marks that could not be placed: its text is read all the same. */
final class MarkWarnings {
    private MarkWarnings() {
    }

    static void print(PrintWriter err, ArticleEntry e) {
        if (e.marksLeftOut().isEmpty()) {
            return;
        }
        int n = e.marksLeftOut().size();
        err.println("warning: " + e.id() + ": " + n + (n == 1 ? " mark could not be placed and was left out"
                : " marks could not be placed and were left out") + " (the text is complete; the file is written valid at the next save)");
        for (String why : e.marksLeftOut()) {
            err.println("  " + why);
        }
        err.flush();
    }
}
