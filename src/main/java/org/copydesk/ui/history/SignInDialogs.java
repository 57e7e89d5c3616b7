package org.copydesk.ui.history;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.sync.RemoteSignIn;
import org.copydesk.ui.common.UiContext;

/**
 * The app's answers to a remote's questions, each a small dialog over the sync window: user name and password (or
 * token) for an https remote, whether to trust an ssh server not in known_hosts (its fingerprint shown; once, always,
 * or cancel), an ssh key's passphrase. Asked from the sync's thread, which waits for the answer; shown on the FX thread.
 * Closing a dialog (or the window that owns it) cancels. Nothing typed here is written anywhere.
 */
final class SignInDialogs implements RemoteSignIn {
    private final UiContext ctx;
    private final Supplier<Window> owner;

    /** @param owner the window the dialogs stand over (the sync window when it shows, else the main window) */
    SignInDialogs(UiContext ctx, Supplier<Window> owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    /** Shows a dialog on the FX thread and waits, on the calling thread, for its answer ({@code cancelled} when closed). */
    private <T> T ask(Supplier<Dialog<T>> make, T cancelled) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a sign-in question is asked from the sync's thread, never the FX thread");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Dialog<T> d = make.get();
                Window w = owner.get();
                if (w != null && w.isShowing()) {
                    d.initOwner(w);
                }
                d.setOnHidden(e -> answer.complete(d.getResult() == null ? cancelled : d.getResult()));
                d.show();
            } catch (RuntimeException e) {
                answer.complete(cancelled);
                throw e;
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cancelled;
        } catch (ExecutionException e) {
            return cancelled;
        }
    }

    private <T> Dialog<T> dialog(String id, String header, Node content, Function<ButtonType, T> result, ButtonType... buttons) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(ctx.text("signIn.title"));
        d.setHeaderText(header);
        d.getDialogPane().setId(id);
        d.getDialogPane().getStylesheets().add(Objects.requireNonNull(SignInDialogs.class.getResource("history.css")).toExternalForm());
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(buttons);
        d.getDialogPane().setPrefWidth(520);
        d.setResizable(true);
        for (ButtonType b : buttons) {
            Node n = d.getDialogPane().lookupButton(b);
            ButtonBar.setButtonUniformSize(n, false);
            if (n instanceof Button button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        d.setResultConverter(result::apply);
        return d;
    }

    private static Label wrapped(String text, String id) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setId(id);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A dialog asking for a secret (password or passphrase): the "refused, try again" note when {@code refusedNote} is
     * not null, the fields, the line saying the secret is kept for this session only, and the OK/Cancel pair.
     */
    private <T> Dialog<T> secretDialog(String id, String header, Node fields, String refusedNote, String refusedId,
                                       ButtonType ok, String okId, String cancelId, Function<ButtonType, T> result) {
        VBox box = new VBox(10);
        if (refusedNote != null) {
            Label again = wrapped(refusedNote, refusedId);
            again.getStyleClass().add("sign-in-refused");
            box.getChildren().add(again);
        }
        box.getChildren().addAll(fields, wrapped(ctx.text("signIn.session"), "signInSession"));
        ButtonType cancel = new ButtonType(ctx.text("sync.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<T> d = dialog(id, header, box, result, ok, cancel);
        d.getDialogPane().lookupButton(ok).setId(okId);
        d.getDialogPane().lookupButton(cancel).setId(cancelId);
        return d;
    }

    @Override
    public Optional<Credentials> credentials(String url, String user, boolean refused) {
        return ask(() -> {
            TextField name = new TextField(user);
            name.setId("signInUser");
            PasswordField password = new PasswordField();
            password.setId("signInPassword");
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(6);
            Label nameLabel = new Label(ctx.text("signIn.user"));
            nameLabel.setLabelFor(name);
            Label passwordLabel = new Label(ctx.text("signIn.password"));
            passwordLabel.setLabelFor(password);
            grid.addRow(0, nameLabel, name);
            grid.addRow(1, passwordLabel, password);
            GridPane.setHgrow(name, Priority.ALWAYS);
            GridPane.setHgrow(password, Priority.ALWAYS);
            ButtonType ok = new ButtonType(ctx.text("signIn.ok"), ButtonBar.ButtonData.OK_DONE);
            Dialog<Optional<Credentials>> d = secretDialog("signInDialog", ctx.text("signIn.header", url), grid,
                    refused ? ctx.text("signIn.refused") : null, "signInRefused", ok, "signInOk", "signInCancel",
                    b -> b == ok ? Optional.of(new Credentials(name.getText().strip(), password.getText().toCharArray()))
                            : Optional.empty());
            Node okButton = d.getDialogPane().lookupButton(ok);
            okButton.disableProperty().bind(name.textProperty().isEmpty().or(password.textProperty().isEmpty()));
            d.setOnShown(e -> (user.isBlank() ? name : password).requestFocus());
            return d;
        }, Optional.empty());
    }

    @Override
    public HostKeyAnswer unknownHostKey(String host, String keyType, String fingerprint) {
        return ask(() -> {
            TextField print = new TextField(fingerprint);
            print.setId("hostKeyFingerprint");
            print.setEditable(false);
            print.setPrefColumnCount(Math.max(20, fingerprint.length()));
            VBox box = new VBox(8, wrapped(ctx.text("hostKey.fingerprint", keyType), "hostKeyType"), print,
                    wrapped(ctx.text("hostKey.check"), "hostKeyCheck"));
            ButtonType once = new ButtonType(ctx.text("hostKey.once"), ButtonBar.ButtonData.OTHER);
            ButtonType always = new ButtonType(ctx.text("hostKey.always"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(ctx.text("sync.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Dialog<HostKeyAnswer> d = dialog("hostKeyDialog", ctx.text("hostKey.header", host), box,
                    b -> b == once ? HostKeyAnswer.TRUST_ONCE : b == always ? HostKeyAnswer.TRUST_ALWAYS : HostKeyAnswer.REJECT,
                    once, always, cancel);
            d.getDialogPane().lookupButton(once).setId("hostKeyOnce");
            d.getDialogPane().lookupButton(always).setId("hostKeyAlways");
            d.getDialogPane().lookupButton(cancel).setId("hostKeyCancel");
            // the safe answer is the default one: Enter does not trust a server
            ((Button) d.getDialogPane().lookupButton(always)).setDefaultButton(false);
            ((Button) d.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
            return d;
        }, HostKeyAnswer.REJECT);
    }

    @Override
    public Optional<char[]> passphrase(String key, boolean again) {
        return ask(() -> {
            PasswordField field = new PasswordField();
            field.setId("signInPassphrase");
            ButtonType ok = new ButtonType(ctx.text("passphrase.ok"), ButtonBar.ButtonData.OK_DONE);
            Dialog<Optional<char[]>> d = secretDialog("passphraseDialog", ctx.text("passphrase.header", key), field,
                    again ? ctx.text("passphrase.again") : null, "passphraseAgain", ok, "passphraseOk", "passphraseCancel",
                    b -> b == ok ? Optional.of(field.getText().toCharArray()) : Optional.empty());
            d.setOnShown(e -> field.requestFocus());
            return d;
        }, Optional.empty());
    }
}
