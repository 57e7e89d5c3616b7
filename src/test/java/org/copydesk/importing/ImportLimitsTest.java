package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.cli.CliRunner;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.storage.ChildJvm;
import org.copydesk.storage.Limits;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import stays within the one set of limits, removes control characters, and keeps DOCX within a small heap. */
class ImportLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aTextWithinTheFileLimitButOverTheTextLimitIsRefusedInWordsAndNothingIsSaved() throws Exception {
        // the case: 20,500,020 bytes, under the 20 MB file limit, over the 20,000,000 characters an article holds
        StringBuilder b = new StringBuilder("A very long story\n\n");
        String line = "The council met again on Tuesday to discuss the budget.\n";
        while (b.length() + line.length() <= 20_500_020) {
            b.append(line);
        }
        while (b.length() < 20_500_020) {
            b.append('x');
        }
        Path file = Files.writeString(dir.resolve("long.txt"), b, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isEqualTo(20_500_020L).isLessThan(Limits.MAX_IMPORT_BYTES);
        Path ws = dir.resolve("ws");
        CliRunner.Result r = CliRunner.run(ws, "import", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("long.txt").contains("at most 20,000,000").contains("not imported");
        assertThat(r.out()).isEmpty();
        assertThat(Workspace.open(ws).ids()).isEmpty();
    }

    @Test
    void controlCharactersAreRemovedFromHtmlImportsAndTheMarksMoveWithTheText() throws Exception {
        String html = """
                <html lang="en"><body><article><h1>Breaking&#27;[31m news&#7;</h1>
                <p>First &#x1b;[2Jline&#x85; with <span lang="fr">une phrase française</span> here.</p>
                </article></body></html>""";
        ImportResult r = new Importer().importBytes("page.html", html.getBytes(StandardCharsets.UTF_8));
        Article a = r.draft();
        assertThat(a.headline()).isEqualTo("Breaking[31m news");
        String text = a.bodyText();
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || (c >= 0x7f && c <= 0x9f))).isEmpty();
        assertThat(text).contains("First [2Jline… with une phrase française here.");
        LanguageMark fr = a.languageMarks().stream().filter(m -> m.language().startsWith("fr")).findFirst().orElseThrow();
        assertThat(text.substring(fr.start(), fr.end())).isEqualTo("une phrase française");
    }

    @Test
    void controlCharactersNeverReachTheTerminalFromAnyImportPath() throws Exception {
        Path ws = dir.resolve("ws");
        Path html = Files.writeString(dir.resolve("page.html"),
                "<html><body><h1>Title&#27;]0;pwned&#7; here</h1><p>Body &#x9b;31m text.</p></body></html>");
        Path md = Files.writeString(dir.resolve("note.md"), "# Title&#27;]0;pwned&#7; here\n\nBody &#x9b;31m text.\n");
        Path raw = Files.writeString(dir.resolve("raw.txt"), "Title\u001b]0;pwned\u0007 here\n\n"
                + "Body \u009b31m text, long enough for two stray control characters to be a slip, not a binary file.\n"
                + "A second paragraph of ordinary copy, as a reporter's note would have it, keeps the ratio low.\n"
                + "A third paragraph: the council meets again on Thursday, when the budget comes back for a final vote.\n");
        Path binary = Files.writeString(dir.resolve("binary.txt"), "ab\u0001\u0002\u0003cd\u0004\u0005ef\u0006\n");
        CliRunner.Result r = CliRunner.run(ws, "import", html.toString(), md.toString(), raw.toString(), binary.toString());
        // stray raw escapes in a text file are removed like entities in HTML and Markdown; a file full of them is not text
        assertThat(r.err()).contains("binary.txt").contains("not a text file").doesNotContain("raw.txt").doesNotContain("\u001b");
        assertThat(r.out().lines().toList()).hasSize(3);
        for (String id : r.out().lines().toList()) {
            CliRunner.Result shown = CliRunner.run(ws, "show", id);
            assertThat(shown.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b").contains("31m text");
        }
        CliRunner.Result listed = CliRunner.run(ws, "list");
        assertThat(listed.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void oneLineFieldsLoseTabsAndBreaksToo() {
        assertThat(ControlCharacters.field("A\tB\nC\u0000D")).isEqualTo("A B CD");
        assertThat(ControlCharacters.field(null)).isNull();
        assertThat(ControlCharacters.field("a\u0085b\u009bc\u007fd")).isEqualTo("abcd");
    }

    @Test
    void aDocxPartOverTheCapIsRefusedBeforeParsing() throws Exception {
        Path over = DocxFiles.write(dir.resolve("over.docx"), "Too big", DocxImporter.MAX_XML_PART_BYTES + 1024 * 1024, 3);
        assertThatThrownBy(() -> new Importer().importFile(over)).hasMessageContaining("over.docx: refused")
                .hasMessageContaining("word/document.xml").hasMessageNotContaining("Exception");
    }

    /**
     * The case, in a JVM of 512 MB: a .docx just under the part cap is imported, one far over it (like the
     * 8.6 MB file whose document.xml was 95 MB) is refused without an OutOfMemoryError, and the batch goes on; stdout
     * carries the new ids and nothing else (no library logging).
     */
    @Test
    void docxImportsStayWithin512MegabytesAndTheBatchGoesOn() throws Exception {
        long near = Long.getLong("copydesk.docx.near", DocxImporter.MAX_XML_PART_BYTES - 512 * 1024);
        Path nearFile = DocxFiles.write(dir.resolve("near.docx"), "Near the cap", near, 1);
        Path overFile = DocxFiles.write(dir.resolve("huge.docx"), "Far over the cap", 40L * 1024 * 1024, 2);
        Path small = Files.writeString(dir.resolve("small.txt"), "Small story\n\nIt still goes in.\n");
        Path ws = dir.resolve("ws");
        Path log = dir.resolve("import");
        Process p = ChildJvm.start(log, List.of("-Xmx512m"), "org.copydesk.Main", "--workspace", ws.toString(),
                "import", nearFile.toString(), overFile.toString(), small.toString());
        int exit = ChildJvm.await(p, 600);
        String out = ChildJvm.out(log);
        String err = ChildJvm.err(log);
        assertThat(exit).as(err).isEqualTo(1);
        assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("Exception")
                .contains("huge.docx: refused");
        assertThat(out.lines().toList()).containsExactly("near-the-cap", "small-story");
        Workspace w = Workspace.open(ws);
        assertThat(w.get("near-the-cap").body().size()).isGreaterThan(1000);
        assertThat(w.get("small-story").bodyText()).isEqualTo("It still goes in.");
    }
}
