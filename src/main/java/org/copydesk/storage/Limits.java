package org.copydesk.storage;

import java.util.Locale;
import org.copydesk.model.Article;
import org.copydesk.model.MessageKeys;
import org.copydesk.model.Paragraph;

/**
 * The one set of size limits, shared by everything that makes or reads an article: the importers refuse copy beyond
 * them, the workspace refuses to save beyond them (so the editor cannot write what it could not read back), and the
 * reader accepts everything within them. What Copydesk writes, it can read back.
 */
public final class Limits {
    /** Largest file an importer reads (bytes); larger files are refused before a byte is read. */
    public static final long MAX_IMPORT_BYTES = 20L * 1024 * 1024;
    /** Most characters (Java {@code char}s) of an article's text: the body, paragraphs joined by line breaks. */
    public static final int MAX_TEXT_CHARS = 20_000_000;
    /** Most characters of any one string in an article file (headline, a paragraph, a note ...). */
    public static final int MAX_STRING_CHARS = MAX_TEXT_CHARS;
    /** Most paragraphs of an article. */
    public static final int MAX_PARAGRAPHS = 200_000;
    /** Most characters of the headline, standfirst, byline and dateline each. */
    public static final int MAX_FIELD_CHARS = 100_000;
    /**
     * Largest article file the reader opens (bytes): room for {@link #MAX_TEXT_CHARS} characters of three UTF-8 bytes
     * each, plus the marks and the JSON around them. A save that would be larger is refused.
     */
    public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;

    private Limits() {
    }

    /** What is beyond the limits in this article, in words; null when it is within them. */
    public static String problemWith(Article a) {
        Problem p = problemOf(a);
        return p == null ? null : p.english();
    }

    /**
     * What goes beyond a limit: {@code what} is the field ("headline", "standfirst", "byline", "dateline") or
     * "paragraphs" or "text", or "file" (the bytes of the article's file), {@code size} how long or many it is,
     * {@code max} the most that fits. The app words it from its {@link #code()} and these figures
     * ({@code limits.<key>} messages), the command line and the logs in English ({@link #english()}).
     */
    public record Problem(String what, long size, long max) {
        /** Which limit: the name of its message in the app ({@link Code#key()}). */
        public enum Code {
            /** Arguments: the field ({@link Problem#what()}), its length, the most that fits. */
            FIELD_TOO_LONG,
            /** Arguments: how many paragraphs, the most an article holds. */
            TOO_MANY_PARAGRAPHS,
            /** Arguments: how many characters, the most an article holds. */
            TEXT_TOO_LONG,
            /** Arguments: the size of the file in bytes, the largest an article file can be. */
            FILE_TOO_LARGE;

            /** "fieldTooLong", "fileTooLarge" …: the name of its message in the app ({@code limits.<key>}). */
            public String key() {
                return MessageKeys.of(this);
            }
        }

        public Code code() {
            return switch (what) {
                case "paragraphs" -> Code.TOO_MANY_PARAGRAPHS;
                case "text" -> Code.TEXT_TOO_LONG;
                case "file" -> Code.FILE_TOO_LARGE;
                default -> Code.FIELD_TOO_LONG;
            };
        }

        /** "the headline is 1,200 characters long; at most 1,000 fit" … */
        public String english() {
            return switch (code()) {
                case TOO_MANY_PARAGRAPHS -> "the text has " + count(size) + " paragraphs; an article holds at most " + count(max);
                case TEXT_TOO_LONG -> "the text is " + count(size) + " characters long; an article holds at most " + count(max);
                case FILE_TOO_LARGE -> "its file would be " + Limits.size(size) + ", larger than the " + Limits.size(max)
                        + " an article file can be";
                case FIELD_TOO_LONG -> "the " + what + " is " + count(size) + " characters long; at most " + count(max) + " fit";
            };
        }
    }

    /** The first limit the article goes beyond, or null when it fits. */
    public static Problem problemOf(Article a) {
        for (String[] f : new String[][] {{"headline", a.headline()}, {"standfirst", a.standfirst()},
                {"byline", a.byline()}, {"dateline", a.dateline()}}) {
            if (f[1] != null && f[1].length() > MAX_FIELD_CHARS) {
                return new Problem(f[0], f[1].length(), MAX_FIELD_CHARS);
            }
        }
        if (a.body().size() > MAX_PARAGRAPHS) {
            return new Problem("paragraphs", a.body().size(), MAX_PARAGRAPHS);
        }
        long chars = Math.max(0, a.body().size() - 1);
        for (Paragraph p : a.body()) {
            chars += p.text().length();
        }
        if (chars > MAX_TEXT_CHARS) {
            return new Problem("text", chars, MAX_TEXT_CHARS);
        }
        return null;
    }

    /** 20000000 -> "20,000,000". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A size in words: "3.0 GB", "20.0 MB", "512 bytes". */
    public static String size(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes + " bytes";
    }
}
