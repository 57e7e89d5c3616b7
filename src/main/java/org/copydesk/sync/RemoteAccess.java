package org.copydesk.sync;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.copydesk.storage.AtomicFiles;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.internal.transport.sshd.OpenSshServerKeyDatabase;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * How one sync reaches its remote: https credentials asked through a {@link RemoteSignIn} (and remembered in a
 * {@link SignInMemory} for the session), and ssh through JGit's Apache MINA sshd client with the keys and known_hosts
 * of an ssh folder ({@code ~/.ssh}), an unknown server key and a key's passphrase asked through the same sign-in.
 * Everything the person refused or cancelled is kept, so that the sync's failure says it ({@link #explain}).
 * One per sync; {@link #close()} ends its ssh sessions.
 */
public final class RemoteAccess implements TransportConfigCallback, AutoCloseable {
    /** How many times a user name and password are asked for one remote in one sync before giving up. */
    public static final int MAX_SIGN_INS = 3;

    private final RemoteSignIn signIn;
    private final SignInMemory memory;
    private final Path home;
    private final Path sshDir;
    private final Asker credentials = new Asker();
    private SshdSessionFactory ssh;
    private volatile SyncException stopped;

    /** {@code home} and {@code sshDir}: where ssh's configuration, keys and known_hosts are read (tests: their own). */
    public RemoteAccess(RemoteSignIn signIn, SignInMemory memory, Path home, Path sshDir) {
        this.signIn = signIn;
        this.memory = memory;
        this.home = home;
        this.sshDir = sshDir;
    }

    /** The user's own ssh folder ({@code ~/.ssh}). */
    public static RemoteAccess asking(RemoteSignIn signIn, SignInMemory memory) {
        Path home = Path.of(System.getProperty("user.home"));
        return new RemoteAccess(signIn, memory, home, home.resolve(".ssh"));
    }

    @Override
    public void configure(Transport transport) {
        transport.setCredentialsProvider(credentials);
        if (transport instanceof SshTransport s) {
            s.setSshSessionFactory(ssh());
        }
    }

    private synchronized SshdSessionFactory ssh() {
        if (ssh == null) {
            ssh = new SshdSessionFactoryBuilder()
                    .setHomeDirectory(home.toFile())
                    .setSshDirectory(sshDir.toFile())
                    .setServerKeyDatabase((h, s) -> new HostKeys())
                    .setKeyPasswordProvider(cp -> new Passphrases())
                    .build(null);
        }
        return ssh;
    }

    /**
     * The sync failed with {@code failure}: when the person cancelled or refused something (or a server's key changed),
     * that is the failure to report, else the one given.
     */
    SyncException explain(SyncException failure) {
        SyncException s = stopped;
        return s == null ? failure : new SyncException(s.getMessage(), failure.getCause(), s.kind());
    }

    private void stop(String message, SyncFailure kind) {
        if (stopped == null) {
            stopped = new SyncException(message, null, kind);
        }
    }

    @Override
    public synchronized void close() {
        if (ssh != null) {
            ssh.close();
            ssh = null;
        }
    }

    private static String origin(URIish uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static String shown(URIish uri) {
        return uri.setPass(null).toString();
    }

    /** User names and passwords: asked, remembered for the session, forgotten when refused; at most {@link #MAX_SIGN_INS}. */
    private final class Asker extends CredentialsProvider {
        private int refusals;
        private boolean refused;

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            for (CredentialItem i : items) {
                if (!(i instanceof CredentialItem.Username || i instanceof CredentialItem.Password
                        || i instanceof CredentialItem.YesNoType || i instanceof CredentialItem.InformationalMessage
                        || i instanceof CredentialItem.CharArrayType || i instanceof CredentialItem.StringType)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
            CredentialItem.Username user = null;
            CredentialItem secret = null;
            for (CredentialItem i : items) {
                if (i instanceof CredentialItem.Username u) {
                    user = u;
                } else if (i instanceof CredentialItem.Password || i instanceof CredentialItem.CharArrayType c && c.isValueSecure()
                        || i instanceof CredentialItem.StringType st && st.isValueSecure()) {
                    secret = i;
                } else if (i instanceof CredentialItem.YesNoType yes) {
                    yes.setValue(false); // e.g. "skip the check of a certificate that failed": never
                } else if (!(i instanceof CredentialItem.InformationalMessage)) {
                    return false;
                }
            }
            if (secret == null) {
                return user == null;
            }
            String origin = origin(uri);
            Optional<RemoteSignIn.Credentials> given = refused ? Optional.empty() : memory.credentials(origin);
            if (given.isEmpty()) {
                if (refusals >= MAX_SIGN_INS) {
                    stop("the remote " + shown(uri) + " refused the user name and password " + MAX_SIGN_INS
                            + " times; sync stopped", SyncFailure.AUTH);
                    return false;
                }
                String proposed = uri.getUser() != null ? uri.getUser() : memory.user(origin);
                given = signIn.credentials(shown(uri), proposed == null ? "" : proposed, refused);
                if (given.isEmpty()) {
                    stop("sync cancelled: no sign-in given for " + shown(uri) + "; nothing was changed", SyncFailure.CANCELLED);
                    return false;
                }
                memory.remember(origin, given.get());
                refused = false;
            }
            RemoteSignIn.Credentials c = given.get();
            try {
                if (user != null) {
                    user.setValue(c.user());
                }
                if (secret instanceof CredentialItem.Password p) {
                    p.setValue(c.password());
                } else if (secret instanceof CredentialItem.CharArrayType ca) {
                    ca.setValue(c.password());
                } else if (secret instanceof CredentialItem.StringType st) {
                    st.setValue(new String(c.password()));
                }
            } finally {
                c.clear();
            }
            return true;
        }

        @Override
        public void reset(URIish uri) {
            // JGit calls this when the remote refused what was given: forget it, and ask again (bounded)
            memory.forget(origin(uri));
            refusals++;
            refused = true;
        }
    }

    /** The passphrases of ssh keys: remembered for the session, asked again when wrong (as often as ssh allows). */
    private final class Passphrases implements KeyPasswordProvider {
        private int attempts = MAX_SIGN_INS;

        @Override
        public char[] getPassphrase(URIish uri, int attempt) {
            String key = uri.toString();
            if (attempt == 0) {
                Optional<char[]> known = memory.passphrase(key);
                if (known.isPresent()) {
                    return known.get();
                }
            }
            Optional<char[]> p = signIn.passphrase(key, attempt > 0);
            if (p.isEmpty()) {
                stop("sync cancelled: no passphrase given for the key " + key + "; nothing was changed", SyncFailure.CANCELLED);
                return null;
            }
            memory.rememberPassphrase(key, p.get());
            return p.get();
        }

        @Override
        public void setAttempts(int attempts) {
            this.attempts = Math.max(1, attempts);
        }

        @Override
        public int getAttempts() {
            return attempts;
        }

        @Override
        public boolean keyLoaded(URIish uri, int attempt, Exception error) {
            if (error == null) {
                return false;
            }
            memory.forgetPassphrase(uri.toString());
            return stopped == null && attempt + 1 < attempts;
        }
    }

    /**
     * The server keys: known_hosts honoured (a key that matches connects, a different key for a known host is refused
     * without asking: it may be an impostor); a host not known yet is asked about with its key's fingerprint, unless
     * the ssh configuration's StrictHostKeyChecking says otherwise.
     */
    private final class HostKeys implements ServerKeyDatabase {
        private final OpenSshServerKeyDatabase known = new OpenSshServerKeyDatabase(false,
                List.of(sshDir.resolve("known_hosts"), sshDir.resolve("known_hosts2")));

        @Override
        public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
            return known.lookup(connectAddress, remoteAddress, config);
        }

        @Override
        public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                              Configuration config, CredentialsProvider provider) {
            List<PublicKey> keys = known.lookup(connectAddress, remoteAddress, config);
            byte[] offered = serverKey.getEncoded();
            if (keys.stream().anyMatch(k -> Arrays.equals(k.getEncoded(), offered))) {
                return true;
            }
            String fingerprint = KeyUtils.getFingerPrint(serverKey);
            Configuration.StrictHostKeyChecking strict = config.getStrictHostKeyChecking();
            if (strict == Configuration.StrictHostKeyChecking.ACCEPT_ANY) {
                return true;
            }
            if (!keys.isEmpty()) {
                stop("the ssh server " + connectAddress + " now shows a different key (" + fingerprint + ") from the one"
                        + " in known_hosts: it may not be the server you trust, so the sync stopped. If its key really"
                        + " changed, remove its old line from " + knownHostsFile(config), SyncFailure.HOST_KEY);
                return false;
            }
            if (memory.trusted(connectAddress, fingerprint)) {
                return true;
            }
            RemoteSignIn.HostKeyAnswer answer;
            if (strict == Configuration.StrictHostKeyChecking.ACCEPT_NEW) {
                answer = RemoteSignIn.HostKeyAnswer.TRUST_ALWAYS;
            } else if (strict == Configuration.StrictHostKeyChecking.REQUIRE_MATCH) {
                answer = RemoteSignIn.HostKeyAnswer.REJECT;
            } else {
                answer = signIn.unknownHostKey(connectAddress, KeyUtils.getKeyType(serverKey), fingerprint);
            }
            switch (answer) {
                case TRUST_ONCE -> {
                    memory.trust(connectAddress, fingerprint);
                    return true;
                }
                case TRUST_ALWAYS -> {
                    memory.trust(connectAddress, fingerprint);
                    addKnownHost(connectAddress, remoteAddress, serverKey, config);
                    return true;
                }
                default -> {
                    stop("sync cancelled: the ssh server " + connectAddress + " (key " + fingerprint + ") is not in "
                            + knownHostsFile(config) + " and was not trusted; nothing was changed", SyncFailure.HOST_KEY);
                    return false;
                }
            }
        }

        private Path knownHostsFile(Configuration config) {
            List<String> files = config.getUserKnownHostsFiles();
            if (files == null || files.isEmpty()) {
                return sshDir.resolve("known_hosts");
            }
            String f = files.get(0);
            return f.startsWith("~/") || f.startsWith("~" + File.separator) ? home.resolve(f.substring(2)) : Path.of(f);
        }

        private void addKnownHost(String connectAddress, InetSocketAddress remoteAddress, PublicKey key, Configuration config) {
            Path file = knownHostsFile(config);
            try {
                String host = connectAddress.startsWith("[") || remoteAddress == null ? connectAddress
                        : KnownHostHashValue.createHostPattern(connectAddress, remoteAddress.getPort());
                String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
                String sep = before.isEmpty() || before.endsWith("\n") ? "" : "\n";
                Files.createDirectories(file.toAbsolutePath().getParent());
                AtomicFiles.write(file, (before + sep + host + " " + PublicKeyEntry.toString(key) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // trusted for this session all the same; next time it is asked again
                System.getLogger(RemoteAccess.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot add the server key to " + file, e);
            }
        }
    }
}
