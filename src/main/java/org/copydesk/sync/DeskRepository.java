package org.copydesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleCodec;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.ArticleFormatException;
import org.copydesk.storage.AtomicFiles;
import org.copydesk.storage.Workspace;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A workspace kept in git: its history (every committed version of every article) and its sync with a remote. The
 * work tree is the workspace folder; only {@code articles/} and {@code .gitignore} are committed ({@code .index/} and
 * {@code .trash/} are ignored). Not thread-safe: one caller at a time (the app runs it on its background executor).
 */
public final class DeskRepository implements AutoCloseable {
    public static final String BRANCH = "main";
    private static final String REMOTE = "origin";
    private static final String ARTICLES = Workspace.ARTICLES + "/";
    private static final String IGNORE = ".index/\n.trash/\n";
    private static final int PUSH_ATTEMPTS = 3;

    private final Workspace workspace;
    private final Git git;
    private final Repository repo;

    private DeskRepository(Workspace workspace, Git git) {
        this.workspace = workspace;
        this.git = git;
        this.repo = git.getRepository();
    }

    /** True when the workspace folder already is a git repository. */
    public static boolean exists(Workspace ws) {
        return Files.isDirectory(ws.root().resolve(".git"));
    }

    /** Opens the workspace's repository, creating it (and ignoring .index/ and .trash/) when there is none. */
    public static DeskRepository open(Workspace ws) throws SyncException {
        try {
            if (exists(ws)) {
                Repository r = new FileRepositoryBuilder().setGitDir(ws.root().resolve(".git").toFile())
                        .setWorkTree(ws.root().toFile()).setMustExist(true).build();
                return new DeskRepository(ws, new Git(r, true));
            }
            Git g = Git.init().setDirectory(ws.root().toFile()).setInitialBranch(BRANCH).call();
            DeskRepository d = new DeskRepository(ws, g);
            d.writeIgnore();
            return d;
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new SyncException("cannot open the workspace's history in " + ws.root() + ": " + e.getMessage(), e);
        }
    }

    private void writeIgnore() throws IOException {
        Path ignore = workspace.root().resolve(Constants.DOT_GIT_IGNORE);
        String now = Files.exists(ignore) ? Files.readString(ignore, StandardCharsets.UTF_8) : "";
        StringBuilder add = new StringBuilder();
        for (String line : IGNORE.split("\n")) {
            if (!now.lines().anyMatch(l -> l.strip().equals(line))) {
                add.append(line).append('\n');
            }
        }
        if (add.length() > 0) {
            String sep = now.isEmpty() || now.endsWith("\n") ? "" : "\n";
            AtomicFiles.write(ignore, (now + sep + add).getBytes(StandardCharsets.UTF_8));
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The author git's configuration gives (the repository's, else the user's), else the login name. */
    public Author configuredAuthor() {
        return Author.fromGitConfig(repo.getConfig());
    }

    /**
     * The author of the settings (File ▸ Sync settings: {@code name}, {@code email}) when a name is set there, else
     * {@link #configuredAuthor()}.
     */
    public Author authorOr(String name, String email) {
        return name == null || name.isBlank() ? configuredAuthor() : new Author(name, email);
    }

    /** The remote this workspace syncs with, if one was set. */
    public Optional<String> remote() {
        return Optional.ofNullable(repo.getConfig().getString("remote", REMOTE, "url"));
    }

    /** Remembers {@code url} as the remote to sync with. */
    public void setRemote(String url) throws SyncException {
        try {
            new URIish(url);
            StoredConfig c = repo.getConfig();
            c.setString("remote", REMOTE, "url", url);
            c.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
            c.save();
        } catch (URISyntaxException e) {
            throw new SyncException("not a remote address: '" + url + "'");
        } catch (IOException e) {
            throw new SyncException("cannot remember the remote: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- committing

    /**
     * Commits every change to the article files since the last commit, whoever made it (Copydesk, another program, a
     * file copied in by hand); empty when there was nothing to commit.
     */
    public Optional<String> commitAll(Author author, String message) throws SyncException {
        return commit(null, author, message);
    }

    /**
     * Commits the changes to these articles only (the editor's coalesced saves); empty when none changed. Looks at
     * these files alone, not at the whole workspace, so it costs the same in a desk of ten or ten thousand articles.
     */
    public Optional<String> commitArticles(Collection<String> ids, Author author, String message) throws SyncException {
        List<String> paths = new ArrayList<>();
        for (String id : ids) {
            paths.add(pathOf(id));
        }
        try {
            ObjectId head = repo.resolve(Constants.HEAD);
            List<String> changed = new ArrayList<>();
            try (ObjectReader reader = repo.newObjectReader(); ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
                RevCommit headCommit = head == null ? null : repo.parseCommit(head);
                for (String path : paths) {
                    Path file = workspace.root().resolve(path);
                    ObjectId before = headCommit == null ? null : blobAt(reader, headCommit, path);
                    ObjectId now = Files.exists(file) ? f.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file)) : null;
                    if (!Objects.equals(before, now)) {
                        changed.add(path);
                    }
                }
            }
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            if (head == null) {
                writeIgnore();
                git.add().addFilepattern(Constants.DOT_GIT_IGNORE).call();
            }
            var commit = git.commit().setMessage(message).setAuthor(author.ident(workspace.now()))
                    .setCommitter(author.ident(workspace.now()));
            for (String path : changed) {
                if (Files.exists(workspace.root().resolve(path))) {
                    git.add().addFilepattern(path).call();
                } else {
                    git.rm().setCached(true).addFilepattern(path).call();
                }
                if (head != null) {
                    commit.setOnly(path);
                }
            }
            RevCommit made = commit.call();
            remember(made, changed);
            return Optional.of(made.name());
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new SyncException("cannot commit: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the history index's line for each article a commit changed, so listing a long history needs neither the
     * commit's trees nor the article's versions. Read back from the commit itself: what was committed, not what the
     * file holds now. A failure only costs speed (the listing works it out), so it is logged.
     */
    private void remember(RevCommit made, List<String> paths) {
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit c = walk.parseCommit(made);
            RevCommit parent = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
            for (String path : paths) {
                String id = idOf(path);
                if (id == null || (parent != null && c.getParentCount() != 1)) {
                    continue;
                }
                ObjectId now = blobAt(reader, c, path);
                ObjectId before = parent == null ? null : blobAt(reader, parent, path);
                if (Objects.equals(now, before)) {
                    continue;
                }
                WordDiff.Result d = WordDiff.compare(text(reader, before, new HashMap<>()), text(reader, now, new HashMap<>()));
                HistoryIndex.append(indexDir(), id, c, new HistoryIndex.Entry(now, true, d.wordsAdded(), d.wordsRemoved()));
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(DeskRepository.class.getName()).log(System.Logger.Level.WARNING, "cannot index the history", e);
        }
    }

    private Optional<String> commit(Set<String> only, Author author, String message) throws SyncException {
        try {
            writeIgnore();
            Status st = git.status().addPath(Workspace.ARTICLES).addPath(Constants.DOT_GIT_IGNORE).call();
            List<String> add = new ArrayList<>();
            List<String> remove = new ArrayList<>();
            for (String p : st.getUntracked()) {
                add.add(p);
            }
            for (String p : st.getModified()) {
                add.add(p);
            }
            for (String p : st.getMissing()) {
                remove.add(p);
            }
            if (only != null) {
                add.removeIf(p -> !only.contains(p));
                remove.removeIf(p -> !only.contains(p));
            }
            add.removeIf(p -> !p.equals(Constants.DOT_GIT_IGNORE) && !(p.startsWith(ARTICLES) && p.endsWith(".json")));
            if (!add.isEmpty()) {
                git.add().addFilepatterns(add).call();
            }
            if (!remove.isEmpty()) {
                var rm = git.rm().setCached(true);
                remove.forEach(rm::addFilepattern);
                rm.call();
            }
            boolean staged = !add.isEmpty() || !remove.isEmpty() || hasStagedChanges(st, only);
            if (!staged) {
                return Optional.empty();
            }
            var commit = git.commit().setMessage(message).setAuthor(author.ident(workspace.now()))
                    .setCommitter(author.ident(workspace.now()));
            if (only != null) {
                // commit just these paths, leaving other staged changes for later
                only.forEach(commit::setOnly);
            }
            RevCommit c = commit.call();
            List<String> committed = new ArrayList<>(add);
            committed.addAll(remove);
            remember(c, committed);
            return Optional.of(c.name());
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new SyncException("cannot commit: " + e.getMessage(), e);
        }
    }

    private static boolean hasStagedChanges(Status st, Set<String> only) {
        List<String> staged = new ArrayList<>(st.getAdded());
        staged.addAll(st.getChanged());
        staged.addAll(st.getRemoved());
        return staged.stream().anyMatch(p -> only == null || only.contains(p));
    }

    // ------------------------------------------------------------------------------------------------- history

    /**
     * The versions of an article, newest first, each with the words it added and removed compared with the version
     * before it (for a merge, its first parent's). Every side's versions are listed: the walk does not simplify merges
     * away the way a path-limited {@code git log} does.
     */
    public List<Version> history(String id) throws SyncException {
        String path = pathOf(id);
        try {
            ObjectId head = repo.resolve(Constants.HEAD);
            List<Version> out = new ArrayList<>();
            if (head == null) {
                return out;
            }
            HistoryIndex index = HistoryIndex.read(indexDir(), id);
            Map<ObjectId, HistoryIndex.Entry> learnt = new LinkedHashMap<>();
            try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
                walk.sort(RevSort.COMMIT_TIME_DESC);
                walk.markStart(walk.parseCommit(head));
                Map<ObjectId, Optional<ObjectId>> blobs = new HashMap<>();
                Map<ObjectId, String> texts = new LinkedHashMap<>();
                for (RevCommit c : walk) {
                    HistoryIndex.Entry e = index.get(c);
                    if (e == null) {
                        e = entry(walk, reader, c, path, blobs, texts, index);
                        learnt.put(c, e);
                    }
                    if (e.changed()) {
                        out.add(new Version(c.name(), Instant.ofEpochSecond(c.getCommitTime()), c.getAuthorIdent().getName(),
                                c.getAuthorIdent().getEmailAddress(), c.getShortMessage(), e.added(), e.removed(), e.blob() == null));
                    }
                }
            }
            index.add(learnt);
            return out;
        } catch (IOException | RuntimeException e) {
            throw new SyncException("cannot read the history of " + id + ": " + e.getMessage(), e);
        }
    }

    /** Works out what a commit did to the article (its history index had no line for it). */
    private HistoryIndex.Entry entry(RevWalk walk, ObjectReader reader, RevCommit c, String path,
                                     Map<ObjectId, Optional<ObjectId>> blobs, Map<ObjectId, String> texts,
                                     HistoryIndex index) throws IOException {
        ObjectId now = blob(walk, reader, c, path, blobs, index);
        boolean changed = c.getParentCount() == 0 ? now != null : true;
        for (RevCommit p : c.getParents()) {
            if (Objects.equals(now, blob(walk, reader, p, path, blobs, index))) {
                changed = false;
            }
        }
        if (!changed) {
            return new HistoryIndex.Entry(now, false, 0, 0);
        }
        ObjectId before = c.getParentCount() == 0 ? null : blob(walk, reader, c.getParent(0), path, blobs, index);
        WordDiff.Result d = WordDiff.compare(text(reader, before, texts), text(reader, now, texts));
        return new HistoryIndex.Entry(now, true, d.wordsAdded(), d.wordsRemoved());
    }

    private Path indexDir() {
        return repo.getDirectory().toPath().resolve("copydesk-history");
    }

    private static ObjectId blob(RevWalk walk, ObjectReader reader, RevCommit c, String path,
                                 Map<ObjectId, Optional<ObjectId>> memo, HistoryIndex index) throws IOException {
        HistoryIndex.Entry known = index.get(c);
        return known != null ? known.blob() : blob(walk, reader, c, path, memo);
    }

    private static ObjectId blob(RevWalk walk, ObjectReader reader, RevCommit c, String path,
                                 Map<ObjectId, Optional<ObjectId>> memo) throws IOException {
        Optional<ObjectId> known = memo.get(c);
        if (known == null) {
            RevCommit parsed = c.getTree() == null ? walk.parseCommit(c) : c;
            known = Optional.ofNullable(blobAt(reader, parsed, path));
            memo.put(c.copy(), known);
        }
        return known.orElse(null);
    }

    private String text(ObjectReader reader, ObjectId blob, Map<ObjectId, String> cache) throws IOException {
        if (blob == null) {
            return "";
        }
        String t = cache.get(blob);
        if (t == null) {
            try {
                t = WordDiff.readingText(ArticleCodec.decode(reader.open(blob).getBytes()).article());
            } catch (ArticleFormatException e) {
                t = "";
            }
            cache.put(blob.copy(), t);
            if (cache.size() > 64) {
                cache.remove(cache.keySet().iterator().next());
            }
        }
        return t;
    }

    private static ObjectId blobAt(ObjectReader reader, RevCommit c, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
            return tw == null ? null : tw.getObjectId(0);
        }
    }

    /** The article as a version held it. */
    public Article articleAt(String id, String rev) throws SyncException {
        String path = pathOf(id);
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit c = walk.parseCommit(resolve(rev));
            ObjectId blob = blobAt(reader, c, path);
            if (blob == null) {
                throw new SyncException("version " + rev + " has no article '" + id + "'");
            }
            return ArticleCodec.decode(reader.open(blob).getBytes()).article();
        } catch (ArticleFormatException e) {
            throw new SyncException("version " + rev + " of " + id + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SyncException("cannot read version " + rev + " of " + id + ": " + e.getMessage(), e);
        }
    }

    private ObjectId resolve(String rev) throws SyncException {
        try {
            ObjectId id = rev == null || rev.isBlank() ? null : repo.resolve(rev + "^{commit}");
            if (id == null) {
                throw new SyncException("no version '" + rev + "' (give a commit id from 'copydesk history ID')");
            }
            return id;
        } catch (IOException | RuntimeException e) {
            throw new SyncException("no version '" + rev + "': " + e.getMessage(), e);
        }
    }

    /** Word-by-word comparison of two versions; a null {@code newer} is the article as it is now in the workspace. */
    public WordDiff.Result diff(String id, String older, String newer) throws SyncException {
        Article a = articleAt(id, older);
        Article b;
        if (newer == null) {
            try {
                ArticleEntry e = workspace.exists(id) ? workspace.load(id) : null;
                b = e == null ? null : e.article();
            } catch (IOException e) {
                throw new SyncException("cannot read " + id + ": " + e.getMessage(), e);
            }
        } else {
            b = articleAt(id, newer);
        }
        return WordDiff.compare(a, b);
    }

    /**
     * Brings back an article as a version held it, as a new save on top of the current one (so restoring is itself a
     * version, and can be undone by restoring the one before), and commits it.
     */
    public Article restore(String id, String rev, Author author) throws SyncException {
        Article old = articleAt(id, rev);
        try {
            Article current = workspace.exists(id) && workspace.load(id).ok() ? workspace.load(id).article() : null;
            Article toSave = current == null ? old : new Article(old.id(), old.headline(), old.standfirst(), old.byline(),
                    old.dateline(), old.language(), old.status(), old.tags(), old.created(), old.modified(), old.body(),
                    old.languageMarks(), old.quoteMarks(), old.links(), old.exports(), current.revision(),
                    old.details(), old.ignoredWords());
            Article saved = workspace.saveOverwriting(toSave);
            commitArticles(List.of(id), author, "Restore " + id + " to version " + rev);
            return saved;
        } catch (IOException e) {
            throw new SyncException("cannot restore " + id + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- sync

    /**
     * Syncs with the remote ({@code url}, remembered for next time; null: the one remembered): commits what changed
     * here, fetches, merges article by article ({@link ArticleMerge}), and pushes. An empty workspace receives the
     * whole desk. Never writes conflict markers: a conflict keeps both versions in the article and is recorded in it.
     */
    public SyncReport sync(String url, Author author) throws SyncException {
        try (RemoteAccess access = RemoteAccess.asking(RemoteSignIn.NONE, new SignInMemory())) {
            return sync(url, author, access);
        }
    }

    /**
     * {@link #sync(String, Author)} reaching the remote through {@code access}: a user name and password, a new ssh
     * server key or a key's passphrase are asked through it. A sign-in cancelled or refused stops the sync before
     * anything of the remote is written in the workspace; the failure says so ({@link SyncFailure#CANCELLED},
     * {@link SyncFailure#AUTH}, {@link SyncFailure#HOST_KEY}).
     */
    public SyncReport sync(String url, Author author, RemoteAccess access) throws SyncException {
        try {
            return syncThrough(url, author, access);
        } catch (SyncException e) {
            throw access.explain(e);
        }
    }

    private SyncReport syncThrough(String url, Author author, RemoteAccess access) throws SyncException {
        if (url != null) {
            setRemote(url);
        }
        String remote = remote().orElseThrow(() -> new SyncException("no remote yet: give one once with --remote URL"));
        try {
            boolean emptyHere = repo.resolve(Constants.HEAD) == null && workspace.ids().isEmpty();
            if (!emptyHere) {
                commitAll(author, "Changes on " + hostName());
            }
        } catch (IOException e) {
            throw new SyncException("cannot read the workspace: " + e.getMessage(), e);
        }
        Report report = new Report();
        for (int attempt = 0; attempt < PUSH_ATTEMPTS; attempt++) {
            try {
                git.fetch().setRemote(REMOTE).setTransportConfigCallback(access).setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/" + REMOTE + "/*")).call();
                ObjectId theirs = repo.resolve("refs/remotes/" + REMOTE + "/" + BRANCH);
                ObjectId ours = repo.resolve(Constants.HEAD);
                if (theirs != null && !theirs.equals(ours)) {
                    // the files are written under the workspace's lock: never in the middle of a save
                    try {
                        workspace.locked(() -> {
                            try {
                                if (ours == null) {
                                    receiveAll(theirs, report);
                                } else {
                                    integrate(ours, theirs, author, report);
                                }
                            } catch (GitAPIException | SyncException e) {
                                throw new LockedFailure(e);
                            }
                            return null;
                        });
                    } catch (LockedFailure e) {
                        if (e.getCause() instanceof SyncException s) {
                            throw s;
                        }
                        throw (GitAPIException) e.getCause();
                    }
                }
                ObjectId now = repo.resolve(Constants.HEAD);
                if (now == null || now.equals(theirs)) {
                    packWhenDue();
                    return report.done(remote, false, now, unresolved(report));
                }
                PushResult pushed = git.push().setRemote(REMOTE).setTransportConfigCallback(access)
                        .setRefSpecs(new RefSpec("refs/heads/" + BRANCH + ":refs/heads/" + BRANCH)).call().iterator().next();
                RemoteRefUpdate u = pushed.getRemoteUpdate("refs/heads/" + BRANCH);
                if (u.getStatus() == RemoteRefUpdate.Status.OK || u.getStatus() == RemoteRefUpdate.Status.UP_TO_DATE) {
                    packWhenDue();
                    return report.done(remote, true, now, unresolved(report));
                }
                if (u.getStatus() != RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD && u.getStatus() != RemoteRefUpdate.Status.REJECTED_REMOTE_CHANGED) {
                    throw new SyncException("the remote refused the desk's versions: " + u.getStatus()
                            + (u.getMessage() == null ? "" : " (" + u.getMessage() + ")"));
                }
                // someone pushed in between: fetch and merge again
            } catch (GitAPIException e) {
                throw new SyncException("cannot reach the remote " + remote + ": " + rootMessage(e), e);
            } catch (IOException | RuntimeException e) {
                throw new SyncException("sync failed: " + rootMessage(e), e);
            }
        }
        throw new SyncException("the remote kept changing while syncing (" + PUSH_ATTEMPTS + " attempts); try again");
    }

    /**
     * Packs the repository when git would (many loose objects): every version is one small file until then, and
     * reading a long history from thousands of them is slow. A failure here only costs speed, so it is logged.
     */
    public void packWhenDue() {
        if (!(repo instanceof FileRepository file)) {
            return;
        }
        try {
            // GarbageCollectCommand has no "auto" switch; JGit's GC (what it runs) has, with git's thresholds
            GC gc = new GC(file);
            gc.setAuto(true);
            gc.gc().get();
        } catch (IOException | ParseException | GitAPIException | ExecutionException | RuntimeException e) {
            System.getLogger(DeskRepository.class.getName()).log(System.Logger.Level.WARNING, "cannot pack the history", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    /** Packs the repository now (what git gc does). */
    public void pack() throws SyncException {
        try {
            git.gc().call();
        } catch (GitAPIException | RuntimeException e) {
            throw new SyncException("cannot pack the history: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return t == e || t.getMessage() == null || m.contains(t.getMessage()) ? m : m + ": " + t.getMessage();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this desk";
        }
    }

    /** The conflicts to report: this sync's, and earlier ones still in their articles. */
    private List<String> unresolved(Report report) {
        Set<String> ids = new TreeSet<>(readOpenList());
        for (SyncReport.ConflictedArticle c : report.conflicts) {
            ids.add(c.id());
        }
        ids.addAll(report.receivedWithConflicts);
        List<String> still = new ArrayList<>();
        for (String id : ids) {
            if (!openConflicts(id).isEmpty()) {
                still.add(id);
            }
        }
        for (SyncReport.ConflictedArticle c : report.conflicts) {
            if (!still.contains(c.id()) && c.conflicts().stream().anyMatch(x -> x.field().equals("file"))) {
                still.add(c.id()); // a file that could not be merged: reported, not recorded in it
            }
        }
        writeOpenList(still);
        return still;
    }

    /** The conflicts recorded in an article's file (none when it is gone or unreadable). */
    public List<Conflict> openConflicts(String id) {
        try {
            if (!workspace.exists(id)) {
                return List.of();
            }
            return ConflictRecords.read(ArticleCodec.decode(Files.readAllBytes(workspace.fileOf(id))).unknownFields());
        } catch (IOException | ArticleFormatException | RuntimeException e) {
            return List.of();
        }
    }

    private Path openListFile() {
        return repo.getDirectory().toPath().resolve("copydesk-conflicts");
    }

    private List<String> readOpenList() {
        try {
            Path f = openListFile();
            return Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void writeOpenList(List<String> ids) {
        try {
            AtomicFiles.write(openListFile(), String.join("\n", ids).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.getLogger(DeskRepository.class.getName()).log(System.Logger.Level.WARNING, "cannot write the list of conflicts", e);
        }
    }

    private static final class Report {
        final List<String> received = new ArrayList<>();
        final List<String> merged = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        final List<String> editKept = new ArrayList<>();
        final List<SyncReport.ConflictedArticle> conflicts = new ArrayList<>();
        final List<String> receivedWithConflicts = new ArrayList<>();

        SyncReport done(String remote, boolean sent, ObjectId head, List<String> unresolved) {
            return new SyncReport(remote, received, merged, deleted, editKept, conflicts, unresolved, sent,
                    head == null ? null : head.name());
        }
    }

    /** Carries a failure out of {@link Workspace#locked}, which lets only IOException through. */
    private static final class LockedFailure extends IOException {
        LockedFailure(Exception cause) {
            super(cause);
        }
    }

    /**
     * The remote address for what a person typed: a URL ({@code ssh://}, {@code https://}, {@code git://},
     * {@code file://}, or {@code user@host:path}) as it is; a folder as a {@code file://} URL. A folder that is missing
     * or empty becomes a new bare repository, the shared desk others sync with; a folder holding something else is
     * refused.
     */
    public static String remoteFor(String typed) throws SyncException {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new SyncException("not a remote address: ''");
        }
        if (t.contains("://") || t.matches("[^/\\\\]+@[^/:]+:.*")) {
            try {
                new URIish(t);
                return t;
            } catch (URISyntaxException e) {
                throw new SyncException("not a remote address: '" + t + "'");
            }
        }
        Path dir;
        try {
            dir = Path.of(t.startsWith("~/") ? System.getProperty("user.home") + t.substring(1) : t).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new SyncException("not a remote address: '" + t + "'");
        }
        try {
            boolean empty = !Files.exists(dir);
            if (!empty && Files.isDirectory(dir)) {
                try (var in = Files.list(dir)) {
                    empty = in.findAny().isEmpty();
                }
            }
            if (empty) {
                Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch(BRANCH).call().close();
            } else if (!Files.isRegularFile(dir.resolve("HEAD")) && !Files.isDirectory(dir.resolve(".git"))) {
                throw new SyncException("the folder " + dir + " holds files but no desk repository; choose an empty folder or an existing desk");
            }
            return dir.toUri().toString();
        } catch (IOException | GitAPIException e) {
            throw new SyncException("cannot create a desk repository in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An empty workspace takes the remote's desk as it is. */
    private void receiveAll(ObjectId theirs, Report report) throws IOException, GitAPIException {
        RefUpdate ru = repo.updateRef(Constants.R_HEADS + BRANCH);
        ru.setNewObjectId(theirs);
        ru.setRefLogMessage("sync: received the desk", false);
        ru.forceUpdate();
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(theirs.name()).call();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(walk.parseCommit(theirs).getTree());
            tw.setRecursive(true);
            tw.setFilter(PathFilter.create(Workspace.ARTICLES));
            while (tw.next()) {
                String id = idOf(tw.getPathString());
                if (id != null) {
                    report.received.add(id);
                }
            }
        }
        for (String id : report.received) {
            if (!openConflicts(id).isEmpty()) {
                report.receivedWithConflicts.add(id);
            }
        }
    }

    private record Change(String path, ObjectId base, ObjectId ours, ObjectId theirs) {
    }

    /** Brings the remote's versions in: a fast-forward when only they changed, else Copydesk's own merge commit. */
    private void integrate(ObjectId ours, ObjectId theirs, Author author, Report report) throws IOException, SyncException {
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader();
             ObjectInserter inserter = repo.newObjectInserter()) {
            RevCommit o = walk.parseCommit(ours);
            RevCommit t = walk.parseCommit(theirs);
            if (walk.isMergedInto(t, o)) {
                return; // we already have everything they have
            }
            walk.reset();
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ours));
            walk.markStart(walk.parseCommit(theirs));
            RevCommit base = walk.next();
            walk.reset();
            walk.setRevFilter(RevFilter.ALL);
            boolean fastForward = base != null && base.equals(o);

            List<Change> changes = new ArrayList<>();
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(base == null ? new EmptyTreeIterator() : parser(reader, walk.parseCommit(base).getTree()));
                tw.addTree(parser(reader, o.getTree()));
                tw.addTree(parser(reader, t.getTree()));
                tw.setRecursive(true);
                tw.setFilter(AndTreeFilter.create(PathFilter.create(Workspace.ARTICLES), TreeFilter.ANY_DIFF));
                while (tw.next()) {
                    changes.add(new Change(tw.getPathString(), idOrNull(tw, 0), idOrNull(tw, 1), idOrNull(tw, 2)));
                }
            }

            DirCache dc = repo.lockDirCache();
            try {
                DirCacheEditor editor = dc.editor();
                for (Change c : changes) {
                    String id = idOf(c.path());
                    if (id == null || Objects.equals(c.ours(), c.theirs()) || Objects.equals(c.theirs(), c.base())) {
                        continue; // not an article, the same on both sides, or only we changed it
                    }
                    if (Objects.equals(c.ours(), c.base())) {
                        take(c.path(), c.theirs(), reader, editor);
                        if (c.theirs() == null) {
                            report.deleted.add(id);
                        } else {
                            report.received.add(id);
                            if (!conflictsIn(reader, c.theirs()).isEmpty()) {
                                report.receivedWithConflicts.add(id);
                            }
                        }
                        continue;
                    }
                    if (c.ours() == null || c.theirs() == null) {
                        // deleted on one side, edited on the other: the edit wins, the delete is reported
                        report.editKept.add(id);
                        if (c.ours() == null) {
                            take(c.path(), c.theirs(), reader, editor);
                        }
                        continue;
                    }
                    mergeArticle(id, c, reader, inserter, editor, report);
                }
                editor.finish();
                ObjectId tree = dc.writeTree(inserter);
                if (fastForward) {
                    // only they changed: move to their commit, no merge commit needed
                    moveHead(ours, theirs, "sync: fast-forward");
                } else {
                    CommitBuilder cb = new CommitBuilder();
                    cb.setTreeId(tree);
                    cb.setParentIds(ours, theirs);
                    cb.setAuthor(author.ident(workspace.now()));
                    cb.setCommitter(author.ident(workspace.now()));
                    cb.setMessage(mergeMessage(report));
                    ObjectId commit = inserter.insert(cb);
                    inserter.flush();
                    moveHead(ours, commit, "sync: merge");
                }
                dc.write();
                dc.commit();
            } finally {
                dc.unlock();
            }
        }
    }

    private static String mergeMessage(Report r) {
        StringBuilder sb = new StringBuilder("Sync: merge");
        if (!r.merged.isEmpty()) {
            sb.append("\n\nMerged: ").append(String.join(", ", r.merged));
        }
        if (!r.conflicts.isEmpty()) {
            sb.append("\nConflicts kept for the editor: ")
                    .append(String.join(", ", r.conflicts.stream().map(SyncReport.ConflictedArticle::id).toList()));
        }
        if (!r.editKept.isEmpty()) {
            sb.append("\nDeleted on one side, edit kept: ").append(String.join(", ", r.editKept));
        }
        return sb.toString();
    }

    private void moveHead(ObjectId expected, ObjectId to, String why) throws IOException, SyncException {
        RefUpdate ru = repo.updateRef(Constants.R_HEADS + BRANCH);
        ru.setExpectedOldObjectId(expected);
        ru.setNewObjectId(to);
        ru.setRefLogMessage(why, false);
        RefUpdate.Result r = ru.update();
        if (r != RefUpdate.Result.FAST_FORWARD && r != RefUpdate.Result.FORCED && r != RefUpdate.Result.NEW && r != RefUpdate.Result.NO_CHANGE) {
            throw new SyncException("cannot move the desk to the synced version: " + r);
        }
    }

    private void mergeArticle(String id, Change c, ObjectReader reader, ObjectInserter inserter, DirCacheEditor editor,
                              Report report) throws IOException {
        ArticleCodec.Decoded mine;
        ArticleCodec.Decoded theirs;
        ArticleCodec.Decoded base = null;
        try {
            mine = ArticleCodec.decode(reader.open(c.ours()).getBytes());
            theirs = ArticleCodec.decode(reader.open(c.theirs()).getBytes());
            if (c.base() != null) {
                base = ArticleCodec.decode(reader.open(c.base()).getBytes());
            }
        } catch (ArticleFormatException e) {
            // a side that cannot be read cannot be merged: ours stays, theirs stays in history, and it is reported
            report.conflicts.add(new SyncReport.ConflictedArticle(id, List.of(new Conflict("file",
                    List.of("kept this desk's file"), List.of("the other file cannot be read (" + e.getMessage()
                            + "); it is in the history at " + c.theirs().name())))));
            return;
        }
        ArticleMerge.Result r = ArticleMerge.merge(base == null ? null : base.article(), mine.article(), theirs.article());
        Map<String, JsonNode> unknown = ConflictRecords.merge(base == null ? Map.of() : base.unknownFields(),
                mine.unknownFields(), theirs.unknownFields(), r.conflicts());
        byte[] bytes = ArticleCodec.encode(r.article(), unknown);
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, bytes);
        Path file = workspace.root().resolve(c.path());
        AtomicFiles.write(file, bytes);
        stage(editor, c.path(), blob, file);
        report.merged.add(id);
        if (!r.conflicts().isEmpty()) {
            report.conflicts.add(new SyncReport.ConflictedArticle(id, r.conflicts()));
        }
    }

    private List<Conflict> conflictsIn(ObjectReader reader, ObjectId blob) {
        try {
            return ConflictRecords.read(ArticleCodec.decode(reader.open(blob).getBytes()).unknownFields());
        } catch (IOException | ArticleFormatException e) {
            return List.of();
        }
    }

    /** Puts their version of a file (null: deleted) in the work tree and the index. */
    private void take(String path, ObjectId blob, ObjectReader reader, DirCacheEditor editor) throws IOException {
        Path file = workspace.root().resolve(path);
        if (blob == null) {
            Files.deleteIfExists(file);
            editor.add(new DirCacheEditor.DeletePath(path));
            return;
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, reader.open(blob).getBytes());
        stage(editor, path, blob, file);
    }

    private static void stage(DirCacheEditor editor, String path, ObjectId blob, Path file) throws IOException {
        long length = Files.size(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry ent) {
                ent.setFileMode(FileMode.REGULAR_FILE);
                ent.setObjectId(blob);
                ent.setLength(length);
                ent.setLastModified(modified);
            }
        });
    }

    private static ObjectId idOrNull(TreeWalk tw, int n) {
        return tw.getFileMode(n) == FileMode.MISSING ? null : tw.getObjectId(n);
    }

    private static AbstractTreeIterator parser(ObjectReader reader, ObjectId tree) throws IOException {
        CanonicalTreeParser p = new CanonicalTreeParser();
        p.reset(reader, tree);
        return p;
    }

    private static String idOf(String path) {
        if (!path.startsWith(ARTICLES) || !path.endsWith(".json") || path.indexOf('/', ARTICLES.length()) >= 0) {
            return null;
        }
        return path.substring(ARTICLES.length(), path.length() - ".json".length());
    }

    private String pathOf(String id) {
        workspace.fileOf(id); // validates the id
        return ARTICLES + id + ".json";
    }

    @Override
    public void close() {
        git.close();
    }
}
