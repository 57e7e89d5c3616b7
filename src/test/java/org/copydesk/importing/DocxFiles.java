package org.copydesk.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal .docx files of a chosen size, streamed (the test never holds the document in memory). */
public final class DocxFiles {
    private static final String[] WORDS = {"council", "budget", "minister", "armée", "exercice", "Vostok", "tram",
            "ligne", "vote", "mardi", "port", "strike", "dockers", "Marseille", "nouvelle", "against", "reform"};

    private DocxFiles() {
    }

    /**
     * A .docx whose document.xml is about {@code documentBytes} long: paragraphs of runs, every run with its own
     * language and bold (the costliest shape for a DOM), words drawn with a fixed seed so that it compresses like text.
     */
    public static Path write(Path file, String headline, long documentBytes, long seed) throws IOException {
        Random rnd = new Random(seed);
        try (OutputStream fo = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(fo)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            StringBuilder b = new StringBuilder();
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            b.append("<w:p><w:r><w:t>").append(headline).append("</w:t></w:r></w:p>");
            long written = 0;
            while (written < documentBytes) {
                b.append("<w:p>");
                for (int r = 0; r < 12; r++) {
                    b.append("<w:r><w:rPr><w:b/><w:lang w:val=\"").append(rnd.nextBoolean() ? "fr-FR" : "en-GB")
                            .append("\"/></w:rPr><w:t xml:space=\"preserve\">");
                    for (int w = 0; w < 3; w++) {
                        b.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
                    }
                    b.append("</w:t></w:r>");
                }
                b.append("</w:p>");
                if (b.length() > 64 * 1024) {
                    byte[] chunk = b.toString().getBytes(StandardCharsets.UTF_8);
                    zip.write(chunk);
                    written += chunk.length;
                    b.setLength(0);
                }
            }
            b.append("</w:body></w:document>");
            zip.write(b.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** {@code java ... DocxFiles OUT MEGABYTES}: writes a file for trying an import by hand. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), "Generated document", Long.parseLong(args[1]) * 1024 * 1024, 7);
    }
}
