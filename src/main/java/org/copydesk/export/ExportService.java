package org.copydesk.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Analyzer;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ExportRecord;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.spelling.SpellChecker;
import org.copydesk.spelling.Spelling;
import org.copydesk.spelling.SpellingContext;
import org.copydesk.storage.AtomicFiles;
import org.copydesk.storage.Workspace;

/**
 * Exports articles of a workspace: analyse, render, write the file atomically into the destination folder as
 * {@code <id>.<extension>}, then mark the article exported and record when, in which format and where. An existing
 * file is never replaced unless asked; when export fails, neither the destination nor the article is changed.
 */
public final class ExportService {
    private static final System.Logger LOG = System.getLogger(ExportService.class.getName());

    /** What one export produced. */
    public record Result(Article article, Path file, List<PreflightFinding> findings, String note) {
        public Result(Article article, Path file, List<PreflightFinding> findings) {
            this(article, file, findings, null);
        }
    }

    /** The article's analysis and preflight findings, computed once and reused by {@link #export}. */
    public record Checked(Article article, Analysis analysis, List<PreflightFinding> findings) {
        public boolean blocked() {
            return Preflight.blocks(findings);
        }
    }

    private final Workspace workspace;
    private final Analyzer analyzer;
    private final Supplier<SpellChecker> spelling;
    private final LinkResolver links;

    public ExportService(Workspace workspace, Analyzer analyzer) {
        this(workspace, analyzer, (SpellChecker) null);
    }

    /** With a spell checker, preflight also warns of misspelt words (the workspace and user word lists apply). */
    public ExportService(Workspace workspace, Analyzer analyzer, SpellChecker spelling) {
        this(workspace, analyzer, () -> spelling);
    }

    /**
     * With the spell checker asked for at each check (it may wait for the checker to be found; null: no spelling), so
     * that a service made before the dictionaries are found still checks spelling once they are.
     */
    public ExportService(Workspace workspace, Analyzer analyzer, Supplier<SpellChecker> spelling) {
        this.spelling = Objects.requireNonNull(spelling, "spelling");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.links = LinkResolver.of(workspace);
    }

    public LinkResolver links() {
        return links;
    }

    /** Loads, analyses and preflights one article (an unreadable article gives an IOException). */
    public Checked check(String id) throws IOException {
        return check(workspace.get(id));
    }

    public Checked check(Article article) {
        Analysis analysis = analyzer.analyze(article);
        SpellChecker spelling = this.spelling.get();
        if (spelling != null) {
            SpellingContext context = SpellingContext.of(article, Spelling.acceptedWords(workspace.root(), System.getenv()));
            analysis = Spelling.withSpelling(analysis, spelling.checkWaiting(article.bodyText(), analysis, context));
        }
        return new Checked(article, analysis, Preflight.check(article, analysis, links));
    }

    /** The file an article would be exported to. */
    public static Path target(Path outDir, String articleId, ExportFormat format) {
        return outDir.resolve(format.fileNameFor(articleId));
    }

    /**
     * The destination folder, refused (in words) when it is a file or lies in the workspace: exports go where the
     * user says and never among the article files, the index, the trash or any other folder of the workspace.
     */
    public Path checkDestination(Path outDir) throws IOException {
        if (outDir.toString().isBlank()) {
            throw new IOException("no destination folder given");
        }
        Path dir = outDir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(outDir + " is a file, not a folder");
        }
        Path real = realPathOfNearest(dir);
        Path ws = realPathOfNearest(workspace.root());
        if (real.startsWith(ws)) {
            throw new IOException("not exported into " + outDir + ": it is inside the workspace (" + workspace.root()
                    + "); choose a folder outside it");
        }
        return dir;
    }

    /**
     * The folder a "choose folder" dialog should start in for what the user typed: the nearest existing folder of it,
     * or null when there is none (nothing typed, not a path, nothing of it exists).
     */
    public static Path nearestFolder(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Path p;
        try {
            p = Path.of(typed.strip()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p;
    }

    /** The real path of {@code p}, through its nearest existing ancestor (links resolved), the rest appended. */
    private static Path realPathOfNearest(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }

    /**
     * Writes the export file and records it on the article. Preflight findings are not enforced here: the caller
     * decides (the command line and the dialog refuse blockers unless forced). The steps run so that a failure at any
     * of them leaves no output file and the article unchanged: render, write a temp file beside the target, record
     * the export on the article (under the workspace lock, on the article as stored now), and only then put the file
     * in place. An article that is read-only (its file unreadable, of a newer format, or naming another id) is
     * exported but not changed; {@link Result#note()} says so.
     *
     * @param overwrite replace an existing file of the same name; otherwise a {@link FileAlreadyExistsException}
     */
    public Result export(Checked checked, ExportFormat format, ExportOptions options, Path outDir, boolean overwrite)
            throws IOException {
        Article article = checked.article();
        Path dir = checkDestination(outDir);
        Path file = target(dir, article.id(), format);
        if (!overwrite && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    file.getFileName() + " already exists in " + file.getParent() + " (not overwritten)");
        }
        if (overwrite && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is a folder; not replaced");
        }
        byte[] bytes;
        try {
            bytes = format.exporter().export(article, checked.analysis(), options.withLinks(links));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "export of " + article.id() + " as " + format.id() + " failed", e);
            throw new IOException("it could not be written as " + format.id() + " (an internal error; nothing was written)", e);
        }
        Files.createDirectories(dir);
        ArticleEntry entry = workspace.exists(article.id()) ? workspace.load(article.id()) : null;
        boolean record = entry != null && entry.ok() && !entry.readOnly();
        try (AtomicFiles.Staged staged = AtomicFiles.stage(file, bytes)) {
            Article saved = article;
            ArticleStatus statusBefore = null;
            List<ExportRecord> exportsBefore = null;
            if (record) {
                Article[] before = new Article[1];
                saved = workspace.update(article.id(), current -> {
                    before[0] = current;
                    List<ExportRecord> records = new ArrayList<>(current.exports());
                    records.add(new ExportRecord(workspace.now(), format.id(), file.toString()));
                    return current.withStatus(ArticleStatus.EXPORTED).withExports(records);
                });
                statusBefore = before[0].status();
                exportsBefore = before[0].exports();
            }
            try {
                staged.commit(overwrite);
            } catch (IOException | RuntimeException e) {
                if (record) {
                    ArticleStatus s = statusBefore;
                    List<ExportRecord> x = exportsBefore;
                    workspace.update(article.id(), current -> current.withStatus(s).withExports(x));
                }
                throw e;
            }
            LOG.log(System.Logger.Level.DEBUG, "exported {0} as {1} to {2}", article.id(), format.id(), file);
            String note = record ? null : "the article is read-only"
                    + (entry != null && entry.error() != null ? " (" + entry.error() + ")" : "") + "; it was not marked exported";
            return new Result(saved, file, checked.findings(), note);
        }
    }
}
