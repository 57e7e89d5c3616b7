package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.AnalysisHints;
import org.copydesk.analysis.AnalysisSession;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.language.Languages;
import org.copydesk.model.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk bench analysis}: full and incremental analysis of a long mixed-language article. */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        description = {"Time the analyser on generated news copy with a realistic vocabulary (sentences in all seven",
                "languages, thousands of distinct word forms; --copy en-fr: the older English article with French in it):",
                "model load, first and second full analysis, re-analysis after one-character edits (session),",
                "and Lingua's n-gram models alone, clause by clause, on the same text for comparison."})
final class BenchAnalysisCommand implements Callable<Integer> {
    @Option(names = "--words", defaultValue = "20000", description = "Length of the article (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--edits", defaultValue = "300", description = "One-character edits to time (default: ${DEFAULT-VALUE}).")
    int edits;

    @Option(names = "--warmup", defaultValue = "100", description = "Untimed edits first, as in an editing session (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated article (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--copy", defaultValue = "news",
            description = "news (seven languages, realistic vocabulary) or en-fr (English with French left in it; few word forms). Default: ${DEFAULT-VALUE}.")
    String copy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (words < 50 || edits < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --words >= 50, --edits >= 1 and --warmup >= 0");
        }
        if (!copy.equals("news") && !copy.equals("en-fr")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--copy is news or en-fr, not " + copy);
        }
        PrintWriter out = spec.commandLine().getOut();
        MixedCopyGenerator.Article article = copy.equals("news") ? NewsCopyGenerator.generate(words, seed)
                : MixedCopyGenerator.generate(words, seed);
        String text = article.text();
        out.printf("article: %d words, %d distinct word forms, %d characters, %d paragraphs (generated %s copy, seed %d)%n",
                Words.count(text), distinctForms(text), text.length(), text.split("\n\n").length, copy, seed);

        Analyzer analyzer = new Analyzer();
        long t0 = System.nanoTime();
        analyzer.preloadInBackground();
        analyzer.awaitModels();
        out.printf("model load (Lingua n-grams, orders 1-5, 7 languages):   %7.0f ms%n", ms(t0));
        out.flush();

        long t1 = System.nanoTime();
        Analysis first = analyzer.analyze(text);
        out.printf("first full analysis (models loaded, not included):      %7.0f ms  (%d word forms scored)%n", ms(t1),
                analyzer.cachedWordForms());
        long t2 = System.nanoTime();
        analyzer.analyze(text);
        out.printf("second full analysis:                                   %7.0f ms%n", ms(t2));
        out.flush();

        AnalysisSession session = analyzer.newSession();
        session.analyze(text, AnalysisHints.NONE);
        Random r = new Random(seed);
        double[] times = new double[edits];
        String current = text;
        for (int i = -warmup; i < edits; i++) {
            int at = r.nextInt(current.length());
            String next = (i % 2 == 0 || current.length() < 2)
                    ? current.substring(0, at) + (char) ('a' + r.nextInt(26)) + current.substring(at)
                    : current.substring(0, at) + current.substring(Math.min(current.length(), at + 1));
            long te = System.nanoTime();
            session.analyze(next, AnalysisHints.NONE);
            if (i >= 0) {
                times[i] = ms(te);
            }
            current = next;
        }
        Arrays.sort(times);
        out.printf("one-character edit, session re-analysis: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d edits after %d untimed)%n",
                times[edits / 2], times[(int) (edits * 0.95)], times[edits - 1], edits, warmup);
        out.flush();

        // Lingua's n-gram models alone on each clause, as a newsroom tool without word-level segmentation would do
        List<int[]> clauses = clauses(text);
        long t3 = System.nanoTime();
        String[] clauseLang = new String[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            int[] c = clauses.get(i);
            clauseLang[i] = analyzer.detectClauseWithLinguaOnly(text.substring(c[0], c[1]));
        }
        out.printf("Lingua n-grams alone, clause by clause (%d clauses):  %7.0f ms%n", clauses.size(), ms(t3));

        List<int[]> gold = MixedCopyGenerator.scoredWords(article);
        int oursRight = 0;
        int linguaRight = 0;
        for (int[] w : gold) {
            String want = Languages.code(NewsCopyGenerator.LETTERS.indexOf((char) w[2]));
            if (want.equals(languageAt(first, w[0]))) {
                oursRight++;
            }
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i)[0] <= w[0] && w[0] < clauses.get(i)[1]) {
                    if (want.equals(clauseLang[i])) {
                        linguaRight++;
                    }
                    break;
                }
            }
        }
        out.printf("word accuracy on this article: ours %.4f, Lingua n-grams by clause %.4f (%d words)%n",
                oursRight / (double) gold.size(), linguaRight / (double) gold.size(), gold.size());
        out.flush();
        return CopydeskCommand.OK;
    }

    private static final Pattern CLAUSE = Pattern.compile("[^.!?;:,\\n«»“”()]+");

    static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    static int distinctForms(String text) {
        Set<String> forms = new HashSet<>();
        for (Words.Word w : Words.split(text)) {
            forms.add(text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT));
        }
        return forms.size();
    }

    private static String languageAt(Analysis a, int pos) {
        for (LanguageSegment s : a.segments()) {
            if (s.start() <= pos && pos < s.end()) {
                return s.language();
            }
        }
        return null;
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
