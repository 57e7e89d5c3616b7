package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Pane;
import org.copydesk.model.Article;
import org.copydesk.search.SearchIndex;
import org.copydesk.search.SearchQuery;
import org.copydesk.ui.articles.ArticleRow;
import org.copydesk.ui.common.WorkspaceIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first opening of a workspace too large to index in a blink: the status bar says "Indexing stories… N of M"
 * with a progress bar while the index is built behind the window, search meanwhile matches what the list holds and
 * says so, and both clear once the index is ready. Closing the window in the middle stops the build, and the next
 * opening finishes it.
 */
class IndexingProgressTest extends FxTestBase {
    static final int STORIES = WorkspaceIndex.SHOWN_FROM * 3 + 17;
    private static final Pattern SHOWN = Pattern.compile("Indexing stories… ([\\d,]+) of ([\\d,]+)");

    String zeppelin;

    @BeforeEach
    void manyStories() throws Exception {
        Instant t0 = Instant.parse("2026-11-20T09:00:00Z");
        for (int i = 0; i < STORIES; i++) {
            String body = i == STORIES / 2 ? "The zeppelin hangar reopened on Tuesday." : "The harbour reopened on Tuesday, file " + i + ".";
            Article a = workspace.create(Article.draft("x", "Harbour story number " + i, "en", t0.plusSeconds(i))
                    .withBody(Article.paragraphsOf(body)));
            if (i == STORIES / 2) {
                zeppelin = a.id();
            }
        }
    }

    /** On the FX thread only. */
    private Node find(String selector) {
        return stage.getScene() == null ? null : stage.getScene().lookup(selector);
    }

    @Test
    void theStatusBarShowsTheBuildsProgressAndClearsAndSearchIsHonestMeanwhile() throws Exception {
        List<String> texts = new CopyOnWriteArrayList<>();
        List<Double> bars = new CopyOnWriteArrayList<>();
        String[] noticeWhileBuilding = new String[1];
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = CopydeskApp.show(stage, ctx);
            // the build started with the window; what it tells reaches the FX thread after this runs
            // the label and the bar are made when the first figures come (a start without a build has none)
            Pane status = (Pane) find(".indexing-status");
            assertThat(status.getChildren()).isEmpty();
            status.getChildren().addListener((ListChangeListener<Node>) c -> {
                Label text = (Label) find("#indexingStatus");
                ProgressBar bar = (ProgressBar) find("#indexingProgress");
                text.textProperty().addListener((o, a, b) -> {
                    if (b != null) {
                        texts.add(b);
                        assertThat(text.getParent().isVisible()).isTrue();
                    }
                });
                bar.progressProperty().addListener((o, a, b) -> bars.add(b.doubleValue()));
            });
            // typing a word only the body holds: the index is not ready, so the list's fields are matched, and said so
            w.list().filterField().setText("zeppelin");
            w.list().refreshSearch();
            noticeWhileBuilding[0] = w.list().search().noticeProperty().get();
            return w;
        }).get(180, TimeUnit.SECONDS);
        assertThat(noticeWhileBuilding[0]).isEqualTo(ctx.text("search.indexing"));

        waitUntil(() -> window.index().readyProperty().get() && !find("#indexingStatus").getParent().isVisible());
        // once ready, the index answers: the story whose body holds the word, and no notice
        waitUntil(() -> window.list().table().getItems().stream().map(ArticleRow::id).toList().equals(List.of(zeppelin))
                && window.list().search().noticeProperty().get() == null);

        assertThat(texts).as("the status bar said how far the build had got").isNotEmpty();
        int last = -1;
        for (String t : texts) {
            Matcher m = SHOWN.matcher(t);
            assertThat(m.matches()).as(t).isTrue();
            int done = Integer.parseInt(m.group(1).replace(",", ""));
            assertThat(Integer.parseInt(m.group(2).replace(",", ""))).isEqualTo(STORIES);
            assertThat(done).as("rising").isGreaterThan(last).isLessThan(STORIES);
            last = done;
        }
        assertThat(bars).isSortedAccordingTo(Double::compare);
        assertThat(onFx(() -> ((Label) find("#indexingStatus")).getText())).isNull();
        assertThat(onFx(() -> find("#indexingStatus").getParent().isManaged())).as("takes no room once done").isFalse();
    }

    @Test
    void closingTheWindowInTheMiddleOfTheBuildStopsItAndTheNextOpeningFinishesIt() throws Exception {
        Map<String, String> articles = files(workspace.articlesDir());
        CompletableFuture<Void> closed = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = CopydeskApp.show(stage, ctx);
            return w.close(); // before the build has read its first batch
        }).get(180, TimeUnit.SECONDS);
        closed.get(90, TimeUnit.SECONDS);
        assertThat(files(workspace.articlesDir())).as("no article touched").isEqualTo(articles);

        try (SearchIndex index = SearchIndex.open(workspace)) {
            assertThat(index.isTemporary()).isFalse();
            assertThat(index.size()).isEqualTo(STORIES);
            assertThat(index.search(SearchQuery.of("zeppelin"), 10, 0).ids()).containsExactly(zeppelin);
        }
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}
