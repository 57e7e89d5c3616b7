package org.copydesk.ui.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import javafx.util.Duration;
import org.copydesk.editing.LinkEditing;
import org.copydesk.editing.StoryEditing;
import org.copydesk.model.Article;
import org.copydesk.storage.Settings;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.Author;
import org.copydesk.sync.Conflict;
import org.copydesk.sync.ConflictRecords;
import org.copydesk.sync.DeskQueue;
import org.copydesk.sync.DeskRepository;
import org.copydesk.sync.RemoteAccess;
import org.copydesk.sync.RemoteSignIn;
import org.copydesk.sync.SaveCommits;
import org.copydesk.sync.SignInMemory;
import org.copydesk.sync.SyncFailure;
import org.copydesk.sync.SyncReport;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.editor.ArticleEditor;

/**
 * The desk's history and sync in the app: the editor's saves committed (coalesced, on the git thread), File ▸ Sync
 * (and in the background every few minutes once a remote is set), the sync dialog, and the History panel. All git
 * work runs on the {@link DeskQueue}'s thread; results come back to the FX thread.
 */
public final class DeskFeature {
    private static final System.Logger LOG = System.getLogger(DeskFeature.class.getName());
    /** The saves of an article within this time become one commit. */
    public static final long COMMIT_WINDOW_MILLIS = 3 * 60_000;
    /** How often the desk syncs by itself once a remote is set. */
    public static final Duration BACKGROUND_SYNC = Duration.minutes(5);

    private final UiContext ctx;
    private final Window owner;
    private final ArticleEditor editor;
    private final Settings settings;
    private final Path settingsFile;
    private final Consumer<String> status;
    private final Consumer<SyncReport> synced;
    private final DeskQueue queue;
    private final SaveCommits commits;
    private final HistoryPanel history;
    private final ConflictBar conflicts;
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper remote = new ReadOnlyStringWrapper();
    private final Timeline background;
    /** The https passwords, ssh passphrases and server keys trusted once in this session: in memory only. */
    private final SignInMemory signIns = new SignInMemory();
    private final SignInDialogs signInDialogs;
    private SyncDialog dialog;

    /**
     * @param status   shows a one-line message in the status bar
     * @param synced   told after each sync that changed files (the window reloads the list and the open article)
     */
    public DeskFeature(UiContext ctx, Window owner, ArticleEditor editor, Settings settings, Path settingsFile,
                       Consumer<String> status, Consumer<SyncReport> synced) {
        this.ctx = ctx;
        this.owner = owner;
        this.editor = editor;
        this.settings = settings;
        this.settingsFile = settingsFile;
        this.status = status;
        this.synced = synced;
        this.queue = new DeskQueue(ctx.workspace());
        this.commits = new SaveCommits(queue, this::author, COMMIT_WINDOW_MILLIS);
        this.history = new HistoryPanel(ctx, queue, editor, this::author, commits::flush);
        commits.onCommitted(id -> Platform.runLater(() -> history.committed(id)));
        this.conflicts = new ConflictBar(ctx, editor, status);
        this.signInDialogs = new SignInDialogs(ctx, () -> dialog != null && dialog.isShowing() ? dialog.stage() : owner);
        editor.addBanner(conflicts.view());
        // an article opened, saved or reloaded after a sync: the conflicts its file records are read again
        editor.articleProperty().addListener((o, before, now) -> readConflicts(now == null ? null : now.id()));
        // a change on disk (a sync, another program) merged with unsaved edits of the same paragraph: both versions are
        // in the body, saved; the conflicts are recorded in the file like a sync's, and the bar shows them
        editor.setConflictKeeper((id, found) -> ctx.desk().run(ws -> ConflictRecords.add(ws, id, found))
                .whenComplete((open, e) -> {
                    if (e != null) {
                        LOG.log(System.Logger.Level.WARNING, "cannot record the conflicts of " + id, e);
                        status.accept(ctx.text("conflict.failed", e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
                    } else {
                        commits.flush(id); // both versions, and the conflict, go into the history now
                    }
                    readConflicts(id);
                }));
        ctx.workspace().addListener(new Workspace.Listener() {
            @Override
            public void saved(Article article) {
                commits.saved(article.id());
            }

            @Override
            public void deleted(String id) {
                commits.saved(id);
            }
        });
        queue.submitIfHistory(r -> r.remote().orElse(null))
                .thenAccept(url -> Platform.runLater(() -> remote.set(url)));
        background = new Timeline(new KeyFrame(BACKGROUND_SYNC, e -> syncInBackground()));
        background.setCycleCount(Timeline.INDEFINITE);
        background.play();
    }

    private void readConflicts(String id) {
        if (id == null) {
            conflicts.show(null, List.of());
            return;
        }
        // the file is read on the desk thread, in order with the saves (and with or without a history)
        ctx.desk().run(ws -> ConflictRecords.of(ws, id))
                .whenComplete((found, e) -> {
                    Article open = editor.articleProperty().get();
                    if (open != null && open.id().equals(id)) {
                        conflicts.show(id, found == null ? List.of() : found);
                    }
                });
    }

    /**
     * The Story tab's history and the link history: a conflict's choice on a story fact or a link becomes a step of
     * one of them, undone and redone there like any other.
     */
    public void useHistories(StoryEditing<Conflict> facts, LinkEditing links) {
        conflicts.useHistories(facts, links);
    }

    ConflictBar conflicts() {
        return conflicts;
    }

    /** The author of commits: the name and e-mail of the settings; null (git's configuration) when no name is set. */
    Author author() {
        return settings.authorName().isBlank() ? null : new Author(settings.authorName(), settings.authorEmail());
    }

    public DeskQueue queue() {
        return queue;
    }

    public SaveCommits commits() {
        return commits;
    }

    public HistoryPanel history() {
        return history;
    }

    /** The remote the desk syncs with (null until one is set). */
    public ReadOnlyStringProperty remoteProperty() {
        return remote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** File ▸ Sync (F9): syncs now; the first time, asks for the remote. */
    public MenuItem syncMenuItem() {
        return syncMenuItem(ctx, new SimpleObjectProperty<>(this));
    }

    /**
     * File ▸ Sync (F9) for a desk that may not exist yet (the window's first picture comes before it): disabled until
     * {@code desk} holds one, then syncing with it.
     */
    public static MenuItem syncMenuItem(UiContext ctx, ObservableValue<DeskFeature> desk) {
        MenuItem mi = ctx.menuItem("menu.file.sync", "F9", () -> {
            if (desk.getValue() != null) {
                desk.getValue().sync(true);
            }
        });
        mi.disableProperty().bind(desk.flatMap(d -> d.syncing).orElse(true));
        return mi;
    }

    /** File ▸ Sync settings…: the remote, and the name and e-mail written into the history. */
    public MenuItem settingsMenuItem() {
        return settingsMenuItem(ctx, new SimpleObjectProperty<>(this));
    }

    /** File ▸ Sync settings… for a desk that may not exist yet: disabled until {@code desk} holds one. */
    public static MenuItem settingsMenuItem(UiContext ctx, ObservableValue<DeskFeature> desk) {
        MenuItem mi = ctx.menuItem("menu.file.syncSettings", null, () -> {
            DeskFeature d = desk.getValue();
            if (d != null) {
                d.dialog().showSetup(d.remote.get());
            }
        });
        mi.disableProperty().bind(desk.map(d -> false).orElse(true));
        return mi;
    }

    /** The editor left an article (switch, close): its saves are committed now. */
    public void left(String id) {
        if (id != null) {
            commits.flush(id);
        }
    }

    /** The article the History panel shows. */
    public void showing(String id) {
        history.show(id);
    }

    /**
     * The window closes: pending saves are committed, on a thread the JVM waits for. The answer completes once the
     * history is closed (nothing of it writes in the workspace after that).
     */
    public CompletableFuture<Void> closing() {
        background.stop();
        CompletableFuture<Void> last = commits.flushAll();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                last.join();
            } catch (CompletionException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot commit the last saves", e.getCause());
            } finally {
                queue.close(30_000);
                signIns.clear();
                closed.complete(null);
            }
        }, "copydesk-last-commit");
        t.setDaemon(false);
        t.start();
        return closed;
    }

    SyncDialog dialog() {
        if (dialog == null) {
            dialog = new SyncDialog(ctx, owner, settings, this::setUp);
        }
        return dialog;
    }

    /** The dialog's answer: remember the author (settings) and the remote (repository), then sync. */
    private void setUp(SyncDialog.Answer answer) {
        settings.setAuthorName(answer.name());
        settings.setAuthorEmail(answer.email());
        if (settingsFile != null) {
            ctx.background().submit(() -> {
                try {
                    settings.save(settingsFile);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot save the settings", e);
                }
            });
        }
        if (answer.remote().isBlank()) {
            // history without a remote: the desk keeps its versions here
            queue.submit(r -> r.commitAll(author(r), "Start the desk's history"))
                    .whenComplete((c, e) -> Platform.runLater(() -> {
                        dialog.close();
                        history.refresh();
                        status.accept(e == null ? ctx.text("history.started") : error(e));
                    }));
            return;
        }
        dialog.showProgress(answer.remote());
        queue.submit(r -> {
            String url = DeskRepository.remoteFor(answer.remote());
            r.setRemote(url);
            return url;
        }).whenComplete((url, e) -> Platform.runLater(() -> {
            if (e != null) {
                dialog.showError(error(e));
                return;
            }
            remote.set(url);
            sync(true);
        }));
    }

    private Author author(DeskRepository r) {
        Author a = author();
        return a != null ? a : r.configuredAuthor();
    }

    /** Syncs now. {@code asked}: the user asked (the dialog shows progress and result), else a background round. */
    public void sync(boolean asked) {
        if (syncing.get()) {
            return;
        }
        if (remote.get() == null) {
            if (asked) {
                dialog().showSetup(null);
            }
            return;
        }
        if (asked) {
            // the save is written on the desk thread; the round starts once it is on disk
            editor.save().thenAccept(ok -> {
                if (ok && !syncing.get()) {
                    dialog().showProgress(remote.get());
                    startSync(true);
                }
            });
            return;
        }
        // unsaved edits wait in the editor: what the round changes in the open article merges with them there
        startSync(false);
    }

    private void startSync(boolean asked) {
        syncing.set(true);
        String url = remote.get();
        status.accept(ctx.text("sync.running", url));
        commits.flushAll().handle((v, e) -> null)
                .thenCompose(v -> queue.submit(r -> {
                    // asked: a sign-in the remote wants is asked in dialogs; in the background only what this
                    // session remembers is used (a question stops the round, and the status bar says to press F9)
                    try (RemoteAccess access = RemoteAccess.asking(asked ? signInDialogs : RemoteSignIn.NONE, signIns)) {
                        return r.sync(null, author(r), access);
                    }
                }))
                .whenComplete((report, e) -> Platform.runLater(() -> finished(url, report, e, asked)));
    }

    private void syncInBackground() {
        if (remote.get() != null && (dialog == null || !dialog.isShowing())) {
            sync(false);
        }
    }

    private void finished(String url, SyncReport report, Throwable failure, boolean asked) {
        syncing.set(false);
        if (failure != null) {
            String text = error(failure);
            SyncFailure kind = SyncFailure.of(failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
            if (!asked && (kind == SyncFailure.CANCELLED || kind == SyncFailure.HOST_KEY)) {
                status.accept(ctx.text("sync.background.signIn", url));
                return;
            }
            status.accept(asked ? text : ctx.text("sync.background.failed", text));
            if (asked) {
                dialog().showError(text);
            }
            return;
        }
        status.accept(SyncDialog.summary(ctx, report));
        if (asked) {
            dialog().showResult(report);
        }
        if (!report.received().isEmpty() || !report.merged().isEmpty() || !report.deleted().isEmpty()
                || !report.editKeptOverDelete().isEmpty()) {
            synced.accept(report);
        }
        history.refresh();
    }

    /** A failure in words: what kind of trouble, and git's own message for the details. */
    String error(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        SyncFailure kind = SyncFailure.of(t);
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return ctx.text("sync.error." + kind.name(), remote.get() == null ? "" : remote.get(), detail);
    }
}
