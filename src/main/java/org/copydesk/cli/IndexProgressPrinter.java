package org.copydesk.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import org.copydesk.search.IndexProgress;

/**
 * Says on stderr how far a long build of the search index has got (the first search in a large workspace reads
 * every article): one line when it starts, one at each further tenth, one at the end. Quiet for a short catch-up
 * (fewer than {@link IndexProgress#WORTH_SHOWING} files to read), so that everyday commands print nothing extra.
 */
final class IndexProgressPrinter implements IndexProgress {
    private final PrintWriter err;
    private final NumberFormat figures = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private int tenthsShown = -1;

    IndexProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void indexed(int done, int total) {
        if (total < WORTH_SHOWING) {
            return;
        }
        if (done == 0) {
            err.println("copydesk: building the search index of " + figures.format(total)
                    + " articles (only this once; later searches read only what changed)…");
            tenthsShown = 0;
        } else if (done >= total) {
            err.println("copydesk: search index built: " + figures.format(total) + " articles");
        } else {
            int tenths = (int) (10L * done / total);
            if (tenths > tenthsShown) {
                tenthsShown = tenths;
                err.println("copydesk: indexing " + figures.format(done) + " of " + figures.format(total) + " articles…");
            }
        }
        err.flush();
    }
}
