package org.copydesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListTest {
    @TempDir
    Path dir;

    @Test
    void addingKeepsTheFileSortedUniqueAndOneWordALine() throws IOException {
        Path f = dir.resolve("dictionary.txt");
        WordList.add(f, "Zorbeck");
        WordList.add(f, "tramway");
        WordList.add(f, "Hégenheim");
        WordList.add(f, "tramway");
        assertThat(Files.readString(f)).isEqualTo("Hégenheim\nZorbeck\ntramway\n");
    }

    @Test
    void addingReadsTheFileAgainSoWordsOthersAddedSurvive() throws IOException {
        Path f = dir.resolve("dictionary.txt");
        WordList.add(f, "alpha");
        Files.writeString(f, "alpha\ngamma\n"); // a colleague's change arrived through git
        WordList.add(f, "beta");
        assertThat(Files.readString(f)).isEqualTo("alpha\nbeta\ngamma\n");
    }

    @Test
    void readsLenientlyCommentsBlankLinesCrLfAndByteOrderMark() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "\uFEFF# desk words\r\n\r\n  tramway  \r\nnot one word\r\nl’école\r\n12345\r\n");
        assertThat(WordList.read(f).words()).containsExactly("l'école", "tramway");
    }

    @Test
    void aMissingFileIsAnEmptyList() throws IOException {
        assertThat(WordList.read(dir.resolve("none.txt")).isEmpty()).isTrue();
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefusedAndNeverOverwritten() throws IOException {
        Path f = dir.resolve("dictionary.txt");
        byte[] latin1 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, latin1);
        assertThatThrownBy(() -> WordList.read(f)).isInstanceOf(IOException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> WordList.add(f, "tram")).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(f)).isEqualTo(latin1);

        Path bin = dir.resolve("bin.txt");
        Files.write(bin, new byte[] {'a', 0, 'b', '\n'});
        assertThatThrownBy(() -> WordList.read(bin)).isInstanceOf(IOException.class).hasMessageContaining("not text");
    }

    @Test
    void aHugeFileIsRefused() throws IOException {
        Path f = dir.resolve("big.txt");
        Files.write(f, new byte[WordList.MAX_BYTES + 1]);
        assertThatThrownBy(() -> WordList.read(f)).isInstanceOf(IOException.class).hasMessageContaining("larger");
    }

    @Test
    void aPhraseOrBlankIsNotAWord() {
        assertThatThrownBy(() -> WordList.add(dir.resolve("d.txt"), "two words"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WordList.of(List.of(" ", "a\tb", "x".repeat(500))).isEmpty()).isTrue();
    }

    @Test
    void lowerCaseEntriesAcceptCapitalisedFormsButNamesKeepTheirCase() {
        WordList w = WordList.of(List.of("tram", "McTram"));
        assertThat(w.accepts("tram")).isTrue();
        assertThat(w.accepts("Tram")).isTrue();
        assertThat(w.accepts("TRAM")).isTrue();
        assertThat(w.accepts("McTram")).isTrue();
        assertThat(w.accepts("MCTRAM")).isTrue();
        assertThat(w.accepts("mctram")).isFalse();
        assertThat(w.accepts("trams")).isFalse();
    }
}
