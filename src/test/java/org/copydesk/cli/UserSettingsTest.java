package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.storage.Settings;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionary folder the commands read from the app's settings, read without Jackson's object mapper. */
class UserSettingsTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void noSettingsFileMeansNoFolderChosen() {
        assertThat(UserSettings.dictionaryFolderOf(dir.resolve("settings.json"))).isEmpty();
    }

    @Test
    void theFolderChosenInTheAppIsRead() throws IOException {
        Settings s = Settings.defaults();
        s.setDictionaryFolder("/home/ana/dictionnaires é");
        s.setTheme("dark");
        Path f = dir.resolve("settings.json");
        s.save(f);
        assertThat(UserSettings.dictionaryFolderOf(f)).isEqualTo("/home/ana/dictionnaires é");
        assertThat(UserSettings.quickRead(Files.readAllBytes(f))).isEqualTo("/home/ana/dictionnaires é");
    }

    @Test
    void onlyTheTopLevelKeyCountsAndAValueOfAnotherTypeIsNoFolder() throws IOException {
        assertThat(UserSettings.dictionaryFolderOf(write("{\"x\": {\"dictionaryFolder\": \"/nested\"}, \"n\": [1, 2.5e3]}")))
                .isEmpty();
        assertThat(UserSettings.dictionaryFolderOf(write("{\"dictionaryFolder\": 42}"))).isEmpty();
        assertThat(UserSettings.dictionaryFolderOf(write("{\"dictionaryFolder\": [\"/a\"]}"))).isEmpty();
    }

    @Test
    void aBrokenFileIsLeftToTheSettingsReaderWhichKeepsItAsideAndUsesTheDefaults() throws IOException {
        for (String broken : List.of("{\"dictionaryFolder\": \"/a\", \"dictionaryFolder\": \"/b\"}",
                "{\"dictionaryFolder\": \"/a\"} {}", "{\"dictionaryFolder\": \"/a\"", "[\"/a\"]", "",
                "{\"dictionaryFolder\": \"/a\", \"deep\": " + "[".repeat(40) + "]".repeat(40) + "}",
                "{\"dictionaryFolder\": \"/a\", \"n\": " + "9".repeat(1200) + "}")) {
            Path f = write(broken);
            Files.deleteIfExists(dir.resolve("settings.json.broken"));
            assertThat(UserSettings.quickRead(broken.getBytes(StandardCharsets.UTF_8))).as(broken).isNull();
            assertThat(UserSettings.dictionaryFolderOf(f)).as(broken).isEmpty();
            assertThat(dir.resolve("settings.json.broken")).as(broken).exists();
        }
    }

    @Test
    void hostileBytesNeverGiveAFolderTheSettingsReaderWouldNot() throws IOException {
        byte[] junk = {(byte) 0xFF, (byte) 0xFE, 0, '{', '"', 0x7F, (byte) 0xC3};
        Path f = dir.resolve("settings.json");
        Files.write(f, junk);
        assertThat(UserSettings.dictionaryFolderOf(f)).isEqualTo(Settings.load(f).settings().dictionaryFolder());
    }

    /** Settings-like documents, valid and damaged: the quick read gives what the settings reader gives, or defers. */
    @Property(tries = 400)
    void theQuickReadAgreesWithTheSettingsReader(Gen gen) throws IOException {
        StringBuilder json = new StringBuilder("{");
        List<String> keys = List.of("dictionaryFolder", "theme", "zoom", "panels", "window", "author");
        int n = gen.between(0, 5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append('"').append(gen.oneOf(keys)).append("\": ");
            json.append(gen.oneOf("\"/srv/dicts\"", "\"\"", "42", "-1.5e2", "true", "null", "[\"/x\", 3]",
                    "{\"dictionaryFolder\": \"/inner\"}", "\"C:\\\\dicts\\u00e9\""));
        }
        json.append('}');
        String doc = json.toString();
        if (gen.bool()) { // damage it
            int at = gen.between(0, doc.length());
            doc = gen.bool() ? doc.substring(0, at) : doc.substring(0, at) + gen.oneOf("}", "{", ",", "\"", "x", "]")
                    + doc.substring(at);
        }
        Path f = write(doc);
        String expected = Settings.load(f).settings().dictionaryFolder();
        Files.writeString(f, doc, StandardCharsets.UTF_8); // the reader may have kept a broken one aside: same file again
        String quick = UserSettings.quickRead(doc.getBytes(StandardCharsets.UTF_8));
        assertThat(UserSettings.dictionaryFolderOf(f)).as(doc).isEqualTo(expected);
        if (quick != null) {
            assertThat(quick).as(doc).isEqualTo(expected);
        }
    }
}
