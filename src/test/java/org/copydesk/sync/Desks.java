package org.copydesk.sync;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** Test support: two authors, and bare remotes (git's configuration is isolated by {@link org.copydesk.testing.GitIsolation}). */
final class Desks {
    static final Author ANNA = new Author("Anna Reporter", "anna@desk.example");
    static final Author BEN = new Author("Ben Subeditor", "ben@desk.example");

    private Desks() {
    }

    /** A bare repository to sync through, as on a shared folder. */
    static Path bareRemote(Path dir) throws GitAPIException {
        Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch(DeskRepository.BRANCH).call().close();
        return dir;
    }
}
