package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copydesk.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files: each a one-line error naming the file, nothing half-read. */
class BadInputTest {
    @TempDir
    Path dir;
    private final Importer importer = new Importer();

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("wire-dump.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Importer.DEFAULT_MAX_BYTES + 1); // sparse: nothing written
        }
        assertThatThrownBy(() -> importer.importFile(big))
                .isInstanceOf(ImportException.class)
                .hasMessage(big + ": 20.0 MB is larger than the 20.0 MB limit; not imported");
    }

    @Test
    void theLimitCanBeLowered() throws Exception {
        Path f = dir.resolve("long.md");
        Files.writeString(f, "# Title\n\n" + "word ".repeat(300));
        Importer small = new Importer(null, 1000, Instant::now, id -> false);
        assertThatThrownBy(() -> small.importFile(f)).hasMessage(f + ": 1509 bytes is larger than the 1000 bytes limit; not imported");
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.md"), " \n\n\t\n");
        Path emptyHtml = Files.writeString(dir.resolve("empty.html"), "<html><head><script>x()</script></head><body> </body></html>");
        assertThatThrownBy(() -> importer.importFile(empty)).hasMessage(empty + ": the file is empty; not imported");
        assertThatThrownBy(() -> importer.importFile(blank)).hasMessage(blank + ": the file has no text");
        assertThatThrownBy(() -> importer.importFile(emptyHtml)).hasMessage(emptyHtml + ": no article text found in the HTML; not imported");
    }

    @Test
    void binaryFilesAreRefusedWhateverTheirName() throws Exception {
        Path nul = Files.write(dir.resolve("notes.txt"), new byte[] {'a', 'b', 0, 'c', 'd'});
        Path png = Files.write(dir.resolve("photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path pdf = Files.write(dir.resolve("story"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> importer.importFile(nul)).hasMessage(nul + ": NUL byte at byte 2: a binary file, not text; not imported");
        assertThatThrownBy(() -> importer.importFile(png)).hasMessage(png + ": is a PNG image, not text; not imported");
        assertThatThrownBy(() -> importer.importFile(pdf)).hasMessage(pdf + ": is a PDF file, not text; not imported");
        Path rtf = Files.writeString(dir.resolve("memo.txt"), "{\\rtf1\\ansi {\\b Budget} vote}");
        assertThatThrownBy(() -> importer.importFile(rtf))
                .hasMessage(rtf + ": is an RTF document (save it as .docx or plain text to import it), not text; not imported");
    }

    @Test
    void foldersAndMissingFiles() {
        assertThatThrownBy(() -> importer.importFile(dir)).hasMessage(dir + ": is a folder, not a file");
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> importer.importFile(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void htmlWithScriptsAndBrokenMarkupGivesOnlyText() throws Exception {
        String html = "<html><body><div class=story><h1>Council <b>approves</h1> budget"
                + "<p>The vote was <em>close <p>very close</em> &amp; <unknown-tag>tense</unknown-tag>."
                + "<script>document.cookie</script><img src=x onerror=alert(1)>"
                + "<p>Members said &lt;b&gt;nothing&lt;/b&gt; <!-- a comment --> afterwards"
                + "<style>body{}</style><iframe src=//evil></iframe><table><tr><td>Yes<td>12</table>";
        Article a = importer.importBytes("broken.html", html.getBytes(StandardCharsets.UTF_8)).draft();
        String all = a.headline() + "\n" + a.bodyText();
        assertThat(all).doesNotContain("document.cookie", "alert", "onerror", "body{}", "evil", "comment", "<unknown");
        assertThat(a.headline()).isEqualTo("Council approves");
        assertThat(a.bodyText()).contains("The vote was close", "very close & tense.",
                "Members said <b>nothing</b> afterwards"); // escaped text stays text
        assertThat(a.body()).allSatisfy(p -> assertThat(p.text()).doesNotContain("\n"));
    }

    @Test
    void markdownMadeOfUnmatchedMarkersIsKeptAsTextWithoutBlowingUp() throws Exception {
        String hostile = "# Title\n\n" + "*a _b **c `d [e](f <g ![h][".repeat(40_000) + "\n";
        Article a = importer.importBytes("hostile.md", hostile.getBytes(StandardCharsets.UTF_8)).draft();
        assertThat(a.body()).hasSize(1);
        // markers that pair up become emphasis or code; the words are all still there
        String text = a.bodyText();
        assertThat(text.length()).as("length").isGreaterThan(20 * 40_000);
        assertThat(text.split("f <g ", -1).length - 1).as("count of 'f <g '").isEqualTo(40_000);
    }

    @Test
    void aDocxWithAnExternalEntityDoesNotReadLocalFiles() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>Title &x;</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = docxWith(xml);
        try {
            Article a = importer.importBytes("xxe.docx", docx).draft();
            assertThat(a.headline() + a.bodyText()).doesNotContain("TOP-SECRET");
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith("xxe.docx: ").doesNotContain("TOP-SECRET");
        }
    }

    static byte[] docxWith(String documentXml) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(RELS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(documentXml.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    @Test
    void aDocxThatIsNotAZipIsRefused() {
        byte[] notZip = "This is a plain note saved with the wrong name.".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importBytes("story.docx", notZip))
                .hasMessage("story.docx: not a Word .docx file (not a ZIP archive); not imported");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> importer.importBytes("old.docx", ole))
                .hasMessageStartingWith("old.docx: an old Word 97-2003 .doc file");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("photos/one.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> importer.importBytes("holiday.docx", b.toByteArray()))
                .hasMessageStartingWith("holiday.docx: not a Word .docx file (")
                .hasMessageEndingWith("; not imported");
    }

    @Test
    void aDocxZipBombIsRefused() throws Exception {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> importer.importBytes("bomb.docx", bomb))
                .isInstanceOf(ImportException.class)
                .hasMessage("bomb.docx: refused: a part of the .docx expands far more than a document does (a zip bomb?); not imported");
    }

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";

    /** A .docx whose document.xml inflates from a few tens of KB to 50 MB. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(RELS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                z.write(spaces);
            }
        }
        return b.toByteArray();
    }
}
