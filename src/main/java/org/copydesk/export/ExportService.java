package org.copydesk.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Analyzer;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ExportRecord;
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
    public record Result(Article article, Path file, List<PreflightFinding> findings) {
    }

    /** The article's analysis and preflight findings, computed once and reused by {@link #export}. */
    public record Checked(Article article, Analysis analysis, List<PreflightFinding> findings) {
        public boolean blocked() {
            return Preflight.blocks(findings);
        }
    }

    private final Workspace workspace;
    private final Analyzer analyzer;
    private final LinkResolver links;

    public ExportService(Workspace workspace, Analyzer analyzer) {
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
        return new Checked(article, analysis, Preflight.check(article, analysis, links));
    }

    /**
     * An exported file is for others to read: it keeps the permissions of the file it replaces, else gets
     * rw-r--r-- (the atomic write's temporary file is private). Null where the file system has no POSIX permissions.
     */
    private static Set<PosixFilePermission> permissionsFor(Path file) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        if (!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return null;
        }
        if (Files.exists(file)) {
            return Files.getPosixFilePermissions(file);
        }
        return PosixFilePermissions.fromString("rw-r--r--");
    }

    /** The file an article would be exported to. */
    public static Path target(Path outDir, String articleId, ExportFormat format) {
        return outDir.resolve(format.fileNameFor(articleId));
    }

    /**
     * Writes the export file and records it on the article. Preflight findings are not enforced here: the caller
     * decides (the command line and the dialog refuse blockers unless forced).
     *
     * @param overwrite replace an existing file of the same name; otherwise a {@link FileAlreadyExistsException}
     */
    public Result export(Checked checked, ExportFormat format, ExportOptions options, Path outDir, boolean overwrite)
            throws IOException {
        Article article = checked.article();
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IOException(outDir + " is a file, not a folder");
        }
        Path file = target(outDir, article.id(), format).toAbsolutePath().normalize();
        if (!overwrite && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    file.getFileName() + " already exists in " + file.getParent() + " (not overwritten)");
        }
        byte[] bytes = format.exporter().export(article, checked.analysis(), options.withLinks(links));
        Set<PosixFilePermission> permissions = permissionsFor(file);
        AtomicFiles.write(file, bytes);
        if (permissions != null) {
            Files.setPosixFilePermissions(file, permissions);
        }
        // record on the article as stored now, so that an edit saved since the check is not undone
        Article current = workspace.exists(article.id()) ? workspace.get(article.id()) : article;
        List<ExportRecord> records = new ArrayList<>(current.exports());
        records.add(new ExportRecord(workspace.now(), format.id(), file.toString()));
        Article saved = workspace.save(current.withStatus(ArticleStatus.EXPORTED).withExports(records));
        LOG.log(System.Logger.Level.DEBUG, "exported {0} as {1} to {2}", article.id(), format.id(), file);
        return new Result(saved, file, checked.findings());
    }
}
