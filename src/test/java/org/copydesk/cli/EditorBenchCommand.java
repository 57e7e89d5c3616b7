package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.copydesk.ui.editor.EditorBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk bench editor}: the body editor's speed on a 20,000-word mixed-language article, headless. */
@Command(name = "editor", mixinStandardHelpOptions = true,
        description = "Open, type in and re-mark a generated mixed-language article in the editor, headless; print the times.")
final class EditorBenchCommand implements Callable<Integer> {
    @Option(names = "--words", defaultValue = "20000", description = "Words in the article (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--keystrokes", defaultValue = "400", description = "Characters typed (default: ${DEFAULT-VALUE}).")
    int keystrokes;

    @Option(names = "--opens", defaultValue = "5", description = "Times the article is opened (default: ${DEFAULT-VALUE}).")
    int opens;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (words < 100 || keystrokes < 1 || opens < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--words must be at least 100, --keystrokes and --opens at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        EditorBenchmark.startHeadlessToolkit();
        try {
            EditorBenchmark.Result r = EditorBenchmark.run(words, keystrokes, opens);
            out.printf("article: %d words, %d paragraphs, %d characters (mixed en/fr/de/es, with quotations)%n",
                    r.words(), r.paragraphs(), r.characters());
            out.printf("analysis of the whole text, first call, off the FX thread: %.0f ms%n", r.firstAnalysis());
            out.printf("open with all marks shown: first %.0f ms, median of %d %.0f ms (open() call + layout alone: median %.0f ms)  [target <= 500]%n",
                    r.openToMarks().get(0), r.openToMarks().size(), EditorBenchmark.percentile(r.openToMarks(), 50),
                    EditorBenchmark.percentile(r.openCall(), 50));
            line(out, "typed character, FX thread, text change + restyle of the touched paragraph", r.keystroke(), "[target p95 <= 8]");
            line(out, "  same, plus CSS and layout of the scene", r.keystrokeWithLayout(), "");
            line(out, "naive: text change + restyle of the whole document", r.naiveKeystroke(), "");
            line(out, "  naive, plus CSS and layout of the scene", r.naiveKeystrokeWithLayout(), "");
            line(out, "marks of the edited paragraph updated, after the last keystroke", r.marksAfterStop(), "[target <= 100]");
            line(out, "whole document re-marked (session analysis of the full text), after the last keystroke", r.wholeAfterStop(), "");
            line(out, "  of which the session analysis off the FX thread", r.analysisAfterStop(), "");
            line(out, "  and from its end to the marks shown (spelling check, then restyle, side panel, status on the FX thread)",
                    r.resultFx(), "");
            out.printf("style classes of the typed French words after typing stopped: %s%n", r.typedParagraphClasses());
            out.flush();
            return CopydeskCommand.OK;
        } finally {
            Platform.exit();
        }
    }

    private static void line(PrintWriter out, String what, List<Double> ms, String target) {
        out.printf("%s: n=%d p50 %.2f ms, p95 %.2f ms, max %.2f ms %s%n", what, ms.size(),
                EditorBenchmark.percentile(ms, 50), EditorBenchmark.percentile(ms, 95), EditorBenchmark.percentile(ms, 100), target);
    }
}
