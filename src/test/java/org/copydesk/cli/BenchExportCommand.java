package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Analyzer;
import org.copydesk.export.ExportFormat;
import org.copydesk.export.ExportOptions;
import org.copydesk.export.Preflight;
import org.copydesk.export.LinkResolver;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Time export: the sample articles, their bodies repeated to the chosen length, are analysed "
                + "once with the real analyser, then preflighted and rendered in every format in memory (no files "
                + "are written). Prints milliseconds per article (median of the rounds) and bytes per article."})
final class BenchExportCommand implements Callable<Integer> {
    @Option(names = "--paragraphs", defaultValue = "40", description = "Paragraphs per article (default: ${DEFAULT-VALUE}).")
    int paragraphs;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (paragraphs < 1 || rounds < 1) {
            throw new BadInputException("--paragraphs and --rounds must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path tmp = Files.createTempDirectory("copydesk-bench-export");
        List<Article> articles = new ArrayList<>();
        try {
            Workspace ws = Workspace.open(tmp);
            ws.seedSamples();
            for (String id : ws.ids()) {
                Article a = ws.get(id);
                List<Paragraph> body = new ArrayList<>();
                while (body.size() < paragraphs && !a.body().isEmpty()) {
                    body.addAll(a.body().subList(0, Math.min(a.body().size(), paragraphs - body.size())));
                }
                articles.add(a.withBody(body));
            }
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (articles.isEmpty()) {
            throw new BadInputException("no sample articles in this build");
        }
        Analyzer analyzer = new Analyzer();
        long load = analyzer.awaitModels();
        long t0 = System.nanoTime();
        List<Analysis> analyses = new ArrayList<>();
        for (Article a : articles) {
            analyses.add(analyzer.analyze(a));
        }
        double analyseMs = (System.nanoTime() - t0) / 1e6 / articles.size();
        int words = articles.stream().mapToInt(Article::wordCount).sum() / articles.size();
        out.printf("%d articles of %d paragraphs (~%d words); language models loaded in %d ms%n", articles.size(),
                paragraphs, words, load);
        out.printf("%-10s %10.2f ms/article (once)%n", "analyse", analyseMs);
        // warm up every code path before timing any of them
        for (int w = 0; w < 3; w++) {
            for (ExportFormat f : ExportFormat.values()) {
                for (int i = 0; i < articles.size(); i++) {
                    f.exporter().export(articles.get(i), analyses.get(i), ExportOptions.DEFAULT);
                }
            }
        }
        out.printf("%-10s %10.3f ms/article%n", "preflight", median(() -> {
            for (int i = 0; i < articles.size(); i++) {
                Preflight.check(articles.get(i), analyses.get(i), LinkResolver.NONE);
            }
        }) / articles.size());
        for (ExportFormat f : ExportFormat.values()) {
            long[] bytes = {0};
            double ms = median(() -> {
                bytes[0] = 0;
                for (int i = 0; i < articles.size(); i++) {
                    bytes[0] += f.exporter().export(articles.get(i), analyses.get(i), ExportOptions.DEFAULT).length;
                }
            }) / articles.size();
            out.printf("%-10s %10.3f ms/article %10d bytes/article%n", f.id(), ms, bytes[0] / articles.size());
        }
        out.flush();
        return CopydeskCommand.OK;
    }

    /** Median wall time in ms of {@code rounds} runs after one warm-up run. */
    private double median(Runnable r) {
        r.run();
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            r.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }
}
