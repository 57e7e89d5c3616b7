package org.copydesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.sync.LoopbackHttpGit;
import org.copydesk.sync.RemoteSignIn;
import org.copydesk.ui.CopydeskApp;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signing in to a remote from the app: an https desk (a git server with basic authentication on 127.0.0.1) asks for
 * the user name and password in a dialog over the sync window; a refused password is asked again, saying so; the
 * session remembers the right one; Cancel stops the sync in words, with nothing changed. The ssh questions (server key
 * with its fingerprint, key passphrase) answer what was clicked.
 */
class SignInUiTest extends DeskWindowTestBase {
    void showWindow() throws Exception {
        workspace.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf("The harbour reopens today.\nShips wait outside.")));
        window = WaitForAsyncUtils.asyncFx(() -> CopydeskApp.show(stage, ctx)).get(180, TimeUnit.SECONDS);
        waitUntil(() -> window.editor().articleProperty().get() != null);
    }

    Path bare() throws Exception {
        Path bare = tempDir.resolve("desk.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        return bare;
    }

    String result() {
        return robot.lookup("#syncResult").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene().getWindow().isShowing()).orElse(false);
    }

    void firstSync(String remote) throws Exception {
        clickWhenShown("#bodyArea");
        robot.press(KeyCode.F9).release(KeyCode.F9);
        waitUntil(() -> shown("#syncRemote"));
        typeInto("#syncRemote", remote);
        typeInto("#syncName", "Anna Reporter");
        clickWhenShown("#syncStart");
    }

    static String head(Path bare) throws Exception {
        try (Git g = Git.open(bare.toFile())) {
            var id = g.getRepository().resolve("refs/heads/main");
            return id == null ? null : id.name();
        }
    }

    @Test
    void aWrongPasswordIsAskedAgainThenTheRightOneSendsTheDeskAndIsRememberedForTheSession() throws Exception {
        Path bare = bare();
        try (LoopbackHttpGit server = new LoopbackHttpGit(bare, "anna", "s3cret")) {
            showWindow();
            firstSync(server.url());
            waitUntil(() -> shown("#signInDialog"));
            assertThat(onFx(() -> ((DialogPane) robot.lookup("#signInDialog").query()).getHeaderText()))
                    .isEqualTo(ctx.text("signIn.header", server.url()));
            typeInto("#signInUser", "anna");
            typeInto("#signInPassword", "wrong");
            clickWhenShown("#signInOk");

            waitUntil(() -> shown("#signInRefused"));
            assertThat(onFx(() -> ((TextField) robot.lookup("#signInUser").query()).getText())).isEqualTo("anna");
            typeInto("#signInPassword", "s3cret");
            clickWhenShown("#signInOk");
            waitUntil(() -> result().contains(ctx.text("sync.result.sent", server.url())));
            assertThat(head(bare)).isNotNull();
            assertThat(server.refused.get()).isEqualTo(1);

            // the next sync of this session asks nothing
            onFx(() -> {
                window.desk().dialog().close();
                return null;
            });
            clickWhenShown("#bodyArea");
            robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL).write("NEW: ");
            String before = head(bare);
            robot.press(KeyCode.F9).release(KeyCode.F9);
            waitUntil(() -> result().contains(ctx.text("sync.result.sent", server.url())) && !window.desk().syncingProperty().get());
            assertThat(head(bare)).isNotEqualTo(before);
            assertThat(robot.lookup("#signInDialog").tryQuery()).isEmpty();
            assertThat(server.refused.get()).isEqualTo(1);
        }
    }

    @Test
    void cancellingTheSignInSaysTheSyncWasCancelledAndChangesNothing() throws Exception {
        Path bare = bare();
        try (LoopbackHttpGit server = new LoopbackHttpGit(bare, "anna", "s3cret")) {
            showWindow();
            firstSync(server.url());
            waitUntil(() -> shown("#signInDialog"));
            clickWhenShown("#signInCancel");
            String expected = ctx.text("sync.error.CANCELLED", server.url(), "§").split("§")[0];
            waitUntil(() -> result().startsWith(expected));
            assertThat(result()).contains("sync cancelled");
            assertThat(window.desk().syncingProperty().get()).isFalse();
            assertThat(head(bare)).isNull();
            assertThat(workspace.get("harbour").bodyText()).isEqualTo("The harbour reopens today.\nShips wait outside.");
        }
    }

    @Test
    void theSshQuestionsShowTheFingerprintAndTheKeyAndAnswerWhatWasClicked() throws Exception {
        SignInDialogs dialogs = new SignInDialogs(ctx, () -> stage);
        for (String[] c : new String[][] {{"#hostKeyOnce", "TRUST_ONCE"}, {"#hostKeyAlways", "TRUST_ALWAYS"}, {"#hostKeyCancel", "REJECT"}}) {
            CompletableFuture<RemoteSignIn.HostKeyAnswer> answer = CompletableFuture.supplyAsync(
                    () -> dialogs.unknownHostKey("[127.0.0.1]:2222", "ecdsa-sha2-nistp256", "SHA256:q9Xbq1pUPb0fk3/GRh3h"));
            waitUntil(() -> shown("#hostKeyFingerprint"));
            assertThat(onFx(() -> ((TextField) robot.lookup("#hostKeyFingerprint").query()).getText())).isEqualTo("SHA256:q9Xbq1pUPb0fk3/GRh3h");
            assertThat(onFx(() -> ((Label) robot.lookup("#hostKeyType").query()).getText())).contains("ecdsa-sha2-nistp256");
            clickWhenShown(c[0]);
            assertThat(answer.get(60, TimeUnit.SECONDS)).hasToString(c[1]);
            waitUntil(() -> robot.lookup("#hostKeyDialog").tryQuery().isEmpty());
        }

        CompletableFuture<Optional<char[]>> pass = CompletableFuture.supplyAsync(() -> dialogs.passphrase("/home/anna/.ssh/id_ed25519", true));
        waitUntil(() -> shown("#signInPassphrase"));
        assertThat(robot.lookup("#passphraseAgain").tryQuery()).isPresent();
        typeInto("#signInPassphrase", "open sesame");
        clickWhenShown("#passphraseOk");
        assertThat(pass.get(60, TimeUnit.SECONDS)).get().isEqualTo("open sesame".toCharArray());

        CompletableFuture<Optional<char[]>> cancelled = CompletableFuture.supplyAsync(() -> dialogs.passphrase("/k", false));
        waitUntil(() -> shown("#signInPassphrase"));
        clickWhenShown("#passphraseCancel");
        assertThat(cancelled.get(60, TimeUnit.SECONDS)).isEmpty();
    }
}
