package org.copydesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledDictionariesTest {
    @TempDir
    Path dir;

    private void dictionary(Path folder, String tag, String aff, String dic) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(tag + ".aff"), aff);
        Files.writeString(folder.resolve(tag + ".dic"), dic);
    }

    @Test
    void findsPairsAndTheFirstFolderWins() throws IOException {
        Path configured = dir.resolve("configured");
        Path system = dir.resolve("system");
        dictionary(configured, "fr_FR", "SET UTF-8\n", "1\nmaison\n");
        dictionary(system, "fr_FR", "SET UTF-8\n", "1\nville\n");
        dictionary(system, "nl", "SET UTF-8\n", "1\nstad\n");
        Files.writeString(system.resolve("es_ES.aff"), "SET UTF-8\n"); // no .dic: not a dictionary
        Files.writeString(system.resolve("notes.aff"), "x");           // not a language tag
        InstalledDictionaries d = InstalledDictionaries.scan(List.of(configured, system, dir.resolve("missing")));
        assertThat(d.all().keySet()).containsExactlyInAnyOrder("fr_FR", "nl");
        assertThat(d.get("fr_FR").orElseThrow().words()).isEqualTo(configured.resolve("fr_FR.dic"));
        assertThat(d.forLanguage("es")).isEmpty();
        assertThat(d.forLanguage("nl-BE")).extracting(InstalledDictionaries.HunspellFiles::tag).containsExactly("nl");
    }

    @Test
    void theRegionPicksTheVariantAndWithoutOneTheMainVariantsAreUsed() {
        InstalledDictionaries d = InstalledDictionaries.scan(List.of(TestDictionaries.folder()));
        assertThat(d.forLanguage("en-GB")).extracting(InstalledDictionaries.HunspellFiles::tag).containsExactly("en_GB");
        assertThat(d.forLanguage("en_us")).extracting(InstalledDictionaries.HunspellFiles::tag).containsExactly("en_US");
        assertThat(d.forLanguage("en")).extracting(InstalledDictionaries.HunspellFiles::tag)
                .containsExactly("en_US", "en_GB");
        assertThat(d.forLanguage("en-AU")).extracting(InstalledDictionaries.HunspellFiles::tag)
                .containsExactly("en_US", "en_GB");
        assertThat(d.forLanguage("fr")).extracting(InstalledDictionaries.HunspellFiles::tag).containsExactly("fr_FR");
        assertThat(d.forLanguage("")).isEmpty();
        assertThat(d.forLanguage(null)).isEmpty();
    }

    @Test
    void aDictionaryLinkedUnderAnotherNameIsUsedOnce() throws IOException {
        Path system = dir.resolve("system");
        dictionary(system, "de_DE", "SET UTF-8\n", "1\nStadt\n");
        Files.createSymbolicLink(system.resolve("de_AT.aff"), system.resolve("de_DE.aff"));
        Files.createSymbolicLink(system.resolve("de_AT.dic"), system.resolve("de_DE.dic"));
        InstalledDictionaries d = InstalledDictionaries.scan(List.of(system));
        assertThat(d.forLanguage("de")).extracting(InstalledDictionaries.HunspellFiles::tag).containsExactly("de_DE");
    }

    @Test
    void aBrokenDictionaryIsTreatedAsMissingAndItsLanguageSkipped() throws IOException {
        Path folder = dir.resolve("broken");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("nl.aff"), "SET UTF-8\nSFX A Y 99\nSFX A\n");
        Files.write(folder.resolve("nl.dic"), new byte[] {(byte) 0xFF, 0, 1, 2});
        SpellingDictionaries dicts = new SpellingDictionaries(InstalledDictionaries.scan(List.of(folder)));
        assertThat(dicts.await("nl")).isEmpty();
        assertThat(dicts.status("nl")).isEqualTo(SpellingDictionaries.Status.MISSING);
        SpellChecker checker = new SpellChecker(dicts);
        String text = "De stadd is mooi.";
        var analysis = new Analysis("nl",
                List.of(new LanguageSegment(0, text.length(), "nl")), List.of(), List.of());
        assertThat(checker.checkWaiting(text, analysis, SpellingContext.NONE)).isEmpty();
    }

    @Test
    void theDebianPackageToInstallIsNamed() {
        assertThat(InstalledDictionaries.debianPackage("en")).isEqualTo("hunspell-en-us");
        assertThat(InstalledDictionaries.debianPackage("it")).isEqualTo("hunspell-it");
        assertThat(InstalledDictionaries.debianPackage("pt")).isEqualTo("hunspell-pt-pt");
    }

    @Test
    void theFolderChosenInTheSettingsIsSearchedAfterTheCommandsOwnAndBeforeTheUsersAndTheSystems() {
        Path option = Path.of("/opt/dicts");
        Path chosen = Path.of("/home/ed/dicts");
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/home/ed/.data", Spelling.DICTIONARIES_ENV, "/srv/dicts");
        assertThat(Spelling.folders(option, chosen, env, false)).containsExactly(option, chosen,
                Path.of("/home/ed/.data/hunspell"), Path.of("/usr/share/hunspell"), Path.of("/usr/share/myspell"),
                Path.of("/usr/share/myspell/dicts"));
        // without the command's own folder, the environment's takes its place; a folder named twice is searched once
        assertThat(Spelling.folders(null, Path.of("/usr/share/hunspell"), env, false)).containsExactly(
                Path.of("/srv/dicts"), Path.of("/usr/share/hunspell"), Path.of("/home/ed/.data/hunspell"),
                Path.of("/usr/share/myspell"), Path.of("/usr/share/myspell/dicts"));
        // none chosen: as before
        assertThat(Spelling.folders(null, null, Map.of("XDG_DATA_HOME", "/d"), false)).containsExactly(
                Path.of("/d/hunspell"), Path.of("/usr/share/hunspell"), Path.of("/usr/share/myspell"),
                Path.of("/usr/share/myspell/dicts"));
        // isolated (the tests): only the folders given, never this machine's
        assertThat(Spelling.folders(null, chosen, env, true)).containsExactly(chosen);
    }
}
