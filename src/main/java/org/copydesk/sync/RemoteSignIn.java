package org.copydesk.sync;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a sync asks the person at the keyboard when a remote wants more than an address: a user name and password (or
 * token) for an https remote, whether to trust an ssh server seen for the first time, the passphrase of an ssh key.
 * The app answers with dialogs, the command line on the console (or from the environment). Called on the sync's
 * thread; an answer may take as long as the person needs. An empty answer cancels the sync, which then changes nothing.
 */
public interface RemoteSignIn {
    /** A user name and a password or token. The password's characters are the caller's to clear. */
    record Credentials(String user, char[] password) {
        public Credentials {
            user = user == null ? "" : user;
            password = password == null ? new char[0] : password.clone();
        }

        Credentials copy() {
            return new Credentials(user, password);
        }

        void clear() {
            Arrays.fill(password, '\0');
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + "]"; // never the password
        }
    }

    /** The answer about a server key not in known_hosts. */
    enum HostKeyAnswer {
        /** Trust it for this session only. */
        TRUST_ONCE,
        /** Trust it and add it to known_hosts. */
        TRUST_ALWAYS,
        /** Do not connect. */
        REJECT
    }

    /**
     * The user name and password for {@code url}. {@code user}: the name to propose (from the address, or given
     * before), may be blank. {@code refused}: the last ones given were refused by the remote.
     */
    Optional<Credentials> credentials(String url, String user, boolean refused);

    /** A server not in known_hosts: {@code host} as ssh names it ({@code [host]:port} off port 22), its key's fingerprint. */
    HostKeyAnswer unknownHostKey(String host, String keyType, String fingerprint);

    /** The passphrase of the ssh key {@code key} (its file); {@code again}: the one given did not open it. */
    Optional<char[]> passphrase(String key, boolean again);

    /** Asks nothing: a remote that wants a sign-in, a new host key or a passphrase stops the sync (a background sync). */
    RemoteSignIn NONE = new RemoteSignIn() {
        @Override
        public Optional<Credentials> credentials(String url, String user, boolean refused) {
            return Optional.empty();
        }

        @Override
        public HostKeyAnswer unknownHostKey(String host, String keyType, String fingerprint) {
            return HostKeyAnswer.REJECT;
        }

        @Override
        public Optional<char[]> passphrase(String key, boolean again) {
            return Optional.empty();
        }
    };
}
