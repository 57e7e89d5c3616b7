package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article list's summary cache: a workspace opened again lists its unchanged files from {@code .index/} without
 * reading them, reads what changed, and is never wrong: whatever the cache file holds (nothing, garbage, a torn
 * write, an old version, hostile counts and ids), the list is the one a cache-less read of the files gives.
 */
class SummaryCacheTest {
    /** Files written by a test are seconds old; this clock makes them old enough to be cached. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void setUp() throws IOException {
        ws = open();
        for (int i = 0; i < 12; i++) {
            ws.create(article("Storm warning for the coast number " + i, i));
        }
        Files.writeString(ws.articlesDir().resolve("broken.json"), "{\"formatVersion\": 2, \"id\": \"broken\"", StandardCharsets.UTF_8);
    }

    private Workspace open() throws IOException {
        Workspace w = Workspace.open(dir);
        w.listCache().useClock(LATER);
        return w;
    }

    private static Article article(String headline, int n) {
        return Article.draft("x", headline, n % 2 == 0 ? "en" : "fr", T0)
                .withStandfirst("Standfirst " + n)
                .withStatus(ArticleStatus.values()[n % 4])
                .withTags(List.of("weather", "tag" + n))
                .withBody(List.of(Paragraph.of("Winds of " + n + " knots are expected along the coast tonight.")));
    }

    /** The list as the files say, read one by one without any cache. */
    private List<ArticleSummary> withoutCache(Workspace w) throws IOException {
        List<ArticleSummary> out = new ArrayList<>();
        for (String id : w.ids()) {
            out.add(w.summary(id));
        }
        return out;
    }

    // ---- hit, miss, stale ----

    @Test
    void aWorkspaceOpenedAgainListsUnchangedFilesFromTheCacheWithoutReadingThem() throws Exception {
        List<ArticleSummary> first = ws.summaries();
        assertThat(ws.lastListing().read()).isEqualTo(13);
        assertThat(ws.lastListing().cacheWritten()).isTrue();
        assertThat(ws.summaryCacheFile()).isRegularFile();

        Workspace again = open();
        List<ArticleSummary> second = again.summaries();

        assertThat(second).isEqualTo(first).isEqualTo(withoutCache(again));
        Workspace.Listing l = again.lastListing();
        assertThat(List.of(l.fromCache(), l.read(), l.cacheWritten(), l.cacheWriteNanos())).containsExactly(13, 0, false, 0L);
        assertThat(l.cacheUnusable()).isNull();
        assertThat(second.stream().filter(s -> s.id().equals("broken")).findFirst().orElseThrow().error())
                .contains("not valid article JSON");
    }

    @Test
    void aNewFileIsReadAndTheOthersComeFromTheCache() throws Exception {
        ws.summaries();
        Workspace again = open();
        again.create(article("A brand new story", 3));

        List<ArticleSummary> list = again.summaries();

        assertThat(again.lastListing().fromCache()).isEqualTo(13);
        assertThat(again.lastListing().read()).isEqualTo(1);
        assertThat(list).extracting(ArticleSummary::headline).contains("A brand new story");
        assertThat(list).isEqualTo(withoutCache(again));
    }

    @Test
    void aFileChangedByAnotherProgramWithTheSameSizeShowsItsNewHeadline() throws Exception {
        ws.summaries();
        Path file = ws.fileOf("storm-warning-for-the-coast-number-3");
        String json = Files.readString(file);
        FileTime before = Files.getLastModifiedTime(file);
        String changed = json.replace("Storm warning for the coast number 3", "Flood warning for the coast number 3");
        assertThat(changed).hasSameSizeAs(json);
        Files.writeString(file, changed);  // in place, as a text editor may
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(7)));

        Workspace again = open();
        List<ArticleSummary> list = again.summaries();

        assertThat(Files.size(file)).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
        assertThat(list).extracting(ArticleSummary::headline).contains("Flood warning for the coast number 3")
                .doesNotContain("Storm warning for the coast number 3");
        assertThat(again.lastListing().read()).isEqualTo(1);
        // the same workspace object, which remembers the listing, sees it too
        assertThat(ws.summaries()).isEqualTo(list);
    }

    @Test
    void aFileReplacedBySameSizeContentWithItsOldTimeRestoredIsReadAgain() throws Exception {
        // a copy that keeps the times (cp -p, rsync -t, an unpacked archive): size and mtime are the old ones
        ws.summaries();
        Path file = ws.fileOf("storm-warning-for-the-coast-number-5");
        String json = Files.readString(file);
        FileTime before = Files.getLastModifiedTime(file);
        Path elsewhere = dir.resolve("copy.json");
        Files.writeString(elsewhere, json.replace("number 5", "number R"));
        Files.setLastModifiedTime(elsewhere, before);
        Files.move(elsewhere, file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);

        Workspace again = open();

        assertThat(again.summaries()).extracting(ArticleSummary::headline).contains("Storm warning for the coast number R")
                .doesNotContain("Storm warning for the coast number 5");
    }

    @Test
    void anInPlaceRewriteWithItsOldTimeRestoredIsReadAgainWhereTheSystemKeepsAChangeTime() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("unix"));
        ws.summaries();
        Path file = ws.fileOf("storm-warning-for-the-coast-number-6");
        String json = Files.readString(file);
        FileTime before = Files.getLastModifiedTime(file);
        waitForTheNextFileSystemTick(file);
        Files.writeString(file, json.replace("number 6", "number Z"));
        Files.setLastModifiedTime(file, before);

        Workspace again = open();

        assertThat(again.summaries()).extracting(ArticleSummary::headline).contains("Storm warning for the coast number Z")
                .doesNotContain("Storm warning for the coast number 6");
    }

    @Test
    void aFileChangedJustBeforeAListingIsNotCachedSoThatAChangeInTheSameClockTickIsNotMissed() throws Exception {
        Workspace now = Workspace.open(dir);  // the real clock: every file here is seconds old
        now.summaries();
        assertThat(now.lastListing().read()).isEqualTo(13);
        Path file = now.fileOf("storm-warning-for-the-coast-number-2");
        String json = Files.readString(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        Files.writeString(file, json.replace("number 2", "number Q"));
        Files.setLastModifiedTime(file, mtime);

        List<ArticleSummary> list = now.summaries();

        assertThat(now.lastListing().read()).isEqualTo(13);
        assertThat(list).extracting(ArticleSummary::headline).contains("Storm warning for the coast number Q")
                .doesNotContain("Storm warning for the coast number 2");
        assertThat(list).isEqualTo(withoutCache(now));
    }

    @Test
    void aDeletedFileLeavesTheListAndTheCache() throws Exception {
        ws.summaries();
        ws.delete("storm-warning-for-the-coast-number-1");

        Workspace again = open();
        List<ArticleSummary> list = again.summaries();

        assertThat(list).extracting(ArticleSummary::id).doesNotContain("storm-warning-for-the-coast-number-1").hasSize(12);
        assertThat(again.lastListing().cacheWritten()).isTrue();
        assertThat(cachedIds()).doesNotContain("storm-warning-for-the-coast-number-1").hasSize(12);
    }

    @Test
    void anAppSaveIsListedWithItsNewHeadlineAndCachedAtTheNextListing() throws Exception {
        ws.summaries();
        Article a = ws.get("storm-warning-for-the-coast-number-4");
        ws.save(a.withHeadline("Storm warning withdrawn"));

        List<ArticleSummary> list = ws.summaries();

        assertThat(ws.lastListing().read()).isEqualTo(1);
        assertThat(ws.lastListing().cacheWritten()).isTrue();
        assertThat(list).isEqualTo(withoutCache(ws));
        Workspace again = open();
        assertThat(again.summaries()).isEqualTo(list);
        assertThat(again.lastListing().fromCache()).isEqualTo(13);
    }

    @Test
    void anArticleIsAlwaysOpenedFromItsFileNeverFromTheCache() throws Exception {
        ws.summaries();
        // a cache entry that matches the file's stamp but says something else: the list is a cache, the editor is not
        Map<String, SummaryCache.Entry> entries = SummaryCache.decode(Files.readAllBytes(ws.summaryCacheFile()));
        String id = "storm-warning-for-the-coast-number-7";
        SummaryCache.Entry e = entries.get(id);
        ArticleSummary s = e.summary();
        entries.put(id, new SummaryCache.Entry(e.stamp(), new ArticleSummary(id, "Forged", "", s.status(), s.language(),
                s.tags(), s.section(), s.created(), s.modified(), 1, s.revision(), null)));
        Files.write(ws.summaryCacheFile(), SummaryCache.encode(entries));

        Workspace again = open();

        assertThat(again.get(id).headline()).isEqualTo("Storm warning for the coast number 7");
        assertThat(again.load(id).article().headline()).isEqualTo("Storm warning for the coast number 7");
    }

    // ---- a first-ever listing of many files writes the cache after it returns ----

    @Test
    void aListingThatReadManyFilesReturnsFirstAndItsCacheIsWrittenRightAfter() throws Exception {
        Workspace w = open();
        w.listCache().writeAfterFrom = 5;

        List<ArticleSummary> list = w.summaries();
        assertThat(w.lastListing().cacheWrittenAfter()).isTrue();
        w.awaitListCache();

        assertThat(list).isEqualTo(withoutCache(w));
        assertThat(w.lastListing().cacheWritten()).isTrue();
        assertThat(w.lastListing().cacheWriteNanos()).isPositive();
        assertThat(cachedIds()).hasSize(13);
        Workspace again = open();
        assertThat(again.summaries()).isEqualTo(list);
        assertThat(again.lastListing().fromCache()).isEqualTo(13);
    }

    @Test
    void aListingRightAfterOneWhoseCacheIsStillBeingWrittenWaitsForItAndListsTheFiles() throws Exception {
        Workspace w = open();
        w.listCache().writeAfterFrom = 1;
        w.summaries();
        // no wait: the next listing, after a change, must neither lose the change nor race the first write
        Path file = w.fileOf("storm-warning-for-the-coast-number-2");
        Files.writeString(file, Files.readString(file).replace("number 2", "number 2 (updated)"));
        Files.setLastModifiedTime(file, FileTime.from(T0));

        List<ArticleSummary> list = w.summaries();
        w.awaitListCache();

        assertThat(list).isEqualTo(withoutCache(w));
        assertThat(list).extracting(ArticleSummary::headline).contains("Storm warning for the coast number 2 (updated)");
        Workspace again = open();
        assertThat(again.summaries()).isEqualTo(list);
        assertThat(again.lastListing().fromCache()).isEqualTo(13);
    }

    @Test
    void aSmallListingWritesItsCacheBeforeItReturns() throws Exception {
        ws.summaries();

        assertThat(ws.lastListing().cacheWrittenAfter()).isFalse();
        assertThat(ws.lastListing().cacheWritten()).isTrue();
        assertThat(cachedIds()).hasSize(13);
    }

    // ---- a file read for the list after its stat: what it has become by then counts ----

    @Test
    void aFileThatGrewOrShrankSinceItsStatIsReadWhole() throws Exception {
        String id = "storm-warning-for-the-coast-number-4";
        Path file = ws.fileOf(id);
        long size = Files.size(file);
        ArticleSummary truth = ws.summary(id);

        assertThat(ws.summaryOfRegularFile(id, file, size)).isEqualTo(truth);
        assertThat(ws.summaryOfRegularFile(id, file, size - 40)).isEqualTo(truth);
        assertThat(ws.summaryOfRegularFile(id, file, size + 40)).isEqualTo(truth);
        assertThat(ws.summaryOfRegularFile(id, file, 0)).isEqualTo(truth);
    }

    @Test
    void aFileThatBecameALinkOutOfTheWorkspaceSinceItsStatIsNotFollowed() throws Exception {
        String id = "storm-warning-for-the-coast-number-5";
        Path file = ws.fileOf(id);
        long size = Files.size(file);
        Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-outside.json"), Files.readString(file)
                .replace("Storm warning for the coast number 5", "Secret outside the workspace"));
        try {
            Files.delete(file);
            Files.createSymbolicLink(file, outside);

            ArticleSummary s = ws.summaryOfRegularFile(id, file, size);

            assertThat(s.ok()).isFalse();
            assertThat(s.headline()).doesNotContain("Secret");
            assertThat(s.error()).contains("outside the workspace");
            assertThat(s).isEqualTo(ws.summary(id));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aFileTooLargeForAnArticleIsListedWithItsSizeAndNotRead() throws Exception {
        String id = "storm-warning-for-the-coast-number-6";

        ArticleSummary s = ws.summaryOfRegularFile(id, ws.fileOf(id), Limits.MAX_FILE_BYTES + 1);

        assertThat(s.ok()).isFalse();
        assertThat(s.error()).contains("larger than");
    }

    // ---- bad cache files: each is ignored and rebuilt, and the list is the files' ----

    static Stream<Arguments> badCaches() {
        return Stream.of(
                Arguments.of("empty", (UnaryOperator<byte[]>) b -> new byte[0]),
                Arguments.of("magic only", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 8)),
                Arguments.of("cut in the header", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 17)),
                Arguments.of("cut in the first entry", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 60)),
                Arguments.of("cut in the middle", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length / 2)),
                Arguments.of("last byte missing", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length - 1)),
                Arguments.of("one byte flipped", (UnaryOperator<byte[]>) b -> flip(b, b.length / 3)),
                Arguments.of("garbage", (UnaryOperator<byte[]>) b -> garbage(b.length, 1)),
                Arguments.of("garbage after the magic", (UnaryOperator<byte[]>) b -> {
                    byte[] g = garbage(b.length, 2);
                    System.arraycopy(b, 0, g, 0, 8);
                    return g;
                }),
                Arguments.of("a text file", (UnaryOperator<byte[]>) b -> "{\"not\": \"a cache\"}\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("trailing bytes", (UnaryOperator<byte[]>) b -> resealed(Arrays.copyOf(unsealed(b), unsealed(b).length + 3))),
                Arguments.of("another cache version", (UnaryOperator<byte[]>) b -> patchInt(b, 8, 99)),
                Arguments.of("an older cache version", (UnaryOperator<byte[]>) b -> patchInt(b, 8, 0)),
                Arguments.of("the first cache version (entries in any order)", (UnaryOperator<byte[]>) b -> patchInt(b, 8, 1)),
                Arguments.of("entries out of order", (UnaryOperator<byte[]>) SummaryCacheTest::swapped),
                Arguments.of("another article format", (UnaryOperator<byte[]>) b -> patchInt(b, 12, ArticleJson.FORMAT_VERSION + 1)),
                Arguments.of("huge count", (UnaryOperator<byte[]>) b -> patchInt(b, 16, Integer.MAX_VALUE)),
                Arguments.of("negative count", (UnaryOperator<byte[]>) b -> patchInt(b, 16, -1)),
                Arguments.of("count one too high", (UnaryOperator<byte[]>) b -> patchInt(b, 16, ByteBuffer.wrap(b).getInt(16) + 1)),
                Arguments.of("count one too low", (UnaryOperator<byte[]>) b -> patchInt(b, 16, ByteBuffer.wrap(b).getInt(16) - 1)),
                Arguments.of("negative text length", (UnaryOperator<byte[]>) b -> patchInt(b, 20, -7)),
                Arguments.of("huge text length", (UnaryOperator<byte[]>) b -> patchInt(b, 20, Integer.MAX_VALUE)),
                Arguments.of("negative file size", (UnaryOperator<byte[]>) b -> patchLong(b, 24 + idLength(b), -5)),
                Arguments.of("nanoseconds out of range", (UnaryOperator<byte[]>) b -> patchInt(b, 24 + idLength(b) + 16, 1_000_000_000)),
                Arguments.of("unknown status", (UnaryOperator<byte[]>) b -> patchByte(b, 24 + idLength(b) + 48, 9)),
                Arguments.of("a path as id", (UnaryOperator<byte[]>) b -> withEntries(b, Map.of("../../etc/passwd", 0))),
                Arguments.of("an id with a slash", (UnaryOperator<byte[]>) b -> withEntries(b, Map.of("a/b", 0))),
                Arguments.of("an empty id", (UnaryOperator<byte[]>) b -> withEntries(b, Map.of("", 0))),
                Arguments.of("an upper-case id", (UnaryOperator<byte[]>) b -> withEntries(b, Map.of("Storm", 0))),
                Arguments.of("duplicate ids", (UnaryOperator<byte[]>) SummaryCacheTest::duplicated));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCaches")
    void aBadCacheFileIsIgnoredAndRebuiltFromTheFiles(String shape, UnaryOperator<byte[]> spoil) throws Exception {
        List<ArticleSummary> truth = ws.summaries();
        Map<Path, String> articlesBefore = snapshot(ws.articlesDir());
        byte[] good = Files.readAllBytes(ws.summaryCacheFile());
        Files.write(ws.summaryCacheFile(), spoil.apply(good));

        Workspace again = open();
        List<ArticleSummary> list = again.summaries();

        assertThat(list).isEqualTo(truth).isEqualTo(withoutCache(again));
        assertThat(again.lastListing().cacheUnusable()).as(shape).isNotNull();
        assertThat(again.lastListing().read()).isEqualTo(13);
        assertThat(again.lastListing().cacheWritten()).isTrue();
        // rebuilt: the next process lists from it again
        assertThat(SummaryCache.decode(Files.readAllBytes(ws.summaryCacheFile()))).hasSize(13);
        Workspace third = open();
        assertThat(third.summaries()).isEqualTo(truth);
        assertThat(third.lastListing().fromCache()).isEqualTo(13);
        assertThat(snapshot(ws.articlesDir())).isEqualTo(articlesBefore);
    }

    @Test
    void entriesForFilesThatDoNotExistAreDroppedNotListed() throws Exception {
        List<ArticleSummary> truth = ws.summaries();
        Map<String, SummaryCache.Entry> entries = SummaryCache.decode(Files.readAllBytes(ws.summaryCacheFile()));
        SummaryCache.Entry any = entries.values().iterator().next();
        entries.put("ghost", new SummaryCache.Entry(any.stamp(), new ArticleSummary("ghost", "Ghost story", "", ArticleStatus.DRAFT,
                "en", List.of(), "", T0, T0, 2, 1, null)));
        Files.write(ws.summaryCacheFile(), SummaryCache.encode(entries));

        Workspace again = open();

        assertThat(again.summaries()).isEqualTo(truth).extracting(ArticleSummary::id).doesNotContain("ghost");
        assertThat(again.lastListing().cacheWritten()).isTrue();
        assertThat(cachedIds()).doesNotContain("ghost").hasSize(13);
        assertThat(again.articlesDir().resolve("ghost.json")).doesNotExist();
    }

    @Test
    void aCacheThatIsAFolderOrALinkIsNotReadAndWhatALinkPointsToIsNeverWritten() throws Exception {
        List<ArticleSummary> truth = ws.summaries();
        Files.delete(ws.summaryCacheFile());
        Files.createDirectory(ws.summaryCacheFile());
        Workspace again = open();
        assertThat(again.summaries()).isEqualTo(truth);
        assertThat(again.lastListing().cacheUnusable()).contains("not a regular file");
        assertThat(again.lastListing().cacheWritten()).isFalse();

        Files.delete(ws.summaryCacheFile());
        Path outside = dir.resolve("outside.bin");
        try {
            byte[] good = SummaryCache.encode(SummaryCache.decode(SummaryCache.encode(Map.of())));
            Files.write(outside, good);
            Files.createSymbolicLink(ws.summaryCacheFile(), outside);
            Workspace third = open();
            assertThat(third.summaries()).isEqualTo(truth);
            assertThat(third.lastListing().cacheUnusable()).contains("not a regular file");
            assertThat(Files.readAllBytes(outside)).isEqualTo(good);
            // the link itself was replaced by a real cache file
            assertThat(Files.isSymbolicLink(ws.summaryCacheFile())).isFalse();
            assertThat(SummaryCache.decode(Files.readAllBytes(ws.summaryCacheFile()))).hasSize(13);
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void anIndexFolderThatIsAFileLeavesTheListRightAndNothingWritten() throws Exception {
        Files.writeString(dir.resolve(".index"), "not a folder");
        List<ArticleSummary> list = ws.summaries();
        assertThat(list).isEqualTo(withoutCache(ws)).hasSize(13);
        assertThat(ws.lastListing().cacheWritten()).isFalse();
        assertThat(Files.readString(dir.resolve(".index"))).isEqualTo("not a folder");
    }

    // ---- nothing else is written ----

    @Test
    void listingWritesNothingOutsideTheIndexFolderAndOnlyTheCacheInIt() throws Exception {
        Map<Path, String> before = snapshotOutsideIndex();
        ws.summaries();
        open().summaries();
        Files.writeString(ws.articlesDir().resolve("broken.json"), "{}");
        Map<Path, String> changed = snapshotOutsideIndex();
        open().summaries();
        ws.summaries();

        assertThat(snapshotOutsideIndex()).isEqualTo(changed).hasSameSizeAs(before);
        try (Stream<Path> s = Files.list(dir.resolve(".index"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(SummaryCache.FILE);
        }
    }

    // ---- any series of changes ----

    @Property(tries = 20)
    void afterAnySeriesOfSavesDeletesAndOutsideEditsTheCachedListIsTheFilesList(Gen gen) throws Exception {
        Workspace app = open();
        int created = 0;
        // every outside edit sets a time of its own, as another program writing later would
        long outsideTime = 0;
        int fromCache = 0;
        for (int step = 0; step < 40; step++) {
            List<String> ids = app.ids();
            String pick = ids.isEmpty() ? null : gen.oneOf(ids);
            switch (gen.between(0, 9)) {
                case 0 -> app.create(article(gen.oneOf("Storm", "Strike", "Vote", "Grève") + " " + (created++), gen.between(0, 9)));
                case 1 -> {
                    if (pick != null && app.load(pick).ok() && !app.load(pick).readOnly()) {
                        Article a = app.get(pick);
                        app.save(a.withHeadline(a.headline().replace('o', 'a') + gen.oneOf("", "!", " update")).withStatus(gen.oneOf(ArticleStatus.values())));
                    }
                }
                case 2 -> {
                    if (pick != null) {
                        app.delete(pick);
                    }
                }
                case 3 -> {
                    if (pick != null) {
                        // another program, same size: letters swapped; the time moves
                        Path f = app.fileOf(pick);
                        String s = Files.readString(f);
                        Files.writeString(f, s.replace('a', 'e'));
                        Files.setLastModifiedTime(f, FileTime.from(T0.plusNanos(++outsideTime * 1_000_003L)));
                    }
                }
                case 4 -> {
                    if (pick != null) {
                        Path f = app.fileOf(pick);
                        Files.writeString(f, gen.oneOf("", "{", "[]", "{\"formatVersion\": 2, \"id\": \"" + pick + "\", \"headline\": \"Outside\","
                                + " \"created\": \"2026-01-01T00:00:00Z\", \"status\": \"ready\"}"));
                        Files.setLastModifiedTime(f, FileTime.from(T0.plusNanos(++outsideTime * 1_000_003L)));
                    }
                }
                case 5 -> Files.writeString(app.articlesDir().resolve("outside-" + step + ".json"),
                        "{\"formatVersion\": 2, \"id\": \"outside-" + step + "\", \"headline\": \"From outside " + step + "\", \"created\": \"2026-01-01T00:00:00Z\"}");
                case 6 -> app = open();  // the app starts again: the cache comes from its file
                default -> {
                    List<ArticleSummary> listed = app.summaries();
                    assertThat(listed).as("step %d, seed %d", step, gen.seed()).isEqualTo(withoutCache(app));
                    fromCache += app.lastListing().fromCache();
                }
            }
        }
        Workspace fresh = open();
        assertThat(fresh.summaries()).isEqualTo(withoutCache(app));
        fromCache += fresh.lastListing().fromCache();
        assertThat(app.summaries()).isEqualTo(withoutCache(app));
        // the cache was really used, not just bypassed
        assertThat(fromCache).isPositive();
    }

    // ---- two writers ----

    @Test
    void theAppAndACommandListingTheSameWorkspaceAtOnceNeverLeaveACacheThatListsWrongData() throws Exception {
        // two Workspace objects on one folder (the app and a `copydesk list` in another process work the same way:
        // each reads the cache file, lists, and writes the cache back through its own temp file and an atomic move),
        // both listing over and over while another program edits, deletes and adds files
        Workspace app = open();
        Workspace cli = open();
        java.util.concurrent.atomic.AtomicBoolean editing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Thread> listers = new ArrayList<>();
        for (Workspace w : List.of(app, cli)) {
            Thread t = new Thread(() -> {
                try {
                    while (editing.get()) {
                        w.summaries();
                        w.listCache().forget();  // every round starts from the cache file, as a new process would
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            listers.add(t);
        }
        long outsideTime = 0;
        try {
            for (int round = 0; round < 60; round++) {
                List<String> ids = app.ids();
                String pick = ids.get(round * 7 % ids.size());
                Path f = app.fileOf(pick);
                switch (round % 4) {
                    case 0, 1 -> {
                        // same size, new content and a time of its own
                        String s = Files.readString(f);
                        Files.writeString(f, round % 8 < 4 ? s.replace('o', 'u') : s.replace('u', 'o'));
                        Files.setLastModifiedTime(f, FileTime.from(T0.plusNanos(++outsideTime * 1_000_003L)));
                    }
                    case 2 -> Files.writeString(app.articlesDir().resolve("added-" + round + ".json"),
                            "{\"formatVersion\": 2, \"id\": \"added-" + round + "\", \"headline\": \"Added " + round
                                    + "\", \"created\": \"2026-01-01T00:00:00Z\"}");
                    default -> {
                        if (!pick.equals("broken")) {
                            Files.delete(f);
                        }
                    }
                }
                Thread.onSpinWait();
            }
        } finally {
            editing.set(false);
            for (Thread t : listers) {
                t.join();
            }
        }
        assertThat(failures).isEmpty();

        // whichever writer's cache file won, it is whole and lists exactly what the files hold
        assertThat(SummaryCache.decode(Files.readAllBytes(ws.summaryCacheFile()))).isNotEmpty();
        List<ArticleSummary> truth = withoutCache(app);
        assertThat(truth).extracting(ArticleSummary::headline).anyMatch(h -> h != null && h.startsWith("Added "));
        Workspace fresh = open();
        assertThat(fresh.summaries()).isEqualTo(truth);
        app.listCache().forget();
        assertThat(app.summaries()).isEqualTo(truth);
        assertThat(cli.summaries()).isEqualTo(truth);
        // and the cache was used, not bypassed: a listing after that reads nothing again
        Workspace again = open();
        assertThat(again.summaries()).isEqualTo(truth);
        assertThat(again.lastListing().read()).isZero();
        // no temp file of either writer is left behind
        try (Stream<Path> index = Files.list(ws.summaryCacheFile().getParent())) {
            assertThat(index.map(p -> p.getFileName().toString())).containsExactly(SummaryCache.FILE);
        }
    }

    // ---- helpers ----

    /** Waits until a file written now gets a later change time than {@code file} has (the file system's clock ticked). */
    private void waitForTheNextFileSystemTick(Path file) throws IOException {
        Object changed = Files.getAttribute(file, "unix:ctime");
        Path probe = dir.resolve("tick-probe");
        try {
            do {
                Files.writeString(probe, "tick");
            } while (((FileTime) Files.getAttribute(probe, "unix:ctime")).compareTo((FileTime) changed) <= 0);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private List<String> cachedIds() throws Exception {
        return new ArrayList<>(new TreeMap<>(SummaryCache.decode(Files.readAllBytes(ws.summaryCacheFile()))).keySet());
    }

    private Map<Path, String> snapshotOutsideIndex() throws IOException {
        Map<Path, String> all = snapshot(dir);
        // the workspace folder gains .index/ (its own time moves); everything in it is listed here
        all.keySet().removeIf(p -> p.startsWith(dir.resolve(".index")) || p.equals(dir));
        return all;
    }

    /** Every file and folder under {@code root}: its content's hash and its modification time. */
    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                String time = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toString();
                out.put(p, Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? sha(Files.readAllBytes(p)) + " " + time : "dir " + time);
            }
        }
        return out;
    }

    private static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x20;
        return c;
    }

    private static byte[] garbage(int n, long seed) {
        byte[] g = new byte[n];
        new java.util.Random(seed).nextBytes(g);
        return g;
    }

    /** The cache without its checksum. */
    private static byte[] unsealed(byte[] b) {
        return Arrays.copyOf(b, b.length - 4);
    }

    /** A body with a right checksum after it: only the structure can be wrong. */
    private static byte[] resealed(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue()).array();
    }

    private static byte[] patchInt(byte[] b, int at, int v) {
        byte[] c = unsealed(b);
        ByteBuffer.wrap(c).putInt(at, v);
        return resealed(c);
    }

    private static byte[] patchLong(byte[] b, int at, long v) {
        byte[] c = unsealed(b);
        ByteBuffer.wrap(c).putLong(at, v);
        return resealed(c);
    }

    private static byte[] patchByte(byte[] b, int at, int v) {
        byte[] c = unsealed(b);
        c[at] = (byte) v;
        return resealed(c);
    }

    private static int idLength(byte[] b) {
        return ByteBuffer.wrap(b).getInt(20);
    }

    /** The good cache's entries plus the first of them again under each of {@code ids}. */
    private static byte[] withEntries(byte[] good, Map<String, Integer> ids) {
        try {
            Map<String, SummaryCache.Entry> entries = SummaryCache.decode(good);
            SummaryCache.Entry first = entries.values().iterator().next();
            Map<String, SummaryCache.Entry> all = new LinkedHashMap<>(entries);
            for (String id : ids.keySet()) {
                all.put(id, first);
            }
            return SummaryCache.encode(all);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The good cache with its first two entries swapped (encode sorts them: the bytes are spliced). */
    private static byte[] swapped(byte[] good) {
        try {
            Map<String, SummaryCache.Entry> entries = SummaryCache.decode(good);
            List<Map.Entry<String, SummaryCache.Entry>> all = new ArrayList<>(entries.entrySet());
            byte[] first = SummaryCache.encode(Map.of(all.get(0).getKey(), all.get(0).getValue()));
            byte[] second = SummaryCache.encode(Map.of(all.get(1).getKey(), all.get(1).getValue()));
            byte[] body = unsealed(good);
            int firstLength = first.length - 24;
            int secondLength = second.length - 24;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(body, 0, 20);
            out.write(second, 20, secondLength);
            out.write(first, 20, firstLength);
            out.write(body, 20 + firstLength + secondLength, body.length - 20 - firstLength - secondLength);
            byte[] spliced = resealed(out.toByteArray());
            assertThat(spliced).hasSameSizeAs(good).isNotEqualTo(good);
            return spliced;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The good cache with its first entry written twice (a map cannot hold that: the bytes are spliced). */
    private static byte[] duplicated(byte[] good) {
        try {
            Map<String, SummaryCache.Entry> entries = SummaryCache.decode(good);
            Map.Entry<String, SummaryCache.Entry> first = entries.entrySet().iterator().next();
            byte[] one = SummaryCache.encode(Map.of(first.getKey(), first.getValue()));
            byte[] entryBytes = Arrays.copyOfRange(one, 20, one.length - 4);
            byte[] body = unsealed(good);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(out);
            d.write(body, 0, 16);
            d.writeInt(ByteBuffer.wrap(body).getInt(16) + 1);
            d.write(body, 20, body.length - 20);
            d.write(entryBytes);
            return resealed(out.toByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
