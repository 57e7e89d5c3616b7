package org.copydesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.storage.Limits;
import org.copydesk.storage.Workspace;

/**
 * The one way copy comes in from files: picks the reader by extension and content ({@code .txt} and unknown text,
 * {@code .md}/{@code .markdown}, {@code .html}/{@code .htm}, {@code .docx}), refuses what is too big (before reading a
 * byte), empty or binary, and gives back a draft article — not yet in the workspace — with warnings. Every failure is
 * an {@link ImportException} whose one-line message starts with the file name. Thread-safe; pure (reads only the one
 * file).
 */
public final class Importer {
    /** The one import size limit ({@link org.copydesk.storage.Limits#MAX_IMPORT_BYTES}). */
    public static final long DEFAULT_MAX_BYTES = Limits.MAX_IMPORT_BYTES;

    /** The formats a file can be read as, with the id used in results and messages. */
    public enum Format {
        TEXT("text"), MARKDOWN("markdown"), HTML("html"), DOCX("docx");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final String language;
    private final long maxBytes;
    private final Supplier<Instant> clock;
    private final Predicate<String> knownIds;

    /** Primary language from each document (else English), 20 MB limit, no workspace to match links against. */
    public Importer() {
        this(null, DEFAULT_MAX_BYTES, Instant::now, id -> false);
    }

    /**
     * @param language primary language of the copy (BCP-47), or null to take the document's declared one (else "en")
     * @param maxBytes files larger than this are refused unread
     * @param knownIds ids of articles in the workspace: a URL whose last segment is one of them is a related link
     */
    public Importer(String language, long maxBytes, Supplier<Instant> clock, Predicate<String> knownIds) {
        this.language = language == null || language.isBlank() ? null : language;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.knownIds = knownIds == null ? id -> false : knownIds;
    }

    /** An importer for this workspace: its clock, and URLs naming one of its articles become related links. */
    public static Importer forWorkspace(Workspace ws, String language) {
        return new Importer(language, DEFAULT_MAX_BYTES, ws::now, ws::exists);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads one file into a draft article; throws with a one-line message naming the file. */
    public ImportResult importFile(Path file) throws ImportException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(name, ImportReason.of(ImportReason.Code.IS_FOLDER));
        }
        if (!Files.exists(file)) {
            throw new ImportException(name, ImportReason.of(ImportReason.Code.NO_SUCH_FILE));
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(name, ImportReason.of(ImportReason.Code.NOT_REGULAR_FILE));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooBig(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw tooBig(name, bytes.length);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(name, ImportReason.of(ImportReason.Code.NO_SUCH_FILE));
        } catch (AccessDeniedException e) {
            throw new ImportException(name, ImportReason.of(ImportReason.Code.PERMISSION_DENIED));
        } catch (IOException e) {
            throw new ImportException(name, ImportReason.of(ImportReason.Code.CANNOT_READ, String.valueOf(e.getMessage())), e);
        }
        return importBytes(name, bytes);
    }

    private ImportException tooBig(String name, long size) {
        return new ImportException(name, ImportReason.of(ImportReason.Code.TOO_LARGE, size, maxBytes));
    }

    /** Reads the bytes of a file called {@code fileName} (used for messages and to pick the format). */
    public ImportResult importBytes(String fileName, byte[] bytes) throws ImportException {
        if (bytes.length > maxBytes) {
            throw tooBig(fileName, bytes.length);
        }
        if (bytes.length == 0) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.EMPTY));
        }
        Format f = formatOf(fileName, bytes);
        ImportResult r;
        try {
            r = switch (f) {
                case TEXT -> PlainTextImporter.importText(fileName, bytes, language, clock.get());
                case MARKDOWN -> MarkdownImporter.importMarkdown(fileName, bytes, language, clock.get(), knownIds);
                case HTML -> HtmlImporter.importHtml(fileName, bytes, language, clock.get(), knownIds);
                case DOCX -> DocxImporter.importDocx(fileName, bytes, language, clock.get(), knownIds);
            };
        } catch (StackOverflowError e) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NESTED_TOO_DEEPLY, f.id()), e);
        } catch (OutOfMemoryError e) {
            // the parts are capped so that this should not happen; if it does, this file fails and the batch goes on
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.OUT_OF_MEMORY, f.id()));
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.UNREADABLE_AS, f.id(),
                    m.isBlank() || m.matches(".*\\b(java|org|com)\\.[a-z]+\\..*") ? "" : m), e);
        }
        Article clean = ControlCharacters.strip(r.draft());
        Limits.Problem problem = Limits.problemOf(clean);
        if (problem != null) {
            throw new ImportException(fileName, switch (problem.what()) {
                case "paragraphs" -> ImportReason.of(ImportReason.Code.TOO_MANY_PARAGRAPHS, problem.size(), problem.max());
                case "text" -> ImportReason.of(ImportReason.Code.TEXT_TOO_LONG, problem.size(), problem.max());
                default -> ImportReason.of(ImportReason.Code.FIELD_TOO_LONG, problem.what(), problem.size(), problem.max());
            });
        }
        Article headed = Headlines.choose(clean);
        if (headed != clean) {
            return new ImportResult(r.fileName(), r.format(), r.encoding(), headed, r.notes(), clean.headline());
        }
        return clean == r.draft() ? r : new ImportResult(r.fileName(), r.format(), r.encoding(), clean, r.notes());
    }

    /** The format by extension; for other extensions, by content (a ZIP is tried as .docx, a page as HTML). */
    public static Format formatOf(String fileName, byte[] head) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            return Format.DOCX;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Format.TEXT;
        }
        if (BinarySniffer.isZip(head)) {
            return Format.DOCX;
        }
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                && start.contains("<html")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** File-name extensions the importer understands (for file choosers). */
    public static List<String> extensions() {
        return List.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx");
    }

    /**
     * Paragraphs of pasted HTML (a fragment from the clipboard): block elements become paragraphs, headings
     * subheadings, {@code <blockquote>} block quotes, {@code <em>}/{@code <strong>} inline emphasis; scripts, styles
     * and forms are dropped, and no markup reaches the text.
     */
    public static List<Paragraph> fromHtmlFragment(String html) {
        return HtmlImporter.fragment(html);
    }

    /**
     * Paragraphs of pasted plain text: one per line, whatever the line breaks ({@code \r\n}, {@code \r},
     * {@code \n}); control characters other than tab are dropped. Never throws.
     */
    public static List<Paragraph> fromTextFragment(String text) {
        if (text == null) {
            return List.of();
        }
        StringBuilder kept = new StringBuilder(text.length());
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                kept.append(c);
            }
        }
        List<Paragraph> out = new ArrayList<>();
        for (String line : kept.toString().split("\n", -1)) {
            out.add(Paragraph.of(line));
        }
        return out;
    }
}
