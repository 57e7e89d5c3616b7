package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.Author;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.SyncReport;
import org.copydesk.sync.Version;
import org.eclipse.jgit.api.Git;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk bench sync}: (a) listing the history of an article with many versions; (b) a desk of N generated
 * articles kept by two workspaces through a bare repository, each changing a few articles, then syncing.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Measure (a) 'history' of one article with V versions and (b) sync of a workspace of N articles",
                "with C articles changed on each of two desks (a bare repository in a temporary folder as the remote)."})
final class SyncBenchCommand implements Callable<Integer> {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Author BENCH = new Author("Bench", "bench@localhost");

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles in the synced desk (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--versions", paramLabel = "V", defaultValue = "1000", description = "Versions of the article whose history is listed (default: ${DEFAULT-VALUE}).")
    int versions;

    @Option(names = "--changed", paramLabel = "C", defaultValue = "10", description = "Articles changed on each desk before syncing (default: ${DEFAULT-VALUE}).")
    int changed;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261130", description = "Seed of the article generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 2 * changed + 2 || articles > 200_000 || versions < 2 || versions > 100_000 || changed < 1) {
            throw new BadInputException("need 2 ≤ --versions ≤ 100000, 1 ≤ --changed and 2×changed+2 ≤ --articles ≤ 200000");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path root = Files.createTempDirectory("copydesk-sync-bench-");
        try {
            out.printf("%d processors, load average %.1f when starting%n", Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            history(root.resolve("history"), out);
            sync(root.resolve("sync"), out);
        } finally {
            deleteTree(root);
        }
        out.flush();
        return CopydeskCommand.OK;
    }

    private void history(Path dir, PrintWriter out) throws Exception {
        Workspace ws = Workspace.open(dir);
        List<String> ids = new BenchArticles(seed).write(ws.articlesDir(), 1);
        String id = ids.get(0);
        long t0 = System.nanoTime();
        try (DeskRepository repo = DeskRepository.open(ws)) {
            for (int v = 0; v < versions; v++) {
                Article a = ws.get(id);
                List<Paragraph> body = new ArrayList<>(a.body());
                int p = v % body.size();
                body.set(p, Paragraph.of(body.get(p).kind(), body.get(p).text() + " Update " + v + "."));
                ws.save(a.withBody(body).withLanguageMarks(List.of()).withQuoteMarks(List.of()));
                repo.commitArticles(List.of(id), BENCH, "edit " + v);
            }
            out.printf("history: %d versions of one %d-word article committed in %.1f s%n", versions, ws.get(id).wordCount(),
                    (System.nanoTime() - t0) / 1e9);
            measureHistory(repo, id, "loose objects, as committed (with the history index written at each commit)", out);
            Path index = dir.resolve(".git").resolve("copydesk-history");
            deleteTree(index);
            long c0 = CPU.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            int listed = repo.history(id).size();
            out.printf("history listed, loose objects, history index removed (the listing works it out from git and writes it):"
                    + " %d versions in %.0f ms (CPU time of the thread %.0f ms)%n", listed, (System.nanoTime() - t0) / 1e6,
                    (CPU.getCurrentThreadCpuTime() - c0) / 1e6);
            t0 = System.nanoTime();
            repo.pack();
            out.printf("packed the history (what git gc, and sync when due, do) in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            measureHistory(repo, id, "packed", out);
        }
        out.flush();
    }

    private static void measureHistory(DeskRepository repo, String id, String how, PrintWriter out) throws Exception {
        long[] times = new long[7];
        long[] cpu = new long[7];
        int listed = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            List<Version> h = repo.history(id);
            cpu[i] = CPU.getCurrentThreadCpuTime() - c0;
            times[i] = System.nanoTime() - t0;
            listed = h.size();
        }
        long first = times[0];
        Arrays.sort(times);
        Arrays.sort(cpu);
        out.printf("history listed, " + how + " (%d versions, words added/removed for each): first %.0f ms, median of %d %.0f ms"
                + " (CPU time of the thread %.0f ms; target ≤ 200 ms)%n",
                listed, first / 1e6, times.length, times[times.length / 2] / 1e6, cpu[cpu.length / 2] / 1e6);
    }

    private void sync(Path dir, PrintWriter out) throws Exception {
        Path remote = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(DeskRepository.BRANCH).call().close();
        String url = remote.toUri().toString();
        Workspace a = Workspace.open(dir.resolve("a"));
        Workspace b = Workspace.open(dir.resolve("b"));
        long t0 = System.nanoTime();
        List<String> ids = new BenchArticles(seed).write(a.articlesDir(), articles);
        out.printf("sync: generated %d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
        out.flush();
        try (DeskRepository ra = DeskRepository.open(a); DeskRepository rb = DeskRepository.open(b)) {
            t0 = System.nanoTime();
            ra.sync(url, BENCH);
            out.printf("first sync of desk A (commit and send everything): %.1f s%n", (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            SyncReport got = rb.sync(url, BENCH);
            out.printf("empty desk B receives the whole desk (%d articles): %.1f s%n", got.received().size(), (System.nanoTime() - t0) / 1e9);
            out.flush();
            // warm-up round: one change each side, so the figures below are not the JVM's first merge
            touch(a, ids.get(0), "warm-up A");
            touch(b, ids.get(1), "warm-up B");
            ra.sync(null, BENCH);
            rb.sync(null, BENCH);
            ra.sync(null, BENCH);
            // C articles changed on each side: A the even ones, B the odd ones, and one article changed on both
            // (a different paragraph each), so the last sync really merges
            for (int i = 0; i < changed; i++) {
                touch(a, ids.get(2 + 2 * i), "A" + i);
                touch(b, ids.get(3 + 2 * i), "B" + i);
            }
            touchFirst(b, ids.get(2), "B on A's article");
            t0 = System.nanoTime();
            SyncReport ar = ra.sync(null, BENCH);
            long aTime = System.nanoTime() - t0;
            t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            SyncReport br = rb.sync(null, BENCH);
            long bCpu = CPU.getCurrentThreadCpuTime() - c0;
            long bTime = System.nanoTime() - t0;
            out.printf("desk A syncs %d changed articles (commit, fetch, send): %.0f ms%n", changed, aTime / 1e6);
            out.printf("desk B syncs %d changed articles against A's %d (commit, fetch, merge, send): %.0f ms"
                    + " (CPU time of the thread %.0f ms; target ≤ 2 s); received %d, merged %d, conflicts %d%n",
                    changed + 1, changed, bTime / 1e6, bCpu / 1e6, br.received().size(), br.merged().size(), br.conflicts().size());
            if (!ar.sent() || !br.sent()) {
                throw new IllegalStateException("a desk did not send its versions");
            }
        }
    }

    private static void touch(Workspace ws, String id, String word) throws IOException {
        Article a = ws.get(id);
        List<Paragraph> body = new ArrayList<>(a.body());
        int last = body.size() - 1;
        body.set(last, Paragraph.of(body.get(last).kind(), body.get(last).text() + " " + word + "."));
        ws.save(a.withBody(body));
    }

    private static void touchFirst(Workspace ws, String id, String word) throws IOException {
        Article a = ws.get(id);
        List<Paragraph> body = new ArrayList<>(a.body());
        body.set(0, Paragraph.of(body.get(0).kind(), body.get(0).text() + " " + word + "."));
        ws.save(a.withBody(body).withLanguageMarks(List.of()).withQuoteMarks(List.of()));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
