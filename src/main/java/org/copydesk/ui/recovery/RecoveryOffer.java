package org.copydesk.ui.recovery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.model.Article;
import org.copydesk.storage.RecoveryJournal;
import org.copydesk.ui.common.ChangesText;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.editor.ArticleEditor;

/**
 * On start, after a session that ended without saving (a crash, a kill, a power cut): shows, one article at a time,
 * what the recovery journal would bring back (headline, when it was typed, what differs from the saved version) and
 * restores it or discards it on the user's choice; "Later" leaves it for the next start. The journals are read and
 * written off the FX thread.
 */
public final class RecoveryOffer {
    private static final System.Logger LOG = System.getLogger(RecoveryOffer.class.getName());

    private final UiContext ctx;
    private final Window owner;
    private final ArticleEditor editor;
    private final Consumer<String> open;
    private final RecoveryJournal journal;
    private Dialog<ButtonType> showing;

    /**
     * @param editor the window's editor (its journal is the one read; an article it has open is reloaded once restored)
     * @param open   opens an article in the window (a restored copy)
     */
    public RecoveryOffer(UiContext ctx, Window owner, ArticleEditor editor, Consumer<String> open) {
        this.ctx = ctx;
        this.owner = owner;
        this.editor = editor;
        this.open = open;
        this.journal = editor.journal();
    }

    /** Looks for journals left by an earlier session (off the FX thread) and offers each one in turn. */
    public void showIfPending() {
        background(journal::pending, this::offer);
    }

    /** The dialog on screen (tests), or null. */
    public Dialog<ButtonType> dialog() {
        return showing;
    }

    private void offer(List<RecoveryJournal.Recovered> pending) {
        if (pending.isEmpty()) {
            showing = null;
            return;
        }
        RecoveryJournal.Recovered r = pending.get(0);
        List<RecoveryJournal.Recovered> rest = pending.subList(1, pending.size());
        ButtonType restore = new ButtonType(ctx.text("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(ctx.text("recovery.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(ctx.text("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(ctx.text("recovery.title"));
        d.setHeaderText(ctx.text("recovery.header", r.unsaved().headline().isBlank() ? r.id() : r.unsaved().headline()));
        d.getDialogPane().setId("recoveryOffer");
        d.getDialogPane().getButtonTypes().addAll(restore, discard, later);
        d.getDialogPane().lookupButton(restore).setId("recoveryRestore");
        d.getDialogPane().lookupButton(discard).setId("recoveryDiscard");
        d.getDialogPane().lookupButton(later).setId("recoveryLater");

        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ctx.locale())
                .withZone(ZoneId.systemDefault()).format(r.written());
        Label summary = new Label(ctx.text("recovery.summary", when, ChangesText.summary(ctx, r.changes()))
                + "\n" + (r.restoresInPlace() ? ctx.text("recovery.inPlace")
                        : r.onDisk() == null ? ctx.text("recovery.asCopyGone") : ctx.text("recovery.asCopy")));
        summary.setId("recoverySummary");
        summary.setWrapText(true);
        TextArea preview = new TextArea(ChangesText.preview(ctx, r.changes()));
        preview.setId("recoveryPreview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(12);
        preview.setPrefColumnCount(60);
        VBox content = new VBox(8, summary, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        d.getDialogPane().setContent(content);
        d.setResizable(true);
        d.setOnHidden(e -> {
            ButtonType answer = d.getResult();
            if (answer == restore) {
                String copyHeadline = ctx.text("recovery.copyHeadline", r.unsaved().headline());
                background(() -> journal.restore(r, copyHeadline), saved -> {
                    restored(r, saved);
                    offer(rest);
                });
            } else if (answer == discard) {
                background(() -> {
                    journal.discard(r.id());
                    return r;
                }, x -> offer(rest));
            } else {
                offer(rest); // later: the journal stays for the next start
            }
        });
        showing = d;
        d.show();
    }

    /** The restored article is shown: reloaded if open, else opened (a copy, or in place). */
    private void restored(RecoveryJournal.Recovered r, Article saved) {
        Article openNow = editor.articleProperty().get();
        if (openNow != null && openNow.id().equals(saved.id())) {
            editor.checkDisk();
        } else {
            open.accept(saved.id());
        }
    }

    private <T> void background(Callable<T> work, Consumer<T> done) {
        try {
            ctx.background().execute(() -> {
                try {
                    T value = work.call();
                    Platform.runLater(() -> done.accept(value));
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "recovery journal: " + e.getMessage(), e);
                    Platform.runLater(() -> {
                        Alert a = new Alert(Alert.AlertType.ERROR,
                                ctx.text("recovery.failed", e.getMessage()));
                        if (owner != null) {
                            a.initOwner(owner);
                        }
                        a.setHeaderText(ctx.text("recovery.failed.header"));
                        a.show();
                    });
                }
            });
        } catch (RejectedExecutionException closing) {
            LOG.log(System.Logger.Level.DEBUG, "closing: " + closing);
        }
    }
}
