package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.AnalysisHints;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.importing.ImportException;
import org.copydesk.importing.PlainTextImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse a UTF-8 plain-text file: language segments, quotations and copy issues.",
                "Offsets are Java String (UTF-16) indices into the file's text, end exclusive."})
final class AnalyzeCommand implements Callable<Integer> {
    static final long MAX_BYTES = org.copydesk.importing.Importer.DEFAULT_MAX_BYTES;

    @Parameters(paramLabel = "FILE", description = "The text file to analyse.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object (language, segments, quotes, issues).")
    boolean json;

    @Option(names = "--language", paramLabel = "LANG", description = "Primary language of the copy (default: detect).")
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text = read(file);
        Analyzer analyzer = new Analyzer();
        analyzer.preloadInBackground();
        Analysis a = analyzer.analyze(text, new AnalysisHints(language, List.of(), List.of()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(a)));
        } else {
            printSummary(out, text, a);
        }
        out.flush();
        return CopydeskCommand.OK;
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
            m.put("message", i.message());
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
            out.printf("  %-16s %6d-%-6d %s%n", i.type().id(), i.start(), i.end(), i.message());
        }
    }

    private static String excerpt(String text, int s, int e) {
        String t = text.substring(s, e).replace('\n', ' ').strip();
        return t.length() <= 70 ? t : t.substring(0, 67) + "...";
    }
}
