package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSetIsReadBackAfterASave() throws Exception {
        Path file = dir.resolve("copydesk/settings.json");
        Settings s = Settings.load(file).settings();
        s.setTheme("dark");
        s.setZoom(1.25);
        s.setUiLanguage("fr");
        s.setAuthorName("Camille Martin");
        s.setAuthorEmail("camille@example.org");
        s.setDictionaryFolder("/usr/share/hunspell");
        s.setPanelVisible("list", false);
        s.setPanelWidth("side", 333.4);
        s.setSideTab("related");
        s.setWindow(10, 20, 1280, 800, true);
        s.setLastArticle("dockers-strike", 42);
        s.save(file);

        Settings.Loaded again = Settings.load(file);
        assertThat(again.problem()).isNull();
        Settings r = again.settings();
        assertThat(r.theme()).isEqualTo("dark");
        assertThat(r.zoom()).isEqualTo(1.25);
        assertThat(r.uiLanguage()).isEqualTo("fr");
        assertThat(r.authorName()).isEqualTo("Camille Martin");
        assertThat(r.authorEmail()).isEqualTo("camille@example.org");
        assertThat(r.dictionaryFolder()).isEqualTo("/usr/share/hunspell");
        assertThat(r.panelVisible("list")).isFalse();
        assertThat(r.panelVisible("side")).isTrue();
        assertThat(r.panelWidth("side", 300)).isEqualTo(333);
        assertThat(r.sideTab()).isEqualTo("related");
        assertThat(r.windowBounds()).containsExactly(10, 20, 1280, 800);
        assertThat(r.windowMaximized()).isTrue();
        assertThat(r.lastArticle()).isEqualTo("dockers-strike");
        assertThat(r.lastCaret()).isEqualTo(42);
        assertThat(Files.list(file.getParent())).extracting(p -> p.getFileName().toString()).containsExactly("settings.json");
    }

    @Test
    void aMissingFileGivesTheDefaultsWithoutComplaint() {
        Settings.Loaded l = Settings.load(dir.resolve("none/settings.json"));
        assertThat(l.problem()).isNull();
        assertThat(l.settings().theme()).isEqualTo("system");
        assertThat(l.settings().zoom()).isEqualTo(1.0);
        assertThat(l.settings().windowBounds()).isNull();
        assertThat(l.settings().headlineLimit()).isEqualTo(70);
    }

    @Test
    void unknownKeysSurviveASave() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"light\", \"syncRemote\": {\"url\": \"ssh://desk\", \"every\": 5}, \"zz\": [1, 2]}");
        Settings s = Settings.load(file).settings();
        s.setZoom(1.5);
        s.save(file);
        String json = Files.readString(file);
        assertThat(json).contains("\"syncRemote\"").contains("\"url\" : \"ssh://desk\"").contains("\"zz\"");
        assertThat(Settings.load(file).settings().zoom()).isEqualTo(1.5);
    }

    @Test
    void valuesOfEveryKindAreWrittenBackAsTheyWereRead() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"newer\": {\"int\": 7, \"long\": 9000000000, \"big\": 123456789012345678901234567890,"
                + " \"real\": 0.25, \"yes\": true, \"no\": false, \"none\": null, \"list\": [\"é«»\", [], {}]}}");
        Settings.load(file).settings().save(file);
        String json = Files.readString(file).replaceAll("\\s+", "");
        assertThat(json).contains("\"int\":7", "\"long\":9000000000", "\"big\":123456789012345678901234567890",
                "\"real\":0.25", "\"yes\":true", "\"no\":false", "\"none\":null", "\"list\":[\"é«»\",[],{}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ not json", "", "  \n ", "[1, 2]", "\"dark\"", "{\"theme\": \"dark\", \"theme\": \"light\"}",
            "{\"a\":1} trailing", "{\"a\":1} {\"b\":2}", "{\"theme\": \"dark\",}", "{\"theme\": \"dark\"",
            // nested deeper than any setting (a hostile file): refused, not walked
            "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"})
    void aBrokenFileGivesTheDefaultsAMessageAndIsKept(String content) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, content);
        Settings.Loaded l = Settings.load(file);
        assertThat(l.problem()).contains("Using the defaults").contains(file.toString());
        assertThat(l.settings().theme()).isEqualTo("system");
        assertThat(Files.readString(dir.resolve("settings.json.broken"))).isEqualTo(content);
        // the next save replaces the broken file with a good one
        l.settings().setTheme("dark");
        l.settings().save(file);
        assertThat(Settings.load(file).settings().theme()).isEqualTo("dark");
    }

    @Test
    void wrongTypesAndSillyValuesReadAsDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": 3, \"zoom\": 1e308, \"uiLanguage\": \"klingon\", \"panels\": [true],"
                + " \"panelWidths\": {\"side\": -5}, \"window\": {\"x\": \"left\", \"y\": 0, \"width\": 800, \"height\": 600},"
                + " \"lastCaret\": -3, \"headlineLimit\": \"seventy\"}");
        Settings s = Settings.load(file).settings();
        assertThat(s.theme()).isEqualTo("system");
        assertThat(s.zoom()).isEqualTo(Settings.MAX_ZOOM);
        assertThat(s.uiLanguage()).isEmpty();
        assertThat(s.panelVisible("list")).isTrue();
        assertThat(s.panelWidth("side", 300)).isEqualTo(300);
        assertThat(s.windowBounds()).isNull();
        assertThat(s.lastCaret()).isZero();
        assertThat(s.headlineLimit()).isEqualTo(70);
        // writing over a non-object value replaces it
        s.setPanelVisible("list", false);
        assertThat(s.panelVisible("list")).isFalse();
    }

    @Test
    void aHugeFileIsNotRead() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.write(file, ("{\"x\": \"" + "a".repeat((int) Settings.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8));
        Settings.Loaded l = Settings.load(file);
        assertThat(l.problem()).contains("larger than");
    }

    @Test
    void theFileLivesInTheConfigFolder() {
        Path home = Path.of("/home/ana");
        assertThat(Settings.location(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", home)).isEqualTo(Path.of("/cfg/copydesk/settings.json"));
        assertThat(Settings.location(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", home)).isEqualTo(Path.of("/home/ana/.config/copydesk/settings.json"));
        assertThat(Settings.location(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.config/copydesk/settings.json"));
        assertThat(Settings.location(Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), "Windows 11", home).toString()).endsWith("settings.json");
    }
}
