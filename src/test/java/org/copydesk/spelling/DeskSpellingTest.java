package org.copydesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spelling as the editor uses it: the desk's and the user's word lists, the article's ignore list. */
class DeskSpellingTest {
    @TempDir
    Path dir;

    private DeskSpelling desk() {
        return new DeskSpelling(TestDictionaries.checker(), dir.resolve("ws/dictionary.txt"), dir.resolve("me/words.txt"));
    }

    private static Analysis en(String text) {
        return new Analysis("en", List.of(new LanguageSegment(0, text.length(), "en")), List.of(), List.of());
    }

    private static List<String> words(DeskSpelling.Checked c) {
        return c.misspellings().stream().map(Misspelling::word).toList();
    }

    private static Article article(String body, List<String> ignored) {
        return Article.draft("a", "Council", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(List.of(Paragraph.of(body))).withIgnoredWords(ignored);
    }

    @Test
    void wordsAddedToEitherListAreAcceptedAtTheNextCheckAndGoToTheirOwnFile() throws IOException {
        DeskSpelling desk = desk();
        String text = "The tramline and the busway will open.";
        desk.checker().dictionaries().await("en");
        SpellingContext before = SpellingContext.of(article(text, List.of()), desk.accepted());
        assertThat(words(desk.check(text, en(text), before))).containsExactly("tramline", "busway");

        desk.addToWorkspace("tramline");
        desk.addToUser("busway");
        SpellingContext after = SpellingContext.of(article(text, List.of()), desk.accepted());
        assertThat(words(desk.check(text, en(text), after))).isEmpty();
        assertThat(Files.readString(dir.resolve("ws/dictionary.txt"))).isEqualTo("tramline\n");
        assertThat(Files.readString(dir.resolve("me/words.txt"))).isEqualTo("busway\n");
    }

    @Test
    void theArticlesIgnoreListIsPartOfItsContext() throws IOException {
        DeskSpelling desk = desk();
        String text = "The tramline will open.";
        desk.checker().dictionaries().await("en");
        assertThat(words(desk.check(text, en(text), SpellingContext.of(article(text, List.of("tramline")), desk.accepted()))))
                .isEmpty();
        assertThat(words(desk.check(text, en(text), SpellingContext.of(article(text, List.of()), desk.accepted()))))
                .containsExactly("tramline");
    }

    @Test
    void aWorkspaceListThatIsNotTextIsLeftOutAndNeverRewritten() throws IOException {
        Path list = dir.resolve("ws/dictionary.txt");
        Files.createDirectories(list.getParent());
        byte[] garbage = {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF};
        Files.write(list, garbage);
        DeskSpelling desk = desk();
        assertThat(desk.accepted().isEmpty()).isTrue();
        assertThatThrownBy(() -> desk.addToWorkspace("tramline")).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(list)).isEqualTo(garbage);
    }

    @Test
    void withoutAListToAddToTheAddIsRefused() {
        DeskSpelling desk = new DeskSpelling(TestDictionaries.checker(), null, null);
        assertThatThrownBy(() -> desk.addToUser("tramline")).isInstanceOf(IOException.class);
    }

    @Test
    void aCheckSaysWhenADictionaryItNeededWasStillLoadingAndWhenItIsThere() throws Exception {
        DeskSpelling desk = desk();
        String text = "The mayor siad it.";
        SpellingContext ctx = SpellingContext.of(article(text, List.of()), desk.accepted());
        DeskSpelling.Checked first = desk.check(text, en(text), ctx);
        if (!first.complete()) {
            // English was still loading: its words were skipped, not flagged
            assertThat(first.misspellings()).isEmpty();
        }
        desk.loaded(en(text), ctx).get();
        DeskSpelling.Checked second = desk.check(text, en(text), ctx);
        assertThat(second.complete()).isTrue();
        assertThat(words(second)).containsExactly("siad");
        assertThat(second.withoutDictionary()).isEmpty();
    }
}
