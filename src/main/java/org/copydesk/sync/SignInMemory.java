package org.copydesk.sync;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the person answered during this session, kept in memory only (never written anywhere): the credentials given
 * per remote (scheme, host and port), the ssh keys' passphrases, and the server keys trusted "once". Thread-safe.
 */
public final class SignInMemory {
    private final Map<String, RemoteSignIn.Credentials> credentials = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, char[]> passphrases = new HashMap<>();
    private final Set<String> trustedOnce = new HashSet<>();

    synchronized Optional<RemoteSignIn.Credentials> credentials(String origin) {
        RemoteSignIn.Credentials c = credentials.get(origin);
        return c == null ? Optional.empty() : Optional.of(c.copy());
    }

    synchronized void remember(String origin, RemoteSignIn.Credentials c) {
        forget(origin);
        credentials.put(origin, c.copy());
        users.put(origin, c.user());
    }

    synchronized void forget(String origin) {
        RemoteSignIn.Credentials old = credentials.remove(origin);
        if (old != null) {
            old.clear();
        }
    }

    /** The user name last given for this remote (also after its password was refused), else empty. */
    synchronized String user(String origin) {
        return users.getOrDefault(origin, "");
    }

    synchronized Optional<char[]> passphrase(String key) {
        char[] p = passphrases.get(key);
        return p == null ? Optional.empty() : Optional.of(p.clone());
    }

    synchronized void rememberPassphrase(String key, char[] passphrase) {
        forgetPassphrase(key);
        passphrases.put(key, passphrase.clone());
    }

    synchronized void forgetPassphrase(String key) {
        char[] old = passphrases.remove(key);
        if (old != null) {
            java.util.Arrays.fill(old, '\0');
        }
    }

    synchronized boolean trusted(String host, String fingerprint) {
        return trustedOnce.contains(host + ' ' + fingerprint);
    }

    synchronized void trust(String host, String fingerprint) {
        trustedOnce.add(host + ' ' + fingerprint);
    }

    /** Forgets every password and passphrase (the window closes). */
    public synchronized void clear() {
        credentials.values().forEach(RemoteSignIn.Credentials::clear);
        credentials.clear();
        users.clear();
        passphrases.values().forEach(p -> java.util.Arrays.fill(p, '\0'));
        passphrases.clear();
        trustedOnce.clear();
    }
}
