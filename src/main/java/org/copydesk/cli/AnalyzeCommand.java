package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.AnalysisHints;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.importing.ImportException;
import org.copydesk.importing.Importer;
import org.copydesk.importing.PlainTextImporter;
import org.copydesk.spelling.InstalledDictionaries;
import org.copydesk.spelling.Misspelling;
import org.copydesk.spelling.SpellChecker;
import org.copydesk.spelling.Spelling;
import org.copydesk.spelling.SpellingContext;
import org.copydesk.spelling.WordList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse a UTF-8 plain-text file: language segments, quotations and copy issues.",
                "Offsets are Java String (UTF-16) indices into the file's text, end exclusive."})
final class AnalyzeCommand implements Callable<Integer> {
    static final long MAX_BYTES = Importer.DEFAULT_MAX_BYTES;

    @Parameters(paramLabel = "FILE", description = "The text file to analyse.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object (language, segments, quotes, issues).")
    boolean json;

    @Option(names = "--language", paramLabel = "LANG", description = "Primary language of the copy (default: detect).")
    String language;

    @Option(names = "--no-spelling", description = "Do not check spelling.")
    boolean noSpelling;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "A folder of Hunspell dictionaries (xx_YY.aff/.dic) searched before the user's and the system's.")
    Path dictionaries;

    @Option(names = "--words", paramLabel = "FILE",
            description = "A word list (one word a line) accepted as correctly spelled, besides the user's.")
    Path words;

    @Option(names = "--timings",
            description = "Print to standard error when each phase ended, in ms since the process started.")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EarlyStart started = early;
        early = null;
        Analyzer early = earlyAnalyzer;
        earlyAnalyzer = null;
        String text = read(file);
        Analyzer analyzer = early != null ? early : new Analyzer();
        analyzer.preloadInBackground();
        java.util.concurrent.atomic.AtomicLong modelsReady = new java.util.concurrent.atomic.AtomicLong(-1);
        if (timings) {
            analyzer.modelsLoaded().thenRun(() -> modelsReady.set(System.currentTimeMillis()));
        }
        CompletableFuture<SpellChecker> checking = null;
        SpellingContext context = null;
        if (!noSpelling) {
            WordList accepted = Spelling.acceptedWords(null, System.getenv());
            if (words != null) {
                try {
                    accepted = WordList.of(Stream.concat(accepted.words().stream(),
                            WordList.read(words).words().stream()).toList());
                } catch (IOException e) {
                    throw new BadInputException(e.getMessage());
                }
            }
            context = new SpellingContext(language, "", "", accepted);
            // while the text is analysed: read the settings, find the dictionaries, and start loading those the text
            // most likely needs (the languages present are known only after the analysis; the check loads the rest)
            // the early start's checker when it was for these arguments and got one, else one set up now
            CompletableFuture<SpellChecker> earlyChecker = started != null && started.isFor(file, language, dictionaries)
                    ? started.checker() : CompletableFuture.completedFuture(null);
            checking = earlyChecker.thenCompose(c -> c != null ? CompletableFuture.completedFuture(c)
                    : CompletableFuture.supplyAsync(() -> setUpSpelling(text, language, dictionaries), AnalyzeCommand::daemon));
        }
        PrintWriter out = spec.commandLine().getOut();
        Analysis a = analyzer.analyze(text, new AnalysisHints(language, List.of(), List.of()));
        long analysed = System.currentTimeMillis();
        SpellChecker checker = checking == null ? null : join(checking);
        long dictionariesReady = -1;
        if (checker != null && timings) {
            checker.dictionaries().whenLoaded(checker.tags(a, context)).join();
            dictionariesReady = System.currentTimeMillis();
        }
        List<Misspelling> misspelt = checker == null ? List.of() : checker.checkWaiting(text, a, context);
        long checked = System.currentTimeMillis();
        if (json) {
            Map<String, Object> root = toJson(a);
            if (checker != null) {
                addSpelling(root, misspelt, checker, context);
            }
            out.println(Json.writeCompact(root));
        } else {
            printSummary(out, text, Spelling.withSpelling(a, misspelt));
            if (checker != null) {
                for (String lang : checker.languagesWithoutDictionary(a, context)) {
                    out.println("No dictionary for " + Spelling.languageName(lang) + " (" + lang
                            + "): its words were not checked; install " + InstalledDictionaries.debianPackage(lang));
                }
            }
        }
        out.flush();
        if (timings) {
            long done = System.currentTimeMillis();
            long start = ProcessStart.epochMillis();
            PrintWriter err = spec.commandLine().getErr();
            err.println("timings (ms since the process started): models ready " + since(start, modelsReady.get())
                    + ", analysed " + since(start, analysed)
                    + (checker == null ? "" : ", dictionaries ready " + since(start, dictionariesReady)
                            + ", spelling checked " + since(start, checked))
                    + ", done " + since(start, done));
            err.flush();
        }
        return CopydeskCommand.OK;
    }

    /**
     * The system's checker (the folder given, the settings', the user's and the system's dictionaries), already loading
     * the dictionaries a check of this text most likely needs. Which checker it is depends on the folder alone; what it
     * preloads on the text and the language (a guess that only saves time).
     */
    private static SpellChecker setUpSpelling(String text, String language, Path dictionaries) {
        SpellChecker c = Spelling.systemChecker(dictionaries, UserSettings.dictionaryFolder(), System.getenv());
        c.preloadLikely(text, new SpellingContext(language, "", "", WordList.of(List.of())));
        return c;
    }

    /** The spelling set up by {@link #startEarly} for a file, a language and a dictionary folder. */
    record EarlyStart(Path file, String language, Path dictionaries, CompletableFuture<SpellChecker> checker) {
        boolean isFor(Path f, String lang, Path dicts) {
            return file.equals(f) && Objects.equals(language, lang) && Objects.equals(dictionaries, dicts);
        }
    }

    private static volatile EarlyStart early;
    /** The analyser whose language models {@link #startEarly} started loading; null when not started. */
    private static volatile Analyzer earlyAnalyzer;

    /**
     * For a process that runs just this command line (from {@code main}, never in tests or the app): when it is a plain
     * {@code analyze} with spelling, starts reading the file and loading the dictionaries it most likely needs at once,
     * on a background thread, while the JVM is still parsing the command line; the second core is mostly idle then. The
     * language models start loading then too (for any {@code analyze} but a request for help). Only the simple forms are recognised here ({@code --json}, {@code --timings},
     * {@code --language L}, {@code --dictionaries DIR}, {@code --words F}, {@code --workspace D}, with a space or an
     * equals sign, and one file); anything else and nothing starts early. The command uses the early start only when
     * its parsed file, language and folder are the same, so the answer never depends on it: it only comes sooner.
     */
    static void startEarly(String[] args) {
        if (args.length >= 2 && "analyze".equals(args[0])
                && Arrays.stream(args).noneMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V")
                        || a.equals("--version"))) {
            Analyzer a = new Analyzer(); // the language models: the same for every file and option
            a.preloadInBackground();
            earlyAnalyzer = a;
        }
        EarlyStart e = earlyArguments(args);
        if (e != null) {
            early = e;
            CompletableFuture<SpellChecker> f = e.checker();
            daemon(() -> {
                try {
                    f.complete(setUpSpelling(read(e.file()), e.language(), e.dictionaries()));
                } catch (RuntimeException | Error ex) {
                    f.complete(null); // the command reads the file again and reports what is wrong with it
                }
            });
        }
    }

    /** What {@link #startEarly} would start for these arguments (its future not yet started); null for nothing. */
    static EarlyStart earlyArguments(String[] args) {
        if (args.length < 2 || !"analyze".equals(args[0])) {
            return null;
        }
        Path file = null;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json") || a.equals("--timings")) {
                continue;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (List.of("--language", "--dictionaries", "--words", "--workspace").contains(name)) {
                String value;
                if (a.contains("=")) {
                    value = a.substring(a.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return null;
                }
                if (values.put(name, value) != null) {
                    return null;
                }
                continue;
            }
            if (a.isEmpty() || a.startsWith("-") || a.startsWith("@") || file != null) {
                return null; // --no-spelling, help, an option not known here, an argument file, a second file
            }
            try {
                file = Path.of(a);
            } catch (java.nio.file.InvalidPathException ex) {
                return null;
            }
        }
        if (file == null) {
            return null;
        }
        Path dicts;
        try {
            dicts = values.containsKey("--dictionaries") ? Path.of(values.get("--dictionaries")) : null;
        } catch (java.nio.file.InvalidPathException ex) {
            return null;
        }
        return new EarlyStart(file, values.get("--language"), dicts, new CompletableFuture<>());
    }

    private static String since(long start, long t) {
        return start < 0 || t < 0 ? "?" : String.valueOf(t - start);
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "copydesk-spelling-setup");
        t.setDaemon(true);
        t.start();
    }

    private static SpellChecker join(CompletableFuture<SpellChecker> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    static String read(Path f) {
        String name = f.toString();
        if (Files.isDirectory(f)) {
            throw new BadInputException(name + ": is a folder, not a file");
        }
        if (!Files.isRegularFile(f)) {
            throw new BadInputException(name + ": no such file");
        }
        try {
            if (Files.size(f) > MAX_BYTES) {
                throw new BadInputException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return PlainTextImporter.decodeUtf8(name, Files.readAllBytes(f));
        } catch (ImportException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The JSON of {@code analyze --json}; spelling issues are left out when {@code checker} is null. */
    static Map<String, Object> analyzeToJson(String text, String language, Analyzer analyzer, SpellChecker checker,
                                             SpellingContext context) {
        Analysis a = analyzer.analyze(text, new AnalysisHints(language, List.of(), List.of()));
        Map<String, Object> root = toJson(a);
        if (checker != null) {
            addSpelling(root, checker.checkWaiting(text, a, context), checker, context);
        }
        return root;
    }

    /** Suggestions per flagged word are computed within this budget (Hunspell's suggest can be slow). */
    static final long SUGGEST_BUDGET_MS = 100;

    /** Adds each misspelling as an issue {type "spelling", start, end, lang, suggestions}, all issues in text order. */
    @SuppressWarnings("unchecked")
    static void addSpelling(Map<String, Object> root, List<Misspelling> misspelt, SpellChecker checker,
                            SpellingContext context) {
        List<Object> issues = new ArrayList<>((List<Object>) root.get("issues"));
        for (Misspelling m : misspelt) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("type", IssueType.SPELLING.id());
            i.put("start", m.start());
            i.put("end", m.end());
            i.put("lang", m.language());
            i.put("message", Spelling.issue(m).english());
            i.put("suggestions", checker.suggest(m, context, SUGGEST_BUDGET_MS, 5));
            issues.add(i);
        }
        issues.sort(Comparator.comparingInt(o -> (Integer) ((Map<String, Object>) o).get("start")));
        root.put("issues", issues);
    }

    static Map<String, Object> toJson(Analysis a) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("language", a.language());
        List<Object> segs = new ArrayList<>();
        for (LanguageSegment s : a.segments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", s.start());
            m.put("end", s.end());
            m.put("lang", s.language());
            segs.add(m);
        }
        root.put("segments", segs);
        List<Object> quotes = new ArrayList<>();
        for (Quotation q : a.quotations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", q.start());
            m.put("end", q.end());
            m.put("open", q.open());
            m.put("close", q.close());
            m.put("depth", q.depth());
            m.put("speaker", q.speaker());
            quotes.add(m);
        }
        root.put("quotes", quotes);
        List<Object> issues = new ArrayList<>();
        for (CopyIssue i : a.issues()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", i.type().id());
            m.put("start", i.start());
            m.put("end", i.end());
            m.put("message", i.english());
            m.put("replacement", i.replacement());
            if (i.reference() != null) {
                m.put("reference", i.reference());
            }
            issues.add(m);
        }
        root.put("issues", issues);
        return root;
    }

    private static void printSummary(PrintWriter out, String text, Analysis a) {
        out.println("Primary language: " + a.language());
        out.println("Language segments: " + a.segments().size());
        for (LanguageSegment s : a.segments()) {
            out.printf("  %-2s %6d-%-6d %s%n", s.language(), s.start(), s.end(), excerpt(text, s.start(), s.end()));
        }
        out.println("Quotations: " + a.quotations().size());
        for (Quotation q : a.quotations()) {
            out.printf("  %s%6d-%-6d %s%s%n", "  ".repeat(q.depth()), q.start(), q.end(),
                    excerpt(text, q.start(), q.end()), q.speaker() == null ? "" : "  (speaker: " + q.speaker() + ")");
        }
        out.println("Issues: " + a.issues().size());
        for (CopyIssue i : a.issues()) {
            out.printf("  %-16s %6d-%-6d %s%n", i.type().id(), i.start(), i.end(), i.english());
        }
    }

    private static String excerpt(String text, int s, int e) {
        String t = text.substring(s, e).replace('\n', ' ').strip();
        return t.length() <= 70 ? t : t.substring(0, 67) + "...";
    }
}
