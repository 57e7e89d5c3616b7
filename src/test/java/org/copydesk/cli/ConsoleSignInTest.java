package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.LoopbackHttpGit;
import org.copydesk.sync.RemoteSignIn;
import org.copydesk.testing.GitIsolation;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk sync}'s questions: on the console when there is one, else from the environment, else a clear refusal. */
@ExtendWith(GitIsolation.PerClass.class)
class ConsoleSignInTest {
    /** A console that answers from a script (null: end of input) and keeps what was shown. */
    static final class FakeTerminal implements ConsoleSignIn.Terminal {
        final Deque<String> answers = new ArrayDeque<>();
        final List<String> shown = new ArrayList<>();

        FakeTerminal(String... answers) {
            for (String a : answers) {
                this.answers.add(a == null ? "\u0000EOF" : a);
            }
        }

        private String next(String prompt) {
            shown.add(prompt);
            String a = answers.poll();
            return a == null || a.equals("\u0000EOF") ? null : a;
        }

        @Override
        public String readLine(String prompt) {
            return next(prompt);
        }

        @Override
        public char[] readPassword(String prompt) {
            String a = next(prompt);
            return a == null ? null : a.toCharArray();
        }

        @Override
        public void say(String line) {
            shown.add(line);
        }
    }

    @Test
    void onTheConsoleTheUserNameIsProposedAndARefusalIsSaid() {
        FakeTerminal t = new FakeTerminal("", "tok3n");
        ConsoleSignIn s = new ConsoleSignIn(t, Map.of());
        RemoteSignIn.Credentials c = s.credentials("https://git.example/desk.git", "anna", true).orElseThrow();
        assertThat(c.user()).isEqualTo("anna");
        assertThat(c.password()).containsExactly('t', 'o', 'k', '3', 'n');
        assertThat(t.shown).containsExactly("The user name or password was refused by https://git.example/desk.git.",
                "User name for https://git.example/desk.git [anna]: ", "Password or token for anna: ");
    }

    @Test
    void endOfInputOnTheConsoleCancels() {
        assertThat(new ConsoleSignIn(new FakeTerminal((String) null), Map.of()).credentials("https://x/d.git", "", false)).isEmpty();
        assertThat(new ConsoleSignIn(new FakeTerminal("ben", null), Map.of()).credentials("https://x/d.git", "", false)).isEmpty();
        assertThat(new ConsoleSignIn(new FakeTerminal((String) null), Map.of()).passphrase("/home/a/.ssh/id_ed25519", false)).isEmpty();
    }

    @Test
    void anUnknownServerKeyShowsItsFingerprintAndOnlyOnceOrAlwaysTrustIt() {
        for (String[] c : new String[][] {{"o", "TRUST_ONCE"}, {"Always", "TRUST_ALWAYS"}, {"", "REJECT"}, {"yes", "REJECT"},
                {"\u001b[2J;rm -rf /", "REJECT"}}) {
            FakeTerminal t = new FakeTerminal(c[0]);
            RemoteSignIn.HostKeyAnswer a = new ConsoleSignIn(t, Map.of()).unknownHostKey("[git.example]:2222", "ssh-ed25519", "SHA256:abc");
            assertThat(a).as(c[0]).hasToString(c[1]);
            assertThat(t.shown).anyMatch(l -> l.contains("SHA256:abc"));
        }
        assertThat(new ConsoleSignIn(new FakeTerminal((String) null), Map.of()).unknownHostKey("h", "t", "f"))
                .isEqualTo(RemoteSignIn.HostKeyAnswer.REJECT);
    }

    @Test
    void withoutAConsoleTheEnvironmentAnswersOnceAndARefusalOrAnAbsenceSaysWhatToDo() {
        ConsoleSignIn s = new ConsoleSignIn(null, Map.of(ConsoleSignIn.USER, "ci", ConsoleSignIn.PASSWORD, "p"));
        assertThat(s.credentials("https://x/d.git", "", false)).get().extracting(RemoteSignIn.Credentials::user).isEqualTo("ci");
        assertThat(s.hint()).isNull();
        assertThat(s.credentials("https://x/d.git", "ci", true)).isEmpty();
        assertThat(s.hint()).contains("refused").contains(ConsoleSignIn.USER);

        ConsoleSignIn none = new ConsoleSignIn(null, Map.of(ConsoleSignIn.USER, "ci"));
        assertThat(none.credentials("https://x/d.git", "", false)).isEmpty();
        assertThat(none.hint()).contains("run copydesk sync in a terminal").contains(ConsoleSignIn.PASSWORD);
        assertThat(none.unknownHostKey("h", "ssh-ed25519", "SHA256:abc")).isEqualTo(RemoteSignIn.HostKeyAnswer.REJECT);
        assertThat(none.hint()).contains("SHA256:abc");
        assertThat(none.passphrase("/k", false)).isEmpty();
        assertThat(new ConsoleSignIn(null, Map.of(ConsoleSignIn.PASSPHRASE, "pp")).passphrase("/k", false)).get()
                .isEqualTo("pp".toCharArray());
    }

    @Test
    void syncWithoutAConsoleOrCredentialsExitsOneSayingWhatToSetAndChangesNothing(@TempDir Path dir) throws Exception {
        assumeTrue(System.console() == null && System.getenv(ConsoleSignIn.USER) == null);
        Path bare = dir.resolve("desk.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        try (LoopbackHttpGit server = new LoopbackHttpGit(bare, "anna", "right")) {
            Path wsDir = dir.resolve("ws");
            Workspace ws = Workspace.open(wsDir);
            ws.saveOverwriting(Article.draft("harbour", "Harbour reopens", "en", Instant.parse("2026-11-30T08:00:00Z")));
            CliRunner.Result r = CliRunner.run(wsDir, "sync", "--remote", server.url());
            assertThat(r.exit()).isEqualTo(CopydeskCommand.BAD_INPUT);
            assertThat(r.err()).startsWith("copydesk: sync cancelled").contains(server.url())
                    .contains("set " + ConsoleSignIn.USER + " and " + ConsoleSignIn.PASSWORD);
            try (Git g = Git.open(bare.toFile())) {
                assertThat(g.getRepository().resolve("refs/heads/main")).isNull();
            }
        }
    }
}
