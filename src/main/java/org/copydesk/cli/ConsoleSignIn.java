package org.copydesk.cli;

import java.io.Console;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.sync.RemoteSignIn;

/**
 * {@code copydesk sync}'s answers to a remote's questions: asked on the console when there is one; without one (a
 * script, cron), the user name and password come from {@code COPYDESK_GIT_USERNAME} / {@code COPYDESK_GIT_PASSWORD}
 * and an ssh key's passphrase from {@code COPYDESK_SSH_PASSPHRASE}; an ssh server not in known_hosts is then refused.
 * When it could not answer, {@link #hint()} says what to do.
 */
final class ConsoleSignIn implements RemoteSignIn {
    static final String USER = "COPYDESK_GIT_USERNAME";
    static final String PASSWORD = "COPYDESK_GIT_PASSWORD";
    static final String PASSPHRASE = "COPYDESK_SSH_PASSPHRASE";

    /** The console's two ways of reading; null answers: end of input (Ctrl+D), taken as cancel. */
    interface Terminal {
        String readLine(String prompt);

        char[] readPassword(String prompt);

        void say(String line);
    }

    private final Terminal terminal;
    private final Map<String, String> env;
    private String hint;

    ConsoleSignIn(Terminal terminal, Map<String, String> env) {
        this.terminal = terminal;
        this.env = env;
    }

    /** The process's console (null when input or output is redirected) and environment. */
    static ConsoleSignIn ofSystem() {
        Console c = System.console();
        Terminal t = c == null ? null : new Terminal() {
            @Override
            public String readLine(String prompt) {
                return c.readLine("%s", prompt);
            }

            @Override
            public char[] readPassword(String prompt) {
                return c.readPassword("%s", prompt);
            }

            @Override
            public void say(String line) {
                c.printf("%s%n", line);
                c.flush();
            }
        };
        return new ConsoleSignIn(t, System.getenv());
    }

    /** What to do to sync after a question could not be answered, else null. */
    String hint() {
        return hint;
    }

    @Override
    public Optional<Credentials> credentials(String url, String user, boolean refused) {
        if (terminal == null) {
            String u = env.get(USER);
            String p = env.get(PASSWORD);
            if (u == null || p == null || u.isBlank() || p.isEmpty()) {
                hint = url + " asks for a user name and password: run copydesk sync in a terminal, or set " + USER
                        + " and " + PASSWORD;
                return Optional.empty();
            }
            if (refused) {
                hint = url + " refused the user name and password of " + USER + " and " + PASSWORD;
                return Optional.empty();
            }
            return Optional.of(new Credentials(u, p.toCharArray()));
        }
        if (refused) {
            terminal.say("The user name or password was refused by " + url + ".");
        }
        String name = terminal.readLine("User name for " + url + (user.isBlank() ? "" : " [" + user + "]") + ": ");
        if (name == null) {
            return Optional.empty();
        }
        name = name.isBlank() ? user : name.strip();
        char[] password = terminal.readPassword("Password or token for " + name + ": ");
        if (password == null) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(name, password));
    }

    @Override
    public HostKeyAnswer unknownHostKey(String host, String keyType, String fingerprint) {
        if (terminal == null) {
            hint = "the ssh server " + host + " is not in known_hosts (its " + keyType + " key: " + fingerprint
                    + "): run copydesk sync in a terminal to check and trust it";
            return HostKeyAnswer.REJECT;
        }
        terminal.say("The ssh server " + host + " is not known yet. Its " + keyType + " key fingerprint is");
        terminal.say("  " + fingerprint);
        terminal.say("Check it with the server's administrator before you trust it.");
        String a = terminal.readLine("Trust it once, always (added to known_hosts), or no? [o/a/N]: ");
        String answer = a == null ? "" : a.strip().toLowerCase(Locale.ROOT);
        return switch (answer) {
            case "o", "once" -> HostKeyAnswer.TRUST_ONCE;
            case "a", "always" -> HostKeyAnswer.TRUST_ALWAYS;
            default -> HostKeyAnswer.REJECT;
        };
    }

    @Override
    public Optional<char[]> passphrase(String key, boolean again) {
        if (terminal == null) {
            String p = env.get(PASSPHRASE);
            if (p == null || again) {
                hint = "the ssh key " + key + (again ? " did not open with " + PASSPHRASE : " needs its passphrase")
                        + ": run copydesk sync in a terminal, or set " + PASSPHRASE;
                return Optional.empty();
            }
            return Optional.of(p.toCharArray());
        }
        if (again) {
            terminal.say("That passphrase did not open " + key + ".");
        }
        char[] p = terminal.readPassword("Passphrase for " + key + ": ");
        return Optional.ofNullable(p);
    }
}
