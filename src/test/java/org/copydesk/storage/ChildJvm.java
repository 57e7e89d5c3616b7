package org.copydesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a separate JVM on the test class path (the real thing for "two processes at once" and "kill -9"). */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** A child running {@code main} with these JVM options and arguments; output goes to {@code log}. */
    public static Process start(Path log, List<String> jvmOptions, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(false);
        pb.redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile());
        pb.redirectError(log.resolveSibling(log.getFileName() + ".err").toFile());
        pb.environment().remove("COPYDESK_WORKSPACE");
        return pb.start();
    }

    /** Waits (bounded) and gives the exit code; a child still running after the timeout is killed and -1 returned. */
    public static int await(Process p, long seconds) throws InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return -1;
        }
        return p.exitValue();
    }

    public static String out(Path log) throws IOException {
        Path f = log.resolveSibling(log.getFileName() + ".out");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    public static String err(Path log) throws IOException {
        Path f = log.resolveSibling(log.getFileName() + ".err");
        return Files.exists(f) ? Files.readString(f) : "";
    }
}
