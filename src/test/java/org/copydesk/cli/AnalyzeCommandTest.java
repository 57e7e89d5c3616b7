package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheAnalysisAsJsonWithUtf16Offsets() throws Exception {
        String text = "\uD83D\uDCF0 The minister said « deepen cooperation » entre les deux armées.\n\nShare this:";
        Path f = dir.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run(null, "analyze", "--json", f.toString());
        assertThat(r.exit()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("language").asText()).isEqualTo("en");
        JsonNode segs = root.get("segments");
        assertThat(segs.get(0).get("start").asInt()).isZero();
        assertThat(segs.get(segs.size() - 1).get("end").asInt()).isEqualTo(text.length());
        JsonNode q = root.get("quotes").get(0);
        assertThat(q.get("start").asInt()).isEqualTo(text.indexOf('«'));
        assertThat(q.get("end").asInt()).isEqualTo(text.indexOf('»') + 1);
        assertThat(q.get("open").asText()).isEqualTo("«");
        assertThat(q.get("close").asText()).isEqualTo("»");
        assertThat(q.get("depth").asInt()).isZero();
        assertThat(q.has("speaker")).isTrue();
        assertThat(root.get("issues")).anySatisfy(i -> {
            assertThat(i.get("type").asText()).isEqualTo("boilerplate");
            assertThat(i.get("start").asInt()).isEqualTo(text.indexOf("Share"));
            assertThat(i.has("message")).isTrue();
            assertThat(i.has("replacement")).isTrue();
        });
        assertThat(root.get("segments")).anySatisfy(s -> assertThat(s.get("lang").asText()).isEqualTo("fr"));
    }

    @Test
    void printsAReadableSummaryWithoutJson() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "“We will stay,” said the mayor.", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run(null, "analyze", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Primary language: en").contains("Quotations: 1").contains("speaker: the mayor");
    }

    @Test
    void badInputIsAOneLineErrorAndExit1() throws Exception {
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        for (Path p : new Path[] {bad, dir, dir.resolve("missing.txt")}) {
            CliRunner.Result r = CliRunner.run(null, "analyze", "--json", p.toString());
            assertThat(r.exit()).as(p.toString()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("copydesk: ");
        }
        assertThat(Files.readAllBytes(bad)).hasSize(5);
    }

    private static String testDictionaries() throws Exception {
        return Path.of(AnalyzeCommandTest.class.getResource("/org/copydesk/spelling/dicts/en_US.aff").toURI())
                .getParent().toString();
    }

    @Test
    void reportsEachMisspeltWordWithItsLanguageAndSuggestionsInUtf16Offsets() throws Exception {
        String text = "\uD83D\uDCF0 The mayor siad the new tram line will open.";
        Path f = dir.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run(null, "analyze", "--json", "--language", "en",
                "--dictionaries", testDictionaries(), f.toString());
        assertThat(r.exit()).isZero();
        JsonNode issues = new ObjectMapper().readTree(r.out()).get("issues");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.get("type").asText()).isEqualTo("spelling");
            assertThat(i.get("start").asInt()).isEqualTo(text.indexOf("siad"));
            assertThat(i.get("end").asInt()).isEqualTo(text.indexOf("siad") + 4);
            assertThat(i.get("lang").asText()).isEqualTo("en");
            assertThat(i.get("suggestions")).anySatisfy(s -> assertThat(s.asText()).isEqualTo("said"));
        });

        CliRunner.Result off = CliRunner.run(null, "analyze", "--json", "--no-spelling", "--language", "en",
                "--dictionaries", testDictionaries(), f.toString());
        assertThat(new ObjectMapper().readTree(off.out()).get("issues")).isEmpty();
    }

    @Test
    void namesTheDictionaryToInstallForALanguageWithoutOne() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Il sindaco ha detto che la nuova linea del tram aprirà la prossima settimana.",
                StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run(null, "analyze", "--language", "it", "--dictionaries", testDictionaries(),
                f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("No dictionary for Italian").contains("hunspell-it");
    }

    @Test
    void anUnreadableWordListIsABadInputError() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "The mayor said.", StandardCharsets.UTF_8);
        Path words = dir.resolve("words.txt");
        Files.write(words, new byte[] {(byte) 0xE9, 'x', '\n'});
        CliRunner.Result r = CliRunner.run(null, "analyze", "--json", "--words", words.toString(), f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not UTF-8");
    }

    @Test
    void theEarlyStartRecognisesOnlyThePlainFormsOfAnAnalyzeWithSpelling() {
        AnalyzeCommand.EarlyStart e = AnalyzeCommand.earlyArguments(new String[] {"analyze", "--json", "--language=fr",
                "--dictionaries", "/srv/dicts", "--timings", "--words", "w.txt", "story.txt"});
        assertThat(e).isNotNull();
        assertThat(e.isFor(Path.of("story.txt"), "fr", Path.of("/srv/dicts"))).isTrue();
        assertThat(e.isFor(Path.of("story.txt"), "en", Path.of("/srv/dicts"))).isFalse();
        assertThat(e.isFor(Path.of("story.txt"), "fr", null)).isFalse();
        assertThat(e.isFor(Path.of("other.txt"), "fr", Path.of("/srv/dicts"))).isFalse();
        assertThat(AnalyzeCommand.earlyArguments(new String[] {"analyze", "a.txt"}).isFor(Path.of("a.txt"), null, null))
                .isTrue();
        for (String[] args : new String[][] {{"analyze", "--no-spelling", "a.txt"}, {"analyze", "--help"},
                {"analyze", "a.txt", "b.txt"}, {"analyze", "@args.txt"}, {"analyze", "--language"},
                {"analyze", "--language", "fr", "--language=de", "a.txt"}, {"analyze", "-x", "a.txt"},
                {"analyze", "--json"}, {"analyze"}, {"show", "a.txt"}, {"analyze", "--", "a.txt"}}) {
            assertThat(AnalyzeCommand.earlyArguments(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void anEarlyStartGivesTheSameAnswerAndIsLeftUnusedWhenTheOptionsDiffer() throws Exception {
        String text = "The mayor siad the new tram line will open. Il a dit « c'est une bonne nouvelle » hier soir.";
        Path f = dir.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        String[] args = {"analyze", "--json", "--dictionaries", testDictionaries(), f.toString()};
        String plain = CliRunner.run(null, args).out();
        assertThat(plain).contains("siad");

        AnalyzeCommand.startEarly(args);
        CliRunner.Result early = CliRunner.run(null, args);
        assertThat(early.exit()).isZero();
        assertThat(early.out()).isEqualTo(plain);

        // started for another language: the command sets its own spelling up, same answer as without
        AnalyzeCommand.startEarly(new String[] {"analyze", "--language", "fr", "--dictionaries", testDictionaries(),
                f.toString()});
        assertThat(CliRunner.run(null, args).out()).isEqualTo(plain);
        // without spelling only the language models start early: the same analysis
        String[] noSpelling = {"analyze", "--json", "--no-spelling", f.toString()};
        String plainNoSpelling = CliRunner.run(null, noSpelling).out();
        assertThat(plainNoSpelling).doesNotContain("siad").contains("\"segments\"");
        AnalyzeCommand.startEarly(noSpelling);
        assertThat(CliRunner.run(null, noSpelling).out()).isEqualTo(plainNoSpelling);
        // started for a file that cannot be read: the command still reports it as bad input
        Path missing = dir.resolve("missing.txt");
        AnalyzeCommand.startEarly(new String[] {"analyze", "--json", missing.toString()});
        CliRunner.Result bad = CliRunner.run(null, "analyze", "--json", missing.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("no such file");
    }
}
