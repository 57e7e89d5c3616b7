package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first build of a workspace's index, as a large workspace sees it: progress from 0 to every file, a build that
 * is stopped (the window closes) keeps what it read and the next open finishes it, and an index left torn or damaged
 * is built again from the article files, which nothing touches.
 */
class IndexBuildTest {
    /** More than two batches, so that a build reports progress several times and can be stopped in the middle. */
    static final int STORIES = IndexSync.BATCH * 2 + 57;

    @TempDir
    Path dir;
    Workspace ws;
    SearchIndex index;

    @BeforeEach
    void setUp() throws IOException {
        ws = Workspace.open(dir);
        for (int i = 0; i < STORIES; i++) {
            ws.create(IndexedStories.story("x", "Harbour story number " + i, i % 3 == 0 ? "fr" : "en",
                    (i % 3 == 0 ? "Le port a rouvert mardi. Dossier " : "The harbour reopened on Tuesday. File ") + i + "."));
        }
    }

    @AfterEach
    void tearDown() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private int found(SearchIndex i, String text) throws IOException {
        return i.search(SearchQuery.of(text), STORIES * 2, 0).total();
    }

    /** Every file of the index is there and searchable: one hit per story for a word each story has. */
    private void assertComplete(SearchIndex i) throws IOException {
        assertThat(i.size()).isEqualTo(STORIES);
        assertThat(found(i, "harbour")).isEqualTo(STORIES);
        assertThat(i.sync().changed()).as("nothing left to read").isFalse();
    }

    @Test
    void progressRisesFromZeroToEveryFileAndStopsThere() throws IOException {
        List<int[]> events = new ArrayList<>();
        index = SearchIndex.open(ws, (done, total) -> events.add(new int[] {done, total}), () -> false);
        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        assertThat(events.get(0)).containsExactly(0, STORIES);
        assertThat(events.get(events.size() - 1)).containsExactly(STORIES, STORIES);
        for (int k = 1; k < events.size(); k++) {
            assertThat(events.get(k)[1]).as("the total stays").isEqualTo(STORIES);
            assertThat(events.get(k)[0]).as("event %d rises", k).isGreaterThan(events.get(k - 1)[0]);
        }
        assertComplete(index);
    }

    @Test
    void aCatchUpReportsOnlyTheFilesItReadsAndNothingWhenNothingChanged() throws IOException {
        SearchIndex.open(ws).close();
        List<int[]> events = new ArrayList<>();
        index = SearchIndex.open(ws, (done, total) -> events.add(new int[] {done, total}), () -> false);
        assertThat(events).as("nothing to read, nothing told").isEmpty();
        index.close();
        // saved while no index was open (another program, a sync): read on the next open
        ws.create(IndexedStories.story("x", "Ferry strike ends", "en", "Talks ended the strike."));
        index = SearchIndex.open(ws, (done, total) -> events.add(new int[] {done, total}), () -> false);
        assertThat(events).extracting(e -> e[0] + "/" + e[1]).containsExactly("0/1", "1/1");
    }

    @Test
    void aStoppedBuildKeepsWhatItReadAndTheNextOpenReadsOnlyTheRest() throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        int[] seen = new int[1];
        assertThatThrownBy(() -> SearchIndex.open(ws, (done, total) -> {
            seen[0] = done;
            if (done > 0) {
                stop.set(true); // the window closes after the first batch
            }
        }, stop::get)).isInstanceOfSatisfying(IndexBuildStopped.class, e -> {
            assertThat(e.done()).isEqualTo(IndexSync.BATCH);
            assertThat(e.total()).isEqualTo(STORIES);
        });
        assertThat(seen[0]).as("stopped promptly, after one batch").isEqualTo(IndexSync.BATCH);

        // the index was closed and let go of: the next open is the real one, not a temporary copy in memory
        List<int[]> events = new ArrayList<>();
        index = SearchIndex.open(ws, (done, total) -> events.add(new int[] {done, total}), () -> false);
        assertThat(index.isTemporary()).isFalse();
        assertThat(events.get(0)).as("only what the stopped build had not read").containsExactly(0, STORIES - IndexSync.BATCH);
        assertComplete(index);
    }

    @Test
    void whatAStoppedBuildKeptIsSearchableBeforeTheRestIsRead() throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        assertThatThrownBy(() -> SearchIndex.open(ws, (done, total) -> stop.set(done > 0), stop::get))
                .isInstanceOf(IndexBuildStopped.class);
        // opened without catching up (a search by another process, say): the index is valid and holds the first batch
        try (IndexStore store = IndexStore.open(dir.resolve(SearchIndex.INDEX_DIR))) {
            assertThat(store.rebuildPending()).as("the schema was committed with the first batch").isFalse();
            assertThat(new IndexSync(ws, store).indexedStamps()).hasSize(IndexSync.BATCH);
        }
    }

    @Test
    void anIndexCopiedInTheMiddleOfABuildAsACrashLeavesItIsCompletedOnTheNextOpen() throws IOException {
        Path indexDir = dir.resolve(SearchIndex.INDEX_DIR);
        Path torn = dir.resolve("torn");
        index = SearchIndex.open(ws, (done, total) -> {
            if (done == IndexSync.BATCH) {
                copyTree(indexDir, torn); // the files as they are on disk at this moment, lock and all
            }
        }, () -> false);
        index.close();
        index = null;
        Map<String, String> articles = digests(ws.articlesDir());
        deleteTree(indexDir);
        Files.move(torn, indexDir);

        index = SearchIndex.open(ws);
        assertThat(index.isTemporary()).isFalse();
        assertComplete(index);
        assertThat(digests(ws.articlesDir())).as("no article file touched").isEqualTo(articles);
    }

    /** How an index folder may be found: each is built again from the files, and no article file changes. */
    @ParameterizedTest
    @ValueSource(strings = {"truncate-each-file", "truncate-largest-file", "empty-files", "garbage-files",
            "segments-only", "no-segments", "index-is-a-file", "stranger-files"})
    void aDamagedIndexIsBuiltAgainWithoutLosingAnything(String damage) throws IOException {
        SearchIndex.open(ws).close();
        Path indexDir = dir.resolve(SearchIndex.INDEX_DIR);
        Map<String, String> articles = digests(ws.articlesDir());
        List<Path> files;
        try (Stream<Path> s = Files.list(indexDir)) {
            files = s.filter(p -> !p.getFileName().toString().equals("write.lock")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        switch (damage) {
            case "truncate-each-file" -> {
                for (Path p : files) {
                    truncate(p, Files.size(p) / 2);
                }
            }
            case "truncate-largest-file" -> {
                Path largest = files.stream().max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
                truncate(largest, Files.size(largest) - 1);
            }
            case "empty-files" -> {
                for (Path p : files) {
                    truncate(p, 0);
                }
            }
            case "garbage-files" -> {
                for (Path p : files) {
                    Files.write(p, "{\"not\": \"an index\"}\0\0\0\0garbage".getBytes(StandardCharsets.UTF_8));
                }
            }
            case "segments-only" -> {
                for (Path p : files) {
                    if (!p.getFileName().toString().startsWith("segments")) {
                        Files.delete(p);
                    }
                }
            }
            case "no-segments" -> {
                for (Path p : files) {
                    if (p.getFileName().toString().startsWith("segments")) {
                        Files.delete(p);
                    }
                }
            }
            case "index-is-a-file" -> {
                deleteTree(indexDir);
                Files.writeString(indexDir, "not a folder");
            }
            case "stranger-files" -> {
                Files.writeString(indexDir.resolve("_9.cfs"), "junk");
                Files.writeString(indexDir.resolve("segments_zz"), "junk");
                Files.createDirectories(indexDir.resolve("sub"));
            }
            default -> throw new IllegalArgumentException(damage);
        }
        index = SearchIndex.open(ws);
        assertThat(index.isTemporary()).as("rebuilt in place").isFalse();
        assertComplete(index);
        assertThat(found(index, "rouvert")).isEqualTo((STORIES + 2) / 3);
        assertThat(digests(ws.articlesDir())).as("no article file touched").isEqualTo(articles);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void truncate(Path p, long length) throws IOException {
        byte[] b = Files.readAllBytes(p);
        Files.write(p, java.util.Arrays.copyOf(b, (int) Math.max(0, Math.min(b.length, length))));
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                try {
                    out.put(p.getFileName().toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(from)) {
                for (Path p : s.toList()) {
                    try {
                        Files.copy(p, to.resolve(p.getFileName()));
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // deleted by the writer while copying, as a crash may find it
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
