package org.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.StoryDetails;
import org.copydesk.storage.ArticleSummary;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags and sections offered in the Story tab, from the workspace as it is on disk, broken files and all. */
class StoryVocabularyTest {
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    static final String HEAD = "{\"formatVersion\": 2, \"headline\": \"Storm\", \"created\": \"2026-01-01T00:00:00Z\"";

    @TempDir
    Path dir;

    Article story(String id, String section, String... tags) {
        return Article.draft(id, "Story " + id, "en", T).withTags(List.of(tags))
                .withDetails(new StoryDetails(section, "", null, 0));
    }

    @Test
    void tagsAndSectionsOfTheWorkspaceOnceEachWhateverTheirCase() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.saveOverwriting(story("a", "Politics", "transport", "Lyon"));
        ws.saveOverwriting(story("b", "politics", "Transport", "budget"));
        ws.saveOverwriting(story("c", "", "vélo"));

        StoryVocabulary v = StoryVocabulary.of(ws.summaries());
        assertThat(v.tags()).hasSize(4).containsExactlyInAnyOrder("transport", "Lyon", "budget", "vélo");
        assertThat(v.tags().contains("TRANSPORT")).isTrue();
        assertThat(v.sections()).hasSize(1);
        assertThat(v.sections().first()).isEqualToIgnoringCase("politics");
    }

    @Test
    void brokenAndHostileFilesAddNothingAndAreLeftAsTheyAre() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.saveOverwriting(story("good", "Sport", "football"));
        Path articles = ws.articlesDir();
        List<String> hostile = List.of(
                "{",
                "\u0000\u0001binary\u00ff",
                HEAD + ", \"id\": \"t1\", \"tags\": \"politics\"}",
                HEAD + ", \"id\": \"t2\", \"tags\": [[\"nested\"]]}",
                HEAD + ", \"id\": \"t3\", \"section\": {\"name\": \"Politics\"}}",
                HEAD + ", \"id\": \"t4\", \"tags\": [\"   \", \"a, b\", \"  trimmed  \"], \"section\": \"   \"}");
        for (int i = 0; i < hostile.size(); i++) {
            Files.writeString(articles.resolve("t" + (i + 1) + ".json"), hostile.get(i), StandardCharsets.UTF_8);
        }
        byte[] before = Files.readAllBytes(articles.resolve("t1.json"));

        StoryVocabulary v = StoryVocabulary.of(ws.summaries());
        // the readable file with odd values gives what a story could hold; blank and comma tags are left out
        assertThat(v.tags()).containsExactlyInAnyOrder("football", "trimmed");
        assertThat(v.sections()).containsExactly("Sport");
        assertThat(Files.readAllBytes(articles.resolve("t1.json"))).isEqualTo(before);
    }

    @Test
    void anUnreadableSummaryOrAMissingOneIsSkipped() {
        List<ArticleSummary> list = new ArrayList<>();
        list.add(ArticleSummary.unreadable("x", "cannot be read"));
        list.add(null);
        list.add(ArticleSummary.of(story("y", " Culture ", "music")));
        StoryVocabulary v = StoryVocabulary.of(list);
        assertThat(v.tags()).containsExactly("music");
        assertThat(v.sections()).containsExactly("Culture");
    }

    @Test
    void theSetsCannotBeChangedFromOutside() {
        StoryVocabulary v = StoryVocabulary.of(List.of(ArticleSummary.of(story("y", "Culture", "music"))));
        assertThatThrownBy(() -> v.tags().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
