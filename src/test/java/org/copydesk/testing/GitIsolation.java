package org.copydesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/** Makes JGit read its user and system configuration from a test's folder, never the machine's. */
public final class GitIsolation {
    private GitIsolation() {
    }

    /** From now on git's configuration comes from {@code dir}; answers the reader to give back with {@link #restore}. */
    public static SystemReader isolate(Path dir) throws IOException {
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

    public static void restore(SystemReader before) {
        SystemReader.setInstance(before);
    }
}
