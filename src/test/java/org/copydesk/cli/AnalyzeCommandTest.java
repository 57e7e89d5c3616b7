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
}
