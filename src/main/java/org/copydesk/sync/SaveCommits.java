package org.copydesk.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Commits the editor's saves to the desk's history, coalesced: the first save of an article starts a window of a few
 * minutes, and the saves in it become one commit at its end; leaving the article (switch, close, quit) commits at
 * once. Nothing happens while the workspace keeps no history. All git work runs on the {@link DeskQueue}'s thread:
 * {@link #saved} only notes the article, so a save (and typing) never waits for a commit.
 */
public final class SaveCommits {
    private static final System.Logger LOG = System.getLogger(SaveCommits.class.getName());

    private final DeskQueue queue;
    private final Supplier<Author> author;
    private final long windowMillis;
    /** Articles saved since their last commit, and the commit scheduled for each (guarded by this). */
    private final Map<String, ScheduledFuture<?>> pending = new LinkedHashMap<>();
    private volatile Consumer<String> committed = id -> { };

    /**
     * @param author who commits (read at each commit: a change in the settings applies to the next one); null from
     *               the supplier means the author git's configuration gives
     */
    public SaveCommits(DeskQueue queue, Supplier<Author> author, long windowMillis) {
        this.queue = queue;
        this.author = author;
        this.windowMillis = windowMillis;
    }

    /** Told the id of each article committed, on the queue's thread. */
    public void onCommitted(Consumer<String> listener) {
        this.committed = listener;
    }

    /** An article was saved: it is committed at the end of its window (or earlier, on {@link #flush}). */
    public void saved(String id) {
        if (!queue.keepsHistory()) {
            return;
        }
        synchronized (this) {
            if (pending.containsKey(id)) {
                return;
            }
            pending.put(id, null);
            try {
                pending.put(id, queue.later(() -> commitNow(List.of(id)), windowMillis));
            } catch (RejectedExecutionException e) {
                pending.remove(id);
            }
        }
    }

    /** Articles with saves not yet committed. */
    public synchronized List<String> pending() {
        return new ArrayList<>(pending.keySet());
    }

    /** Commits an article's saves now (the editor left it); completes when done (at once when none are pending). */
    public CompletableFuture<Void> flush(String id) {
        return flush(List.of(id));
    }

    /** Commits every article's pending saves now (quit, before a sync). */
    public CompletableFuture<Void> flushAll() {
        return flush(pending());
    }

    private CompletableFuture<Void> flush(List<String> ids) {
        List<String> due = new ArrayList<>();
        synchronized (this) {
            for (String id : ids) {
                if (pending.containsKey(id)) {
                    due.add(id);
                }
            }
        }
        if (due.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return queue.submit(repo -> {
            commitNow(due);
            return null;
        });
    }

    /** On the queue's thread: one commit per article, of what changed since its last commit. */
    private void commitNow(List<String> ids) {
        for (String id : ids) {
            synchronized (this) {
                ScheduledFuture<?> timer = pending.remove(id);
                if (timer != null) {
                    timer.cancel(false);
                }
            }
            CompletableFuture<Optional<String>> done = new CompletableFuture<>();
            queue.runNow(repo -> {
                Author who = author.get();
                return repo.commitArticles(List.of(id), who != null ? who : repo.configuredAuthor(), "Edit " + id);
            }, done);
            try {
                if (done.join().isPresent()) {
                    committed.accept(id);
                }
            } catch (CompletionException e) {
                // the saves stay on disk; the next commit of the article (or a sync) takes them
                LOG.log(System.Logger.Level.WARNING, "cannot commit the saves of " + id, e.getCause());
            }
        }
    }
}
