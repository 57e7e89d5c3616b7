package org.copydesk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Files are replaced, never rewritten in place: temp file in the same folder, forced to disk, atomic move. The temp
 * file is created with the folder's normal permissions (the user's umask, like any file they save), and a file that
 * is replaced keeps its own permissions.
 */
public final class AtomicFiles {
    /** Every temp file is named {@code .<target name>.<random>.tmp}. */
    static final String TEMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, tmp -> { });
    }

    /**
     * Writes a file that must not exist yet: the complete file appears at {@code target} only if no file of that
     * name is there (a hard link, which the OS refuses to put over an existing name); otherwise
     * {@link FileAlreadyExistsException} and nothing is changed. This is how an id is reserved atomically.
     */
    public static void writeNew(Path target, byte[] bytes) throws IOException {
        Path tmp = tempFileFor(target);
        try {
            fill(tmp, bytes, true);
            try {
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                if (e instanceof FileAlreadyExistsException taken) {
                    throw taken;
                }
                // no hard links on this file system: a move without REPLACE_EXISTING (callers hold the workspace lock)
                Files.move(tmp, target);
            } catch (IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                Files.move(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A complete file written beside its target and forced to disk, not yet in place: {@link #commit} moves it there;
     * closing without a commit deletes it, so that a step failing in between leaves no file behind.
     */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        private boolean committed;

        private Staged(Path target, Path tmp) {
            this.target = target;
            this.tmp = tmp;
        }

        /** Puts the file in place; over an existing file only when {@code replace}, else FileAlreadyExistsException. */
        public void commit(boolean replace) throws IOException {
            if (replace) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                try {
                    Files.createLink(target, tmp);
                } catch (UnsupportedOperationException e) {
                    Files.move(tmp, target);
                }
            }
            committed = true;
            Files.deleteIfExists(tmp);
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Writes {@code bytes} to a temp file beside {@code target} (see {@link Staged}). */
    public static Staged stage(Path target, byte[] bytes) throws IOException {
        Path tmp = tempFileFor(target);
        try {
            keepPermissions(target, tmp);
            fill(tmp, bytes, true);
            return new Staged(target, tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A step run after the temp file is on disk and before it replaces the target (tests use it to fail there). */
    interface BeforeMove {
        void run(Path tmp) throws IOException;
    }

    static void write(Path target, byte[] bytes, BeforeMove beforeMove) throws IOException {
        replace(target, bytes, beforeMove, true);
    }

    /**
     * Replaces a file that can be rebuilt (a cache) atomically, without forcing it to disk: readers see the old file or
     * the new one, never half of one, but after a crash of the machine it may be missing or incomplete, so its reader
     * must check it (a length and a checksum). Saves a synchronous disk flush per write.
     */
    static void writeRebuildable(Path target, byte[] bytes) throws IOException {
        replace(target, bytes, tmp -> { }, false);
    }

    private static void replace(Path target, byte[] bytes, BeforeMove beforeMove, boolean force) throws IOException {
        Path tmp = tempFileFor(target);
        try {
            keepPermissions(target, tmp);
            fill(tmp, bytes, force);
            beforeMove.run(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new, empty temp file beside {@code target}, created with the default permissions of a new file there (not
     * {@code Files.createTempFile}'s owner-only 0600).
     */
    static Path tempFileFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void fill(Path tmp, byte[] bytes, boolean force) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (force) {
                ch.force(true);
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> old = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
                old.add(PosixFilePermission.OWNER_READ);
                old.add(PosixFilePermission.OWNER_WRITE);
                Files.setPosixFilePermissions(tmp, old);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the default permissions of a new file are as good
        }
    }
}
