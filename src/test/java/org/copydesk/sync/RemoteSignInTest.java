package org.copydesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import org.copydesk.testing.GitIsolation;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync with remotes that want a sign-in, against real servers on 127.0.0.1: a git smart-HTTP server with basic
 * authentication, and an ssh server with a key of its own. The right user name and password sync; a wrong one is
 * asked again (bounded); a cancelled question stops the sync with nothing written; an ssh server seen for the first
 * time is asked about with its fingerprint (rejected, trusted once, trusted always); a changed server key is refused;
 * a key's passphrase is asked.
 */
@ExtendWith(GitIsolation.PerClass.class)
class RemoteSignInTest {
    @TempDir
    Path dir;

    /** Answers from a script, and records every question. */
    static final class Script implements RemoteSignIn {
        final Deque<Optional<Credentials>> logins = new ArrayDeque<>();
        final Deque<HostKeyAnswer> hostKeys = new ArrayDeque<>();
        final Deque<Optional<char[]>> passphrases = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        Script login(String user, String password) {
            logins.add(Optional.of(new Credentials(user, password.toCharArray())));
            return this;
        }

        Script cancelLogin() {
            logins.add(Optional.empty());
            return this;
        }

        @Override
        public Optional<Credentials> credentials(String url, String user, boolean refused) {
            asked.add("login " + url + " user=" + user + (refused ? " refused" : ""));
            return logins.isEmpty() ? Optional.empty() : logins.poll();
        }

        @Override
        public HostKeyAnswer unknownHostKey(String host, String keyType, String fingerprint) {
            asked.add("host " + host + " " + keyType + " " + fingerprint);
            return hostKeys.isEmpty() ? HostKeyAnswer.REJECT : hostKeys.poll();
        }

        @Override
        public Optional<char[]> passphrase(String key, boolean again) {
            asked.add("passphrase " + Path.of(key).getFileName() + (again ? " again" : ""));
            return passphrases.isEmpty() ? Optional.empty() : passphrases.poll();
        }
    }

    static Article story(String id, String text) {
        return Article.draft(id, "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Article.paragraphsOf(text));
    }

    Path home() {
        return dir.resolve("home");
    }

    /** The desk's bare repository the loopback servers serve, fresh for each test. */
    Path bare;

    @BeforeEach
    void bareRemote() throws Exception {
        bare = Desks.bareRemote(dir.resolve("desk.git"));
    }

    /** A git smart-HTTP server for {@link #bare} that lets in the user "anna" with this password. */
    LoopbackHttpGit httpServer(String password) throws Exception {
        return new LoopbackHttpGit(bare, "anna", password);
    }

    /** An ssh server for {@link #bare} that lets in a client key written to {@link #sshDir()} (with this passphrase, or none). */
    LoopbackSshGit sshServer(String passphrase) throws Exception {
        KeyPair me = LoopbackSshGit.clientKey(sshDir(), passphrase);
        return new LoopbackSshGit(bare, me.getPublic());
    }

    /** Puts the server's key in known_hosts, so no host-key question comes up. */
    void trust(LoopbackSshGit server) throws Exception {
        Files.writeString(sshDir().resolve("known_hosts"), server.knownHostsLine() + "\n");
    }

    /** Ben's workspace, empty. */
    Workspace ben() throws Exception {
        return Workspace.open(dir.resolve("ben"));
    }

    /** Anna's workspace holding the one story "harbour" with this text. */
    Workspace annaWithHarbour(String text) throws Exception {
        Workspace anna = Workspace.open(dir.resolve("anna"));
        anna.saveOverwriting(story("harbour", text));
        return anna;
    }

    RemoteAccess access(RemoteSignIn signIn, SignInMemory memory) {
        return new RemoteAccess(signIn, memory, home(), home().resolve(".ssh"));
    }

    SyncReport sync(Workspace ws, String url, RemoteSignIn signIn, SignInMemory memory) throws Exception {
        try (DeskRepository r = DeskRepository.open(ws); RemoteAccess a = access(signIn, memory)) {
            return r.sync(url, Desks.ANNA, a);
        }
    }

    SyncException failedSync(Workspace ws, String url, RemoteSignIn signIn, SignInMemory memory) throws Exception {
        try (DeskRepository r = DeskRepository.open(ws); RemoteAccess a = access(signIn, memory)) {
            try {
                r.sync(url, Desks.ANNA, a);
            } catch (SyncException e) {
                return e;
            }
        }
        throw new AssertionError("the sync should have failed");
    }

    static String head(Path bare) throws Exception {
        try (Git g = Git.open(bare.toFile())) {
            var id = g.getRepository().resolve(Constants.R_HEADS + DeskRepository.BRANCH);
            return id == null ? null : id.name();
        }
    }

    /** An empty workspace: after a failed sync it must still hold no article and no remote's version. */
    static void assertUntouched(Workspace empty) throws Exception {
        assertThat(empty.ids()).isEmpty();
        try (var files = Files.list(empty.root().resolve(Workspace.ARTICLES))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------ https

    @Test
    void theRightUserNameAndPasswordSyncAndAreAskedOncePerSession() throws Exception {
        try (LoopbackHttpGit server = httpServer("s3cret token")) {
            Workspace anna = annaWithHarbour("The harbour reopens today.");
            SignInMemory memory = new SignInMemory();
            Script script = new Script().login("anna", "s3cret token");
            assertThat(sync(anna, server.url(), script, memory).sent()).isTrue();
            assertThat(script.asked).containsExactly("login " + server.url() + " user=");
            assertThat(head(bare)).isNotNull();

            // a second sync in the same session asks nothing
            anna.save(anna.get("harbour").withHeadline("Harbour reopens at last"));
            Script silent = new Script();
            assertThat(sync(anna, null, silent, memory).sent()).isTrue();
            assertThat(silent.asked).isEmpty();

            // another desk signs in and receives the article
            Workspace ben = ben();
            Script benScript = new Script().login("anna", "s3cret token");
            assertThat(sync(ben, server.url(), benScript, new SignInMemory()).received()).containsExactly("harbour");
            assertThat(ben.get("harbour").headline()).isEqualTo("Harbour reopens at last");
            assertThat(server.refused.get()).isZero();
        }
    }

    @Test
    void aWrongPasswordIsAskedAgainSayingItWasRefusedThenTheRightOneSyncs() throws Exception {
        try (LoopbackHttpGit server = httpServer("right")) {
            Workspace anna = annaWithHarbour("The harbour reopens today.");
            Script script = new Script().login("anna", "wrong").login("anna", "right");
            assertThat(sync(anna, server.url(), script, new SignInMemory()).sent()).isTrue();
            assertThat(script.asked).containsExactly("login " + server.url() + " user=",
                    "login " + server.url() + " user=anna refused");
            assertThat(server.refused.get()).isEqualTo(1);
        }
    }

    @Test
    void passwordsRefusedAgainAndAgainStopAfterThreeAsksWithNothingWritten() throws Exception {
        Workspace anna = annaWithHarbour("Sent before.");
        sync(anna, bare.toUri().toString(), RemoteSignIn.NONE, new SignInMemory());
        String before = head(bare);
        try (LoopbackHttpGit server = httpServer("right")) {
            Workspace ben = ben();
            Script script = new Script();
            for (int i = 0; i < 10; i++) {
                script.login("ben", "wrong " + i);
            }
            SyncException e = failedSync(ben, server.url(), script, new SignInMemory());
            assertThat(SyncFailure.of(e)).isEqualTo(SyncFailure.AUTH);
            assertThat(script.asked).hasSizeBetween(2, RemoteAccess.MAX_SIGN_INS);
            assertThat(script.logins).hasSizeGreaterThanOrEqualTo(10 - RemoteAccess.MAX_SIGN_INS);
            assertUntouched(ben);
            assertThat(head(bare)).isEqualTo(before);
        }
    }

    @Test
    void aCancelledSignInStopsTheSyncInWordsAndChangesNothingHereOrThere() throws Exception {
        Workspace anna = annaWithHarbour("Sent before.");
        sync(anna, bare.toUri().toString(), RemoteSignIn.NONE, new SignInMemory());
        String before = head(bare);
        try (LoopbackHttpGit server = httpServer("right")) {
            Workspace ben = ben();
            SyncException e = failedSync(ben, server.url(), new Script().cancelLogin(), new SignInMemory());
            assertThat(SyncFailure.of(e)).isEqualTo(SyncFailure.CANCELLED);
            assertThat(e.getMessage()).startsWith("sync cancelled").contains(server.url());
            assertUntouched(ben);

            // a desk with its own edit: the edit stays as it was, and nothing is sent
            Path file = anna.root().resolve(Workspace.ARTICLES).resolve("harbour.json");
            anna.save(anna.get("harbour").withHeadline("Edited here"));
            byte[] mine = Files.readAllBytes(file);
            SyncException again = failedSync(anna, server.url(), new Script().cancelLogin(), new SignInMemory());
            assertThat(SyncFailure.of(again)).isEqualTo(SyncFailure.CANCELLED);
            assertThat(Files.readAllBytes(file)).isEqualTo(mine);
            assertThat(head(bare)).isEqualTo(before);
        }
    }

    @Test
    void aBackgroundSyncThatMayNotAskFailsAsCancelledButUsesWhatTheSessionRemembers() throws Exception {
        try (LoopbackHttpGit server = httpServer("right")) {
            Workspace anna = annaWithHarbour("The harbour reopens today.");
            SignInMemory memory = new SignInMemory();
            assertThat(SyncFailure.of(failedSync(anna, server.url(), RemoteSignIn.NONE, memory))).isEqualTo(SyncFailure.CANCELLED);
            assertThat(sync(anna, null, new Script().login("anna", "right"), memory).sent()).isTrue();
            anna.save(anna.get("harbour").withHeadline("Later"));
            assertThat(sync(anna, null, RemoteSignIn.NONE, memory).sent()).isTrue();
            memory.clear();
            assertThat(SyncFailure.of(failedSync(anna, null, RemoteSignIn.NONE, memory))).isEqualTo(SyncFailure.CANCELLED);
        }
    }

    // ------------------------------------------------------------------------------------------------ ssh

    Path sshDir() {
        return home().resolve(".ssh");
    }

    @Test
    void anUnknownServerKeyIsAskedAboutWithItsFingerprintAndRejectingItWritesNothing() throws Exception {
        try (LoopbackSshGit server = sshServer(null)) {
            Workspace ben = ben();
            Script script = new Script();
            script.hostKeys.add(RemoteSignIn.HostKeyAnswer.REJECT);
            SyncException e = failedSync(ben, server.url(), script, new SignInMemory());
            assertThat(SyncFailure.of(e)).isEqualTo(SyncFailure.HOST_KEY);
            assertThat(e.getMessage()).contains(server.fingerprint()).contains("not trusted");
            assertThat(script.asked).containsExactly("host [127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 " + server.fingerprint());
            assertThat(server.fingerprint()).startsWith("SHA256:");
            assertUntouched(ben);
            assertThat(sshDir().resolve("known_hosts")).doesNotExist();
            assertThat(server.sessions.get()).isZero();
        }
    }

    @Test
    void aServerKeyTrustedOnceSyncsForThisSessionOnly() throws Exception {
        try (LoopbackSshGit server = sshServer(null)) {
            Workspace anna = annaWithHarbour("The harbour reopens today.");
            SignInMemory memory = new SignInMemory();
            Script script = new Script();
            script.hostKeys.add(RemoteSignIn.HostKeyAnswer.TRUST_ONCE);
            assertThat(sync(anna, server.url(), script, memory).sent()).isTrue();
            assertThat(script.asked).hasSize(1);
            assertThat(head(bare)).isNotNull();
            assertThat(sshDir().resolve("known_hosts")).doesNotExist();

            anna.save(anna.get("harbour").withHeadline("Again"));
            Script same = new Script();
            assertThat(sync(anna, null, same, memory).sent()).isTrue();
            assertThat(same.asked).isEmpty();

            Script nextSession = new Script();
            assertThat(SyncFailure.of(failedSync(anna, null, nextSession, new SignInMemory()))).isEqualTo(SyncFailure.HOST_KEY);
            assertThat(nextSession.asked).hasSize(1);
        }
    }

    @Test
    void aServerKeyTrustedAlwaysGoesIntoKnownHostsKeepingWhatWasThere() throws Exception {
        // known_hosts with a comment, a line for another host, and hostile garbage: read around, kept as it was
        String other = "other.example " + PublicKeyEntry.toString(KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256).getPublic());
        String before = "# my hosts\n" + other + "\nnot a key line at all \u0000\u00ff\n[127.0.0.1]:1 ssh-rsa !!!notbase64\n" + "x".repeat(5000);
        try (LoopbackSshGit server = sshServer(null)) {
            Files.writeString(sshDir().resolve("known_hosts"), before, StandardCharsets.UTF_8);
            Workspace anna = annaWithHarbour("The harbour reopens today.");
            Script script = new Script();
            script.hostKeys.add(RemoteSignIn.HostKeyAnswer.TRUST_ALWAYS);
            assertThat(sync(anna, server.url(), script, new SignInMemory()).sent()).isTrue();
            String now = Files.readString(sshDir().resolve("known_hosts"), StandardCharsets.UTF_8);
            assertThat(now).startsWith(before).endsWith(server.knownHostsLine() + "\n");

            // another session, another desk: no question
            Workspace ben = ben();
            Script benScript = new Script();
            assertThat(sync(ben, server.url(), benScript, new SignInMemory()).received()).containsExactly("harbour");
            assertThat(benScript.asked).isEmpty();
        }
    }

    @Test
    void aServerWhoseKeyChangedIsRefusedWithoutAsking() throws Exception {
        try (LoopbackSshGit server = sshServer(null)) {
            String impostor = "[127.0.0.1]:" + server.port() + " "
                    + PublicKeyEntry.toString(KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256).getPublic()) + "\n";
            Files.writeString(sshDir().resolve("known_hosts"), impostor);
            Workspace ben = ben();
            Script script = new Script();
            script.hostKeys.add(RemoteSignIn.HostKeyAnswer.TRUST_ALWAYS);
            SyncException e = failedSync(ben, server.url(), script, new SignInMemory());
            assertThat(SyncFailure.of(e)).isEqualTo(SyncFailure.HOST_KEY);
            assertThat(e.getMessage()).contains("different key").contains(server.fingerprint());
            assertThat(script.asked).isEmpty();
            assertThat(sshDir().resolve("known_hosts")).hasContent(impostor.strip());
            assertUntouched(ben);
        }
    }

    @Test
    void aKeysPassphraseIsAskedAgainWhenWrongAndRememberedForTheSession() throws Exception {
        try (LoopbackSshGit server = sshServer("open sesame")) {
            trust(server);
            Workspace anna = annaWithHarbour("The harbour reopens today.");
            SignInMemory memory = new SignInMemory();
            Script script = new Script();
            script.passphrases.add(Optional.of("wrong".toCharArray()));
            script.passphrases.add(Optional.of("open sesame".toCharArray()));
            assertThat(sync(anna, server.url(), script, memory).sent()).isTrue();
            assertThat(script.asked).containsExactly("passphrase id_ecdsa", "passphrase id_ecdsa again");

            anna.save(anna.get("harbour").withHeadline("Again"));
            Script same = new Script();
            assertThat(sync(anna, null, same, memory).sent()).isTrue();
            assertThat(same.asked).isEmpty();
        }
    }

    @Test
    void aCancelledPassphraseStopsTheSyncWithNothingWritten() throws Exception {
        try (LoopbackSshGit server = sshServer("open sesame")) {
            trust(server);
            Workspace ben = ben();
            SyncException e = failedSync(ben, server.url(), new Script(), new SignInMemory());
            assertThat(SyncFailure.of(e)).isEqualTo(SyncFailure.CANCELLED);
            assertThat(e.getMessage()).startsWith("sync cancelled").contains("passphrase");
            assertUntouched(ben);
        }
    }
}
