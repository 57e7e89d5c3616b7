package org.copydesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Who has an article open for editing: one lease file per open article, {@code <workspace>/.leases/<id>}, holding
 * the holder's process id, host, session and times. The first Copydesk window to open an article takes its lease and
 * refreshes it while it has the article open; a second window (another process, another person on a shared folder)
 * finds it taken and opens the article read-only, and may take it once the first lets it go. A lease whose holder
 * died (its process is gone on this host) or stopped refreshing it (longer than {@code staleAfter}; another host)
 * is stale, and the next window takes it over.
 *
 * <p>A lease is advice between Copydesk windows, not a lock: the command line and other tools do not take it, and
 * the check before every save ({@link ChangedOnDiskException}) still protects against them.
 */
public final class ArticleLeases {
    public static final String FOLDER = ".leases";
    /** Bytes read of a lease file at most (a hostile or corrupt one is not read whole). */
    private static final int MAX_BYTES = 4096;

    /** The holder of a lease, as written in its file. */
    public record Holder(long pid, String host, String session, Instant since, Instant refreshed) {
    }

    private final Workspace workspace;
    private final Path folder;
    private final Duration staleAfter;
    private final Clock clock;
    private final long pid = ProcessHandle.current().pid();
    private final String host;
    private final String session = UUID.randomUUID().toString();

    /** Leases of {@code workspace} for this window; a lease not refreshed for {@code staleAfter} may be taken over. */
    public ArticleLeases(Workspace workspace, Duration staleAfter) {
        this(workspace, staleAfter, Clock.systemUTC());
    }

    ArticleLeases(Workspace workspace, Duration staleAfter, Clock clock) {
        this.workspace = workspace;
        this.folder = workspace.root().resolve(FOLDER);
        this.staleAfter = staleAfter;
        this.clock = clock;
        this.host = hostName();
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    public Path fileOf(String id) {
        if (!Slugs.isValidId(id)) {
            throw new IllegalArgumentException("invalid article id '" + id + "'");
        }
        return folder.resolve(id);
    }

    /** This window's identity in lease files. */
    public Holder me() {
        Instant now = clock.instant();
        return new Holder(pid, host, session, now, now);
    }

    /**
     * Takes the lease of an article for this window: free, stale or already ours, it is taken (written) and empty is
     * returned; held by another live window, nothing is written and that holder is returned.
     */
    public Optional<Holder> acquire(String id) throws IOException {
        Path file = fileOf(id);
        return workspace.locked(() -> {
            Optional<Holder> current = read(file);
            if (current.isPresent() && !isMine(current.get()) && !isStale(current.get())) {
                return current;
            }
            Instant now = clock.instant();
            Instant since = current.filter(this::isMine).map(Holder::since).orElse(now);
            Files.createDirectories(folder);
            AtomicFiles.write(file, format(new Holder(pid, host, session, since, now)));
            return Optional.empty();
        });
    }

    /** Writes a new time into this window's lease (call well within {@code staleAfter}); false when it is not ours now. */
    public boolean refresh(String id) throws IOException {
        Path file = fileOf(id);
        return workspace.locked(() -> {
            Optional<Holder> current = read(file);
            if (current.isEmpty() || !isMine(current.get())) {
                return false;
            }
            AtomicFiles.write(file, format(new Holder(pid, host, session, current.get().since(), clock.instant())));
            return true;
        });
    }

    /** Lets the article go (closed, or another one opened): removes the lease if it is this window's. */
    public void release(String id) throws IOException {
        Path file = fileOf(id);
        workspace.locked(() -> {
            Optional<Holder> current = read(file);
            if (current.isPresent() && isMine(current.get())) {
                Files.deleteIfExists(file);
            }
            return null;
        });
    }

    /** The live holder of an article other than this window, if any (a stale or unreadable lease is no holder). */
    public Optional<Holder> otherHolder(String id) throws IOException {
        return read(fileOf(id)).filter(h -> !isMine(h) && !isStale(h));
    }

    public boolean isMine(Holder h) {
        return h.pid() == pid && h.host().equals(host) && h.session().equals(session);
    }

    /** Dead (its process is gone, on this host) or silent for longer than {@code staleAfter}. */
    public boolean isStale(Holder h) {
        if (h.host().equals(host) && h.pid() != pid && ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true)) {
            return true;
        }
        return h.refreshed().plus(staleAfter).isBefore(clock.instant());
    }

    /** The lease in a file; empty when there is none, or it is unreadable (then it is stale: it is taken over). */
    static Optional<Holder> read(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            long pid = Long.parseLong(p.getProperty("pid", "").strip());
            String host = p.getProperty("host", "").strip();
            String session = p.getProperty("session", "").strip();
            Instant since = Instant.parse(p.getProperty("since", "").strip());
            Instant refreshed = Instant.parse(p.getProperty("refreshed", "").strip());
            if (pid <= 0 || host.isEmpty() || session.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Holder(pid, host, session, since, refreshed));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    static byte[] format(Holder h) {
        return ("# Copydesk: this article is open for editing in this window (advice for other Copydesk windows)\n"
                + "pid=" + h.pid() + "\nhost=" + h.host().replaceAll("[\\r\\n=:#!\\\\]", "_") + "\nsession=" + h.session()
                + "\nsince=" + h.since() + "\nrefreshed=" + h.refreshed() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
