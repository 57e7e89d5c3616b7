package org.copydesk.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;

/**
 * Plain text: the first non-empty line is the headline, blank lines separate paragraphs, lines inside a paragraph
 * are joined with a space. {@link Importer} is the entry point for every format.
 */
public final class PlainTextImporter {
    private PlainTextImporter() {
    }

    /** Decodes strict UTF-8 (a BOM is dropped); a bad byte is an error naming its offset, line and column. */
    public static String decodeUtf8(String fileName, byte[] bytes) throws ImportException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int pos = in.position();
            int[] lc = lineAndColumn(bytes, pos);
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.INVALID_UTF8, pos, lc[0], lc[1],
                    String.format(java.util.Locale.ROOT, "0x%02X", bytes[pos] & 0xFF)));
        }
        dec.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Line and column (1-based, counting characters of UTF-8 text) of byte {@code pos}. */
    static int[] lineAndColumn(byte[] bytes, int pos) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Builds a draft article (id not yet assigned) from plain text. */
    public static Article parse(String fileName, String text, String language, Instant now) throws ImportException {
        String norm = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : norm.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                if (cur.length() > 0) {
                    paragraphs.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                if (cur.length() > 0) {
                    if (paragraphs.isEmpty()) {
                        paragraphs.add(cur.toString());
                        cur.setLength(0);
                    } else {
                        cur.append(' ');
                    }
                }
                cur.append(l);
            }
        }
        if (cur.length() > 0) {
            paragraphs.add(cur.toString());
        }
        if (paragraphs.isEmpty()) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NO_TEXT));
        }
        String headline = paragraphs.remove(0);
        List<Paragraph> body = paragraphs.stream().map(Paragraph::of).toList();
        return Article.draft("new", headline, language, now).withBody(body);
    }

    static ImportResult importText(String fileName, byte[] bytes, String language, Instant now) throws ImportException {
        TextDecoder.Decoded d = TextDecoder.decode(fileName, bytes);
        String lang = Lang.normalize(language);
        Article a = parse(fileName, d.text(), lang == null ? "en" : lang, now);
        List<ImportNote> warnings = d.guessed() ? List.of(encodingWarning(d.encoding())) : List.of();
        return new ImportResult(fileName, "text", d.encoding(), a, warnings);
    }

    static ImportNote encodingWarning(String encoding) {
        return ImportNote.of(ImportNote.Code.GUESSED_ENCODING, encoding);
    }
}
