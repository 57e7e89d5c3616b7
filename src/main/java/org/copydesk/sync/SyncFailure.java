package org.copydesk.sync;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;

/** What kind of trouble stopped a sync, so that the app can say it in words. */
public enum SyncFailure {
    /** No remote set yet. */
    NO_REMOTE,
    /** The address is not one git can use. */
    BAD_ADDRESS,
    /** The remote's host or folder cannot be reached (offline, unknown host, refused, timed out). */
    UNREACHABLE,
    /** The host answered but there is no desk repository at that address. */
    NOT_FOUND,
    /** The remote wants a password or key that was not given or was refused. */
    AUTH,
    /** The person cancelled a question of the sign-in (user name and password, passphrase): nothing was changed. */
    CANCELLED,
    /** The ssh server's key is not trusted: not known and refused, or different from the one in known_hosts. */
    HOST_KEY,
    /** Anything else (the message says what). */
    OTHER;

    /** The kind of a sync's failure, from the exception and its causes. */
    public static SyncFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SyncException s && s.kind() != null) {
                return s.kind();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.startsWith("no remote yet")) {
                return NO_REMOTE;
            }
            if (m.startsWith("not a remote address") || t instanceof NotSupportedException || m.contains("uri not supported")) {
                return BAD_ADDRESS;
            }
            if (m.contains("not authorized") || m.contains("auth fail") || m.contains("authentication")
                    || m.contains("credentialsprovider") || m.contains("permission denied (publickey")) {
                return AUTH;
            }
            if (t instanceof UnknownHostException || t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || m.contains("connection refused") || m.contains("timed out")
                    || m.contains("unknownhost")) {
                return UNREACHABLE;
            }
            if (t instanceof NoRemoteRepositoryException || m.contains("repository not found") || m.contains("not found")) {
                return NOT_FOUND;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransportException) {
                return UNREACHABLE;
            }
        }
        return OTHER;
    }
}
