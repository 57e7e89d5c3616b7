package org.copydesk.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.copydesk.analysis.Analyzer;
import org.copydesk.editing.BodyMarks;
import org.copydesk.editing.StyleRun;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.Words;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.CopydeskApp;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.UiContext;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * {@code copydesk bench editor}: the editor on a generated mixed-language article, headless (Monocle, software
 * rendering). Measures opening with all marks shown, the FX-thread work per typed character (text change + restyle of
 * the touched paragraph, then the same with the whole document restyled per keystroke) and how long after typing stops
 * the edited paragraph's marks are updated.
 */
public final class EditorBenchmark {
    /** What one run measured; times in milliseconds. */
    public record Result(int words, int paragraphs, int characters, List<Double> openToMarks, List<Double> openCall,
                         double firstAnalysis, List<Double> keystroke, List<Double> keystrokeWithLayout,
                         List<Double> naiveKeystroke, List<Double> naiveKeystrokeWithLayout, List<Double> marksAfterStop,
                         List<Double> wholeAfterStop, List<Double> analysisAfterStop, List<Double> resultFx, List<String> typedParagraphClasses) {
    }

    private static final String[] EN = ("the council said that the new plan would help the city and its people "
            + "while critics warned about costs delays and the impact on local business owners who had already "
            + "waited for years before anything changed in the district").split(" ");
    private static final String[] FR = ("le conseil municipal a décidé que les travaux commenceront dès le mois "
            + "prochain malgré les inquiétudes des habitants qui craignent une hausse des loyers dans leur quartier").split(" ");
    private static final String[] DE = ("der Stadtrat hat beschlossen dass die Bauarbeiten im nächsten Monat "
            + "beginnen obwohl viele Anwohner steigende Mieten in ihrem Viertel befürchten").split(" ");
    private static final String[] ES = ("el ayuntamiento ha decidido que las obras empezarán el próximo mes "
            + "a pesar de las dudas de los vecinos que temen una subida de los alquileres").split(" ");

    private EditorBenchmark() {
    }

    /**
     * What the benchmark observes of the editor, from the outside: when results are shown, how long the analysis took,
     * and whether each keystroke also restyles the whole document (the naive way, for comparison).
     */
    private static final class Probe {
        volatile long analysisNanos;
        volatile long analysisEndAt;
        volatile long appliedAt;
        volatile long paragraphShownAt;
        volatile boolean naive;

        void attach(BodyEditor body, Analyzer analyzer) {
            body.setSessions(() -> {
                var session = analyzer.newSession();
                return (text, hints) -> {
                    long t0 = System.nanoTime();
                    try {
                        return session.analyze(text, hints);
                    } finally {
                        analysisEndAt = System.nanoTime();
                        analysisNanos = analysisEndAt - t0;
                    }
                };
            }, analyzer::analyze);
            body.addAnalysedListener(v -> appliedAt = System.nanoTime());
            body.addParagraphShownListener(() -> paragraphShownAt = System.nanoTime());
            body.addEditListener(() -> {
                if (naive) {
                    restyleWholeDocument(body);
                }
            });
        }
    }

    /** The naive approach, for comparison: one setStyleSpans over the whole document. */
    static void restyleWholeDocument(BodyEditor body) {
        var area = body.area();
        BodyMarks m = body.shown();
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        int n = area.getParagraphs().size();
        for (int p = 0; p < n; p++) {
            int len = area.getParagraphLength(p);
            if (len > 0) {
                for (StyleRun r : m.paragraphRuns(pos, len, AreaStyles.runs(area.getStyleSpans(p)))) {
                    b.add(r.classes(), r.length());
                }
            }
            if (p + 1 < n) {
                b.add(List.of(), 1);
            }
            pos += len + 1;
        }
        if (area.getLength() > 0) {
            area.setStyleSpans(0, b.create());
        }
    }

    /** A deterministic article of about {@code words} words: English with French, German and Spanish sentences. */
    public static Article sampleArticle(int words, long seed) {
        Random r = new Random(seed);
        List<Paragraph> body = new ArrayList<>();
        int count = 0;
        while (count < words) {
            StringBuilder p = new StringBuilder();
            int inPara = 0;
            while (inPara < 100 && count < words) {
                int pick = r.nextInt(10);
                String[] lang = pick < 6 ? EN : pick < 8 ? FR : pick < 9 ? DE : ES;
                int n = 8 + r.nextInt(10);
                boolean quoted = r.nextInt(5) == 0;
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    String w = lang[r.nextInt(lang.length)];
                    if (i == 0) {
                        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    }
                    s.append(i == 0 ? "" : " ").append(w);
                }
                s.append('.');
                if (p.length() > 0) {
                    p.append(' ');
                }
                p.append(quoted ? (lang == FR ? "« " + s + " »" : lang == DE ? "„" + s + "“" : "“" + s + "”") : s);
                inPara += n;
                count += n;
            }
            body.add(Paragraph.of(p.toString()));
        }
        return Article.draft("bench", "Editor benchmark", "en", Instant.parse("2026-11-27T08:00:00Z")).withBody(body);
    }

    /** Starts the JavaFX toolkit headless (Monocle, software pipeline); call before anything touches JavaFX. */
    public static void startHeadlessToolkit() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false);
        started.join();
    }

    public static Result run(int words, int keystrokes, int opens) throws Exception {
        Path dir = Files.createTempDirectory("copydesk-bench-editor");
        ExecutorService background = CopydeskApp.newBackgroundExecutor();
        try {
            Workspace ws = Workspace.open(dir);
            Analyzer analyzer = new Analyzer();
            Article article = ws.create(sampleArticle(words, 42));
            long a0 = System.nanoTime();
            analyzer.analyze(article);
            double firstAnalysis = ms(System.nanoTime() - a0);
            UiContext ctx = new UiContext(ws, analyzer, background, UiContext.loadMessages());
            Probe probe = new Probe();
            ArticleEditor editor = fx(() -> {
                ArticleEditor e = new ArticleEditor(ctx);
                probe.attach(e.body(), analyzer);
                Stage stage = new Stage();
                BorderPane root = new BorderPane(e.view());
                root.setBottom(e.statusView());
                // the app's look, as MainWindow and WindowChrome give it: the AtlantaFX theme whose colours editor.css
                // looks up, the window's own stylesheet and the base font size at 100 %
                root.getStyleClass().add("copydesk");
                root.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("copydesk.css")).toExternalForm());
                Look.applyTheme(false, root);
                Look.applyZoom(root, 1.0);
                stage.setScene(new Scene(root, 1280, 800));
                stage.show();
                return e;
            });
            BodyEditor body = editor.body();

            List<Double> openToMarks = new ArrayList<>();
            List<Double> openCall = new ArrayList<>();
            for (int i = 0; i < opens; i++) {
                long t0 = System.nanoTime();
                fx(() -> {
                    editor.open(ws.load(article.id()));
                    layout(editor);
                    return null;
                });
                openCall.add(ms(System.nanoTime() - t0));
                waitUntil(() -> body.appliedVersion() == body.version());
                fx(() -> {
                    layout(editor);
                    return null;
                });
                openToMarks.add(ms(System.nanoTime() - t0));
            }

            int paragraph = fx(() -> body.area().getParagraphs().size() / 2);
            fx(() -> {
                body.area().showParagraphAtTop(paragraph);
                layout(editor);
                return null;
            });
            String typed = " merci beaucoup pour votre aide, dit le maire";
            // warm-up burst (JIT), not counted
            burst(editor, probe, paragraph, typed, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<Double> keystroke = new ArrayList<>();
            List<Double> keystrokeLayout = new ArrayList<>();
            List<Double> marksAfterStop = new ArrayList<>();
            List<Double> wholeAfterStop = new ArrayList<>();
            List<Double> analysisAfterStop = new ArrayList<>();
            List<Double> resultFx = new ArrayList<>();
            List<Double> naive = new ArrayList<>();
            List<Double> naiveLayout = new ArrayList<>();
            // bursts alternate between the editor's way and the naive one, so both see the same machine load
            while (keystroke.size() < keystrokes) {
                probe.naive = false;
                burst(editor, probe, paragraph, typed, keystroke, keystrokeLayout, marksAfterStop, wholeAfterStop, analysisAfterStop, resultFx);
                probe.naive = true;
                burst(editor, probe, paragraph, typed, naive, naiveLayout, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            }
            probe.naive = false;
            List<String> classes = fx(() -> {
                int start = body.area().getAbsolutePosition(paragraph, 0);
                int at = start + body.area().getParagraphLength(paragraph) - 5;
                Collection<String> c = body.area().getStyleOfChar(at);
                return List.copyOf(c);
            });
            fx(() -> {
                editor.close();
                return null;
            });
            String text = article.bodyText();
            return new Result(article.wordCount() - Words.count(article.headline()), article.body().size(),
                    text.length(), openToMarks, openCall, firstAnalysis, keystroke, keystrokeLayout, naive, naiveLayout,
                    marksAfterStop, wholeAfterStop, analysisAfterStop, resultFx, classes);
        } finally {
            background.shutdownNow();
            deleteTree(dir);
        }
    }

    /**
     * Types the text at the end of a paragraph, one character per FX event, 25 ms apart (faster than the analysis
     * delay, so no analysis runs in between), then waits for the marks to be updated: first those of the edited
     * paragraph (the quick pass), then the whole document's.
     */
    private static void burst(ArticleEditor editor, Probe probe, int paragraph, String text, List<Double> perKey,
                              List<Double> perKeyLayout, List<Double> afterStop, List<Double> wholeAfterStop,
                              List<Double> analysisAfterStop,
                              List<Double> resultFx) throws Exception {
        BodyEditor body = editor.body();
        long lastKeyEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            double[] t = fx(() -> {
                var area = body.area();
                int pos = area.getAbsolutePosition(paragraph, area.getParagraphLength(paragraph));
                long t0 = System.nanoTime();
                area.insertText(pos, ch);
                long t1 = System.nanoTime();
                layout(editor);
                long t2 = System.nanoTime();
                return new double[] {ms(t1 - t0), ms(t2 - t0), t2};
            });
            perKey.add(t[0]);
            perKeyLayout.add(t[1]);
            lastKeyEnd = (long) t[2];
            Thread.sleep(25);
        }
        waitUntil(() -> body.appliedVersion() == body.version());
        long end = lastKeyEnd;
        long applied = probe.appliedAt;
        long paragraphShown = probe.paragraphShownAt;
        afterStop.add(ms(Math.min(applied, paragraphShown > end ? paragraphShown : Long.MAX_VALUE) - end));
        wholeAfterStop.add(ms(applied - end));
        analysisAfterStop.add(ms(probe.analysisNanos));
        resultFx.add(ms(applied - probe.analysisEndAt));
    }

    private static void layout(ArticleEditor editor) {
        var root = editor.view().getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the editor did not finish its analysis within two minutes");
            }
            Thread.sleep(2);
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(5, TimeUnit.MINUTES);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The p-th percentile (0..100, nearest rank). */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
