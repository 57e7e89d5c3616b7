package org.copydesk.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Bytes of a text file to a Java string, never replacing a character: a byte-order mark (UTF-8, UTF-16LE/BE) decides;
 * else strict UTF-8; else the single-byte encoding {@link SingleByteGuess} finds most plausible among Windows-1252
 * (ISO-8859-1), Windows-1250 and ISO-8859-2, if it decodes without a gap. Anything else
 * is an {@link ImportException} naming the file and where the first bad byte is. The result has '\n' line ends and is
 * in Unicode NFC.
 */
final class TextDecoder {
    /** The decoded text and the encoding it was read in (a Java charset name). */
    record Decoded(String text, String encoding, boolean guessed) {
    }

    private TextDecoder() {
    }

    static Decoded decode(String fileName, byte[] bytes) throws ImportException {
        return decode(fileName, bytes, null);
    }

    /**
     * @param declared an encoding the document declares (an HTML meta charset), tried after the BOM and before
     *                 detection; may be null
     */
    static Decoded decode(String fileName, byte[] bytes, String declared) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.EMPTY));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return finish(fileName, strict(fileName, bytes, 3, StandardCharsets.UTF_8), "UTF-8", false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return finish(fileName, strict(fileName, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return finish(fileName, strict(fileName, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        BinarySniffer.rejectBinary(fileName, bytes);
        if (declared != null) {
            Charset cs = charsetOf(declared);
            if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
                String s = tryStrict(bytes, cs);
                if (s != null && noControls(s)) {
                    return finish(fileName, s, cs.name(), false);
                }
            }
        }
        String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return finish(fileName, utf8, "UTF-8", false);
        }
        SingleByteGuess.Guess guess = SingleByteGuess.guess(bytes, TextDecoder::noControls);
        if (guess != null) {
            return finish(fileName, guess.text(), guess.encoding(), true);
        }
        throw utf8Error(fileName, bytes);
    }

    /** ISO-8859-1 labels mean Windows-1252 (as browsers read them): its C1 range holds the curly quotes. */
    private static Charset charsetOf(String name) {
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return Charset.forName("ISO-8859-1");
            }
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Decoded finish(String fileName, String text, String encoding, boolean guessed) throws ImportException {
        if (encoding.equals("ISO-8859-1") && !noControls(text)) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.CONTROLS_IN_LATIN1));
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n').replace('\f', '\n');
        checkControls(fileName, s);
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (s.isBlank()) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NO_TEXT));
        }
        return new Decoded(s, encoding, guessed);
    }

    /**
     * Text may hold tabs, line and page breaks. A few stray control characters (a terminal escape pasted into a note,
     * at most one character in {@link #CONTROLS_PER_CHARACTER}) are left for the importer to remove, like on every
     * other import path; more than that means this is not a text file.
     */
    private static void checkControls(String fileName, String s) throws ImportException {
        int line = 1;
        int col = 1;
        int count = 0;
        ImportReason first = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if (isBadControl(c)) {
                count++;
                if (first == null) {
                    first = ImportReason.of(ImportReason.Code.CONTROL_CHARACTER, String.format(Locale.ROOT, "U+%04X", (int) c),
                            line, col);
                }
            }
            col++;
        }
        if (count > 0 && (long) count * CONTROLS_PER_CHARACTER > s.length()) {
            throw new ImportException(fileName, first);
        }
    }

    /** Text with more than one control character in this many characters is taken for a binary file. */
    static final int CONTROLS_PER_CHARACTER = 100;

    private static boolean isBadControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\u000B' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    static boolean noControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r' && isBadControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static String strict(String fileName, byte[] bytes, int offset, Charset cs) throws ImportException {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.INVALID_ENCODING, cs.name(), in.position()));
        }
        return out.flip().toString();
    }

    static String tryStrict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static ImportException utf8Error(String fileName, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        dec.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int pos = in.position();
        int[] lc = PlainTextImporter.lineAndColumn(bytes, pos);
        return new ImportException(fileName, ImportReason.of(ImportReason.Code.NOT_UTF8, pos, lc[0], lc[1],
                String.format(Locale.ROOT, "0x%02X", bytes[Math.min(pos, bytes.length - 1)] & 0xFF)));
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
