package org.copydesk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/** Test support: bare remotes, and a git configuration that reads nothing outside the test's folder. */
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

    /** Makes JGit read its user and system configuration from {@code dir} instead of the machine's. */
    static SystemReader isolate(Path dir) throws IOException {
        SystemReader before = SystemReader.getInstance();
        Files.createDirectories(dir);
        SystemReader.setInstance(new SystemReader.Delegate(before) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, dir.resolve("user.gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, dir.resolve("system.gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, dir.resolve("jgit.config").toFile(), fs);
            }
        });
        return before;
    }
}
