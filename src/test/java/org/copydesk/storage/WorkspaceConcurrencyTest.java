package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers on one workspace never lose an update: threads with their own {@link Workspace} objects (as two windows
 * would have), and separate processes (as the app and the command line, or two people on a shared folder, are).
 * Rounds are bounded; {@code -Dcopydesk.concurrency.rounds=N} runs more.
 */
class WorkspaceConcurrencyTest {
    static final int ROUNDS = Integer.getInteger("copydesk.concurrency.rounds", 2);

    @TempDir
    Path dir;

    static Article draft(String headline) {
        return Article.draft("new", headline, "en", Instant.parse("2026-11-27T09:00:00Z"))
                .withBody(List.of(Paragraph.of("Body of " + headline)));
    }

    @Test
    void sameHeadlineCreatedByManyThreadsGivesOneArticleEach() throws Exception {
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Workspace own = Workspace.open(dir);
            results.add(pool.submit(() -> {
                start.await();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    ids.add(own.create(draft("Council votes budget")).id());
                }
                return ids;
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        for (Future<List<String>> f : results) {
            ids.addAll(f.get());
        }
        pool.shutdown();
        assertThat(ids).hasSize(threads * each);
        assertThat(Workspace.open(dir).ids()).hasSize(threads * each);
        assertThat(Workspace.open(dir).list()).allSatisfy(e -> assertThat(e.ok()).isTrue());
    }

    @Test
    void concurrentUpdatesFromTwoWorkspaceObjectsKeepEveryLink() throws Exception {
        Article a = Workspace.open(dir).create(draft("Links from two windows"));
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (String prefix : List.of("left", "right")) {
            Workspace own = Workspace.open(dir);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    String target = prefix + "-" + i;
                    own.update(a.id(), x -> {
                        List<RelatedLink> links = new ArrayList<>(x.links());
                        links.add(new RelatedLink(target, Relation.SEE_ALSO, null));
                        return x.withLinks(links);
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Article after = Workspace.open(dir).get(a.id());
        assertThat(after.links()).hasSize(2 * each);
        assertThat(after.revision()).isEqualTo(a.revision() + 2 * each);
    }

    @Test
    void twoSavesOfTheSameRevisionNeverBothSucceed() throws Exception {
        Article a = Workspace.open(dir).create(draft("Compare and swap"));
        int rounds = 100;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int r = 0; r < rounds; r++) {
            Article read = Workspace.open(dir).get(a.id());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> saves = new ArrayList<>();
            for (String who : List.of("left", "right")) {
                Workspace own = Workspace.open(dir);
                saves.add(pool.submit(() -> {
                    start.await();
                    try {
                        own.save(read.withHeadline("Round by " + who + " " + read.revision()));
                        return true;
                    } catch (ChangedOnDiskException e) {
                        conflicts.incrementAndGet();
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : saves) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).as("round %d: exactly one of two saves of revision %d succeeds", r, read.revision()).isEqualTo(1);
        }
        pool.shutdown();
        assertThat(conflicts.get()).isEqualTo(rounds);
        assertThat(Workspace.open(dir).get(a.id()).revision()).isEqualTo(a.revision() + rounds);
    }

    @Test
    void twoProcessesUpdatingOneArticleKeepEveryLink() throws Exception {
        Article a = Workspace.open(dir).create(draft("Links from two processes"));
        int each = 60;
        Process left = ChildJvm.start(dir.resolve("left"), List.of(), ConcurrentLinker.class.getName(), dir.toString(), a.id(), "left", "" + each);
        Process right = ChildJvm.start(dir.resolve("right"), List.of(), ConcurrentLinker.class.getName(), dir.toString(), a.id(), "right", "" + each);
        assertThat(ChildJvm.await(left, 180)).as(ChildJvm.err(dir.resolve("left"))).isZero();
        assertThat(ChildJvm.await(right, 180)).as(ChildJvm.err(dir.resolve("right"))).isZero();
        Article after = Workspace.open(dir).get(a.id());
        assertThat(after.links()).hasSize(2 * each);
        assertThat(after.revision()).isEqualTo(a.revision() + 2 * each);
    }

    @Test
    void twoImportCommandsAtOnceGiveTwoArticlesAndTwoLinkCommandsGiveBothLinks() throws Exception {
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "Council votes budget\n\nThe council voted the budget on Tuesday.\n");
        Path ws = dir.resolve("ws");
        for (int round = 0; round < ROUNDS; round++) {
            Path r = Files.createDirectories(ws.resolve("round" + round));
            Process p1 = ChildJvm.start(dir.resolve("i1-" + round), List.of(), "org.copydesk.Main", "--workspace", r.toString(), "import", text.toString());
            Process p2 = ChildJvm.start(dir.resolve("i2-" + round), List.of(), "org.copydesk.Main", "--workspace", r.toString(), "import", text.toString());
            assertThat(ChildJvm.await(p1, 180)).as(ChildJvm.err(dir.resolve("i1-" + round))).isZero();
            assertThat(ChildJvm.await(p2, 180)).as(ChildJvm.err(dir.resolve("i2-" + round))).isZero();
            String id1 = ChildJvm.out(dir.resolve("i1-" + round)).strip();
            String id2 = ChildJvm.out(dir.resolve("i2-" + round)).strip();
            assertThat(id1).as("round %d", round).isNotEqualTo(id2);
            Workspace w = Workspace.open(r);
            assertThat(w.ids()).as("round %d", round).containsExactlyInAnyOrder(id1, id2);

            Article third = w.create(draft("Third story"));
            Process l1 = ChildJvm.start(dir.resolve("l1-" + round), List.of(), "org.copydesk.Main", "--workspace", r.toString(), "link", third.id(), id1);
            Process l2 = ChildJvm.start(dir.resolve("l2-" + round), List.of(), "org.copydesk.Main", "--workspace", r.toString(), "link", third.id(), id2);
            assertThat(ChildJvm.await(l1, 180)).as(ChildJvm.err(dir.resolve("l1-" + round))).isZero();
            assertThat(ChildJvm.await(l2, 180)).as(ChildJvm.err(dir.resolve("l2-" + round))).isZero();
            Article linked = w.get(third.id());
            assertThat(linked.links()).as("round %d", round).extracting(RelatedLink::targetId).containsExactlyInAnyOrder(id1, id2);
            assertThat(linked.revision()).isEqualTo(third.revision() + 2);
        }
    }
}
