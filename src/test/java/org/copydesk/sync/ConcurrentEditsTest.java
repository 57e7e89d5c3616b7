package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.MarkPieces;
import org.copydesk.model.Paragraph;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.storage.ArticleCodec;
import org.copydesk.storage.Workspace;
import org.copydesk.testing.GitIsolation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two desks make random edits to the same articles between syncs (seeded: -Dcopydesk.seed=N to explore other draws;
 * a failure names its seed). Afterwards both desks hold the same files, every file reads, every mark lies in its text,
 * and every word either desk wrote is still there unless the desk that removed it had seen it.
 */
@ExtendWith(GitIsolation.PerClass.class)
class ConcurrentEditsTest {
    static final long SEED = Long.getLong("copydesk.seed", 20261130L);
    static final int ROUNDS = 4;

    static LongStream seeds() {
        return LongStream.range(SEED, SEED + 3);
    }

    /** One desk's random editor: every word it writes is unique, and it records the words it removes knowingly. */
    static final class Editor {
        final Workspace ws;
        final Random r;
        final String name;
        final Set<String> written;
        final Set<String> removedKnowingly;
        int counter;

        Editor(Workspace ws, Random r, String name, Set<String> written, Set<String> removed) {
            this.ws = ws;
            this.r = r;
            this.name = name;
            this.written = written;
            this.removedKnowingly = removed;
        }

        String word() {
            String w = name + "w" + (++counter) + "x";
            written.add(w);
            return w;
        }

        void forget(String text) {
            for (String t : text.split("[^A-Za-z0-9]+")) {
                if (t.startsWith("annaw") || t.startsWith("benw")) {
                    removedKnowingly.add(t);
                }
            }
        }

        void act() throws Exception {
            List<String> ids = ws.ids();
            if (ids.isEmpty() || r.nextInt(12) == 0) {
                String id = name + "-story-" + (++counter);
                Article a = Article.draft(id, "New " + word(), "en", Instant.parse("2026-11-30T08:00:00Z"))
                        .withBody(List.of(Paragraph.of("Opening " + word() + "."), Paragraph.of("More " + word() + ".")));
                ws.saveOverwriting(a);
                return;
            }
            String id = ids.get(r.nextInt(ids.size()));
            Article a = ws.get(id);
            List<Paragraph> body = new ArrayList<>(a.body());
            int op = r.nextInt(10);
            if (op == 0 && r.nextInt(3) == 0) {
                forget(a.headline() + " " + a.bodyText());
                ws.delete(id);
                return;
            }
            if (body.isEmpty()) {
                body.add(Paragraph.of("Restart " + word() + "."));
                ws.save(a.withBody(body).withLanguageMarks(List.of()).withQuoteMarks(List.of()));
                return;
            }
            int p = r.nextInt(body.size());
            switch (op) {
                case 0, 1, 2 -> {
                    // append a word to a paragraph: marks before the end stay valid
                    body.set(p, Paragraph.of(body.get(p).kind(), body.get(p).text() + " " + word()));
                    ws.save(rebuild(a, body, p, 0));
                }
                case 3 -> {
                    body.add(p, Paragraph.of("Inserted " + word() + " here."));
                    ws.save(rebuild(a, body, p, +1));
                }
                case 4 -> {
                    if (body.size() > 1) {
                        forget(body.get(p).text());
                        body.remove(p);
                        ws.save(rebuild(a, body, p, -1));
                    }
                }
                case 5 -> {
                    forget(a.headline());
                    ws.save(a.withHeadline("Headline " + word()));
                }
                case 6 -> ws.save(a.withTags(append(a.tags(), "tag" + r.nextInt(5))));
                case 7 -> ws.save(a.withLinks(appendLink(a.links(), new RelatedLink("target-" + r.nextInt(4), Relation.SEE_ALSO, null))));
                case 8 -> {
                    int[] starts = a.paragraphStarts();
                    int start = starts[p];
                    ws.save(a.withLanguageMarks(append(a.languageMarks(),
                            new LanguageMark(start, start + body.get(p).text().length(), "fr", MarkOrigin.MANUAL))));
                }
                default -> {
                    if (p + 1 < body.size()) {
                        int[] starts = a.paragraphStarts();
                        int end = starts[p + 1] + Math.min(3, body.get(p + 1).text().length());
                        ws.save(a.withQuoteMarks(append(a.quoteMarks(), new QuoteMark(starts[p] + 1, end, "a speaker", MarkOrigin.AUTO))));
                    }
                }
            }
        }
    }

    static <T> List<T> append(List<T> list, T x) {
        List<T> out = new ArrayList<>(list);
        if (!out.contains(x)) {
            out.add(x);
        }
        return out;
    }

    static List<RelatedLink> appendLink(List<RelatedLink> list, RelatedLink l) {
        return list.stream().anyMatch(x -> x.targetId().equals(l.targetId())) ? list : append(list, l);
    }

    /** The marks carried per paragraph through a body change (what the editor does when it keeps marks with text). */
    static Article rebuild(Article a, List<Paragraph> newBody, int at, int delta) {
        var split = MarkPieces.split(a);
        List<List<MarkPieces.Piece<LanguageMark>>> langs = new ArrayList<>(split.language());
        List<List<MarkPieces.Piece<QuoteMark>>> quotes = new ArrayList<>(split.quotes());
        if (delta > 0) {
            langs.add(at, List.of());
            quotes.add(at, List.of());
        } else if (delta < 0) {
            langs.remove(at);
            quotes.remove(at);
        }
        return a.withBody(newBody)
                .withLanguageMarks(MarkPieces.joinLanguage(newBody, langs).marks())
                .withQuoteMarks(MarkPieces.joinQuotes(newBody, quotes).marks());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void twoDesksEditingAtRandomConvergeWithNothingLost(long seed, @TempDir Path dir) throws Exception {
        Random r = new Random(seed);
        String url = Desks.bareRemote(dir.resolve("remote.git")).toUri().toString();
        Workspace anna = Workspace.open(dir.resolve("anna"));
        Workspace ben = Workspace.open(dir.resolve("ben"));
        Set<String> written = new HashSet<>();
        Set<String> removed = new HashSet<>();
        Editor ea = new Editor(anna, r, "anna", written, removed);
        Editor eb = new Editor(ben, r, "ben", written, removed);
        try (DeskRepository a = DeskRepository.open(anna); DeskRepository b = DeskRepository.open(ben)) {
            for (int i = 0; i < 3; i++) {
                ea.act();
            }
            a.sync(url, Desks.ANNA);
            b.sync(url, Desks.BEN);
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    ea.act();
                    eb.act();
                }
                if (r.nextBoolean()) {
                    a.sync(null, Desks.ANNA);
                    b.sync(null, Desks.BEN);
                } else {
                    b.sync(null, Desks.BEN);
                    a.sync(null, Desks.ANNA);
                }
            }
            a.sync(null, Desks.ANNA);
            b.sync(null, Desks.BEN);
            a.sync(null, Desks.ANNA);
        }
        TreeMap<String, String> filesA = files(anna);
        TreeMap<String, String> filesB = files(ben);
        assertThat(filesA).as("seed " + seed + ": both desks hold the same files").isEqualTo(filesB);
        StringBuilder all = new StringBuilder();
        for (String id : anna.ids()) {
            byte[] bytes = Files.readAllBytes(anna.fileOf(id));
            Article art = ArticleCodec.decode(bytes).article(); // throws if a file is invalid or a mark is outside
            int len = art.bodyText().length();
            assertThat(art.languageMarks()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(len));
            assertThat(art.quoteMarks()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(len));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("<<<<<<<");
            all.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
        }
        for (String w : written) {
            if (!removed.contains(w)) {
                assertThat(all.toString()).as("seed " + seed + ": word " + w + " was lost").contains(w);
            }
        }
    }

    /**
     * Two desks each edit their own paragraphs of one article, Anna the even ones and Ben the odd ones, so every edit
     * has a neighbour edited on the other desk: words appended, a paragraph marked as French, a quotation marked from
     * one of one's paragraphs into the next (a change to the neighbour's marks). Every sync merges cleanly, both
     * desks end with the same file, and every word and mark is there.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void editsOfNeighbouringParagraphsOnTwoDesksNeverConflict(long seed, @TempDir Path dir) throws Exception {
        Random r = new Random(seed);
        String url = Desks.bareRemote(dir.resolve("remote.git")).toUri().toString();
        Workspace anna = Workspace.open(dir.resolve("anna"));
        Workspace ben = Workspace.open(dir.resolve("ben"));
        List<Paragraph> body = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            body.add(Paragraph.of("Paragraph " + i + " opens."));
        }
        anna.saveOverwriting(Article.draft("shared", "Shared", "en", Instant.parse("2026-11-30T08:00:00Z")).withBody(body));
        Set<String> written = new HashSet<>();
        Set<Integer> french = new HashSet<>();
        List<SyncReport> reports = new ArrayList<>();
        try (DeskRepository a = DeskRepository.open(anna); DeskRepository b = DeskRepository.open(ben)) {
            reports.add(a.sync(url, Desks.ANNA));
            reports.add(b.sync(url, Desks.BEN));
            int[] counter = {0};
            for (int round = 0; round < ROUNDS + 2; round++) {
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    editOwnParagraph(anna, r, 0, "anna", counter, written, french);
                    editOwnParagraph(ben, r, 1, "ben", counter, written, french);
                }
                if (r.nextBoolean()) {
                    reports.add(a.sync(null, Desks.ANNA));
                    reports.add(b.sync(null, Desks.BEN));
                } else {
                    reports.add(b.sync(null, Desks.BEN));
                    reports.add(a.sync(null, Desks.ANNA));
                }
            }
            reports.add(a.sync(null, Desks.ANNA));
            reports.add(b.sync(null, Desks.BEN));
        }
        assertThat(reports).as("seed " + seed + ": no sync found a conflict")
                .allSatisfy(rep -> assertThat(rep.conflicts()).isEmpty());
        assertThat(files(anna)).as("seed " + seed + ": both desks hold the same file").isEqualTo(files(ben));
        Article merged = ArticleCodec.decode(Files.readAllBytes(anna.fileOf("shared"))).article();
        assertThat(merged.body()).as("seed " + seed + ": no paragraph doubled or lost").hasSize(8);
        for (String w : written) {
            assertThat(merged.bodyText()).as("seed " + seed + ": word " + w + " was lost").contains(w);
        }
        int len = merged.bodyText().length();
        assertThat(merged.languageMarks()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(len));
        assertThat(merged.quoteMarks()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(len));
        // a paragraph either desk marked as French is still marked, whatever the other desk did next to it
        int[] starts = merged.paragraphStarts();
        for (int p : french) {
            assertThat(merged.languageMarks()).as("seed " + seed + ": paragraph " + p + " lost its French mark")
                    .anyMatch(m -> m.start() == starts[p] && m.language().equals("fr"));
        }
    }

    /** One edit by a desk to one of its own paragraphs (those of its parity). */
    static void editOwnParagraph(Workspace ws, Random r, int parity, String name, int[] counter, Set<String> written,
            Set<Integer> french) throws Exception {
        Article a = ws.get("shared");
        List<Paragraph> body = new ArrayList<>(a.body());
        int p = 2 * r.nextInt(body.size() / 2) + parity;
        int[] starts = a.paragraphStarts();
        switch (r.nextInt(5)) {
            case 0, 1, 2 -> {
                String w = name + "w" + (++counter[0]) + "x";
                written.add(w);
                body.set(p, Paragraph.of(body.get(p).kind(), body.get(p).text() + " " + w));
                ws.save(rebuild(a, body, p, 0));
            }
            case 3 -> {
                french.add(p);
                ws.save(a.withLanguageMarks(append(a.languageMarks(),
                        new LanguageMark(starts[p], starts[p] + body.get(p).text().length(), "fr", MarkOrigin.MANUAL))));
            }
            default -> {
                if (p + 1 < body.size()) {
                    int end = starts[p + 1] + Math.min(3, body.get(p + 1).text().length());
                    ws.save(a.withQuoteMarks(append(a.quoteMarks(), new QuoteMark(starts[p] + 1, end, name, MarkOrigin.MANUAL))));
                }
            }
        }
    }

    static TreeMap<String, String> files(Workspace ws) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        for (String id : ws.ids()) {
            out.put(id, Files.readString(ws.fileOf(id)));
        }
        return out;
    }
}
