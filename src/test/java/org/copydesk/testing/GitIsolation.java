package org.copydesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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

    /**
     * For a test class: {@code @ExtendWith(GitIsolation.PerClass.class)} isolates git before its first test (in a
     * folder of its own, removed after the last) and gives the machine's configuration back after the last test.
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(GitIsolation.class);

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            Path dir = Files.createTempDirectory("copydesk-gitconfig");
            context.getStore(STORE).put("dir", dir);
            context.getStore(STORE).put("before", isolate(dir));
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            restore(context.getStore(STORE).get("before", SystemReader.class));
            Path dir = context.getStore(STORE).get("dir", Path.class);
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
