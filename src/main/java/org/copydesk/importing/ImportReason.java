package org.copydesk.importing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.copydesk.model.MessageKeys;
import org.copydesk.storage.Limits;

/**
 * Why a file could not be imported, as a code with string arguments, as {@link ImportNote} gives a note: the app words
 * it in its interface's language ({@code importReason.<key>} messages), the command line in English
 * ({@link #english()}, the wording `copydesk import` has always printed after the file name).
 */
public record ImportReason(Code code, List<String> args) {
    /**
     * The reasons, each with the kinds of its arguments, one letter an argument: {@code s} a text shown as it is (a
     * format, a charset, a part's name, a system's own message), {@code n} a count (grouped: "20,000,000"),
     * {@code p} a position in the file (a byte, a line, a column: never grouped), {@code b} a size in bytes ("20.0 MB",
     * "1509 bytes"), {@code k} one of a few words the app words itself ({@code importReason.<key>.<word>}).
     */
    public enum Code {
        IS_FOLDER(""),
        NO_SUCH_FILE(""),
        NOT_REGULAR_FILE(""),
        PERMISSION_DENIED(""),
        /** Argument: what the system said. */
        CANNOT_READ("s"),
        /** Arguments: the file's size, the limit. */
        TOO_LARGE("bb"),
        EMPTY(""),
        /** A text file holding only blanks. */
        NO_TEXT(""),
        /** A Word document without a paragraph of text. */
        NO_DOCUMENT_TEXT(""),
        /** A page where no article text was found. */
        NO_HTML_TEXT(""),
        /** Argument: the format's id ("html", "markdown" …). */
        NESTED_TOO_DEEPLY("s"),
        /** Argument: the format's id. */
        OUT_OF_MEMORY("s"),
        /** Arguments: the format's id, what the reader said ("" for nothing worth showing). */
        UNREADABLE_AS("ss"),
        /** Arguments: the field (headline, standfirst, byline, dateline), its length, the most that fits. */
        FIELD_TOO_LONG("knn"),
        /** Arguments: how many paragraphs, the most an article holds. */
        TOO_MANY_PARAGRAPHS("nn"),
        /** Arguments: how many characters, the most an article holds. */
        TEXT_TOO_LONG("nn"),
        /** Text read as ISO-8859-1 holding control characters. */
        CONTROLS_IN_LATIN1(""),
        /** Arguments: the character ("U+0001"), its line and column. */
        CONTROL_CHARACTER("spp"),
        /** Arguments: the encoding (its byte-order mark said so), the byte where it breaks. */
        INVALID_ENCODING("sp"),
        /** Arguments: the byte where UTF-8 breaks, its line and column, the byte ("0x81"); no single-byte encoding fits. */
        NOT_UTF8("ppps"),
        /** The same for a reader that takes only UTF-8 (`copydesk analyze`). */
        INVALID_UTF8("ppps"),
        /** Argument: what kind of file it is (zip, oldOffice, rtf, pdf, png, jpeg, gif). */
        BINARY_FILE("k"),
        /** Argument: the byte where the NUL is. */
        NUL_BYTE("p"),
        OLD_WORD_DOC(""),
        NOT_ZIP_DOCX(""),
        /** Argument: what the reader said. */
        NOT_DOCX("s"),
        /** Argument: what the reader said. */
        UNREADABLE_DOCX("s"),
        /** Argument: the most parts a .docx may have. */
        DOCX_TOO_MANY_PARTS("n"),
        ZIP_BOMB(""),
        /** Arguments: the part's name, the most megabytes a part may hold (twice: what it holds more than, what is read). */
        DOCX_PART_TOO_BIG("snn"),
        /** Argument: the most megabytes a .docx may expand to. */
        DOCX_TOO_BIG("n"),
        /** Argument: what the system said. */
        CANNOT_SAVE("s");

        private final String kinds;

        Code(String kinds) {
            this.kinds = kinds;
        }

        /** The kinds of its arguments, one letter each (see {@link Code}). */
        public String kinds() {
            return kinds;
        }

        /** "tooLarge", "binaryFile" …: the name of its message in the app ({@code importReason.<key>}). */
        public String key() {
            return MessageKeys.of(this);
        }
    }

    public ImportReason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (args.size() != code.kinds().length()) {
            throw new IllegalArgumentException(code + " takes " + code.kinds().length() + " arguments, not " + args.size());
        }
        for (int i = 0; i < args.size(); i++) {
            char kind = code.kinds().charAt(i);
            if ((kind == 'n' || kind == 'p' || kind == 'b') && !args.get(i).matches("\\d+")) {
                throw new IllegalArgumentException(code + ": argument " + i + " is a number, not " + args.get(i));
            }
        }
    }

    public static ImportReason of(Code code, Object... args) {
        return new ImportReason(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The reason in English, as the command line prints it after the file name. */
    public String english() {
        return switch (code) {
            case IS_FOLDER -> "is a folder, not a file";
            case NO_SUCH_FILE -> "no such file";
            case NOT_REGULAR_FILE -> "not a regular file";
            case PERMISSION_DENIED -> "permission denied";
            case CANNOT_READ -> "cannot read (" + arg(0) + ")";
            case TOO_LARGE -> arg(0) + " is larger than the " + arg(1) + " limit; not imported";
            case EMPTY -> "the file is empty; not imported";
            case NO_TEXT -> "the file has no text";
            case NO_DOCUMENT_TEXT -> "the document has no text";
            case NO_HTML_TEXT -> "no article text found in the HTML; not imported";
            case NESTED_TOO_DEEPLY -> "cannot be read as " + arg(0) + " (it is nested too deeply); not imported";
            case OUT_OF_MEMORY -> "too large to read as " + arg(0) + " in the memory Copydesk has; not imported";
            case UNREADABLE_AS -> "cannot be read as " + arg(0) + (args.get(1).isEmpty() ? "" : " (" + arg(1) + ")")
                    + "; not imported";
            case FIELD_TOO_LONG -> "the " + arg(0) + " is " + arg(1) + " characters long; at most " + arg(2)
                    + " fit; not imported";
            case TOO_MANY_PARAGRAPHS -> "the text has " + arg(0) + " paragraphs; an article holds at most " + arg(1)
                    + "; not imported";
            case TEXT_TOO_LONG -> "the text is " + arg(0) + " characters long; an article holds at most " + arg(1)
                    + "; not imported";
            case CONTROLS_IN_LATIN1 -> "control characters in ISO-8859-1 text; not imported";
            case CONTROL_CHARACTER -> "control character " + arg(0) + " at line " + arg(1) + ", column " + arg(2)
                    + ": not a text file";
            case INVALID_ENCODING -> "not valid " + arg(0) + " at byte " + arg(1) + "; not imported";
            case NOT_UTF8 -> "not valid UTF-8 at byte " + arg(0) + " (line " + arg(1) + ", column " + arg(2) + "): byte "
                    + arg(3) + "; not Windows-1252 or ISO-8859-1 text either; not imported";
            case INVALID_UTF8 -> "not valid UTF-8 at byte " + arg(0) + " (line " + arg(1) + ", column " + arg(2)
                    + "): byte " + arg(3);
            case BINARY_FILE -> "is " + arg(0) + ", not text; not imported";
            case NUL_BYTE -> "NUL byte at byte " + arg(0) + ": a binary file, not text; not imported";
            case OLD_WORD_DOC -> "an old Word 97-2003 .doc file, not .docx; save it as .docx in Word first";
            case NOT_ZIP_DOCX -> "not a Word .docx file (not a ZIP archive); not imported";
            case NOT_DOCX -> "not a Word .docx file (" + arg(0) + "); not imported";
            case UNREADABLE_DOCX -> "not a readable Word .docx file (" + arg(0) + "); not imported";
            case DOCX_TOO_MANY_PARTS -> "refused: the .docx has more than " + arg(0)
                    + " parts, far more than a document has; not imported";
            case ZIP_BOMB -> "refused: a part of the .docx expands far more than a document does (a zip bomb?); not imported";
            case DOCX_PART_TOO_BIG -> "refused: its part " + arg(0) + " holds more than " + arg(1) + " MB of text and"
                    + " markup (a story's is far smaller; Copydesk reads up to " + arg(2) + " MB per part); not imported";
            case DOCX_TOO_BIG -> "refused: the .docx expands to more than " + arg(0) + " MB; not imported";
            case CANNOT_SAVE -> "cannot save the article (" + arg(0) + ")";
        };
    }

    /** Argument {@code i} in English: counts grouped, sizes as {@link Limits#size} writes them, the words of a {@code k} argument. */
    private String arg(int i) {
        String a = args.get(i);
        return switch (code.kinds().charAt(i)) {
            case 'n' -> String.format(Locale.ROOT, "%,d", Long.parseLong(a));
            case 'b' -> Limits.size(Long.parseLong(a));
            case 'k' -> englishWord(a);
            default -> a;
        };
    }

    private static String englishWord(String word) {
        return switch (word) {
            case "zip" -> "a ZIP archive (or an Office file)";
            case "oldOffice" -> "an old Office file (Word 97-2003 .doc or similar)";
            case "rtf" -> "an RTF document (save it as .docx or plain text to import it)";
            case "pdf" -> "a PDF file";
            case "png" -> "a PNG image";
            case "jpeg" -> "a JPEG image";
            case "gif" -> "a GIF image";
            default -> word; // headline, standfirst, byline, dateline
        };
    }
}
