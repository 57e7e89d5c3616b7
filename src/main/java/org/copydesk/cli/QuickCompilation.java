package org.copydesk.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For a command that lives a second or two ({@code analyze}): compile with the JVM's quick compiler (C1) only. Such a
 * process ends before the optimising compiler (C2) pays back: in {@code analyze} of a 1,000-word article it took about
 * 0.5–1 s of CPU on two cores — as much as everything else the spelling check does — compiling code that then ran for
 * milliseconds. This is what {@code -XX:TieredStopAtLevel=1} does, which {@code java -jar} cannot be given from the jar;
 * here it is the JVM's own compiler directive ({@code jcmd PID Compiler.directives_add}: C2 excluded for every
 * method), added at the start through the JDK's diagnostic command bean (the jar's manifest opens
 * {@code jdk.management/com.sun.management.internal} for it).
 *
 * <p>Only the compilation changes, never a result. When the JDK does not allow it (no {@code jdk.management}, the
 * package not opened, another JVM) nothing happens and the command runs as before. {@code -Dcopydesk.quickCompile=false}
 * turns it off (to compare).
 */
final class QuickCompilation {
    static final String DISABLE_PROPERTY = "copydesk.quickCompile";
    /** Every method: no C2. A method C2 may not compile is compiled by C1 at its full (non-profiling) level. */
    static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickCompilation() {
    }

    /** Whether the command line is a short-lived command that gains from it (the first argument is the command). */
    static boolean wanted(String[] args) {
        return args.length > 0 && "analyze".equals(args[0])
                && !"false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY));
    }

    /**
     * Adds the directive for the rest of this process when {@link #wanted}; true when the JVM took it. Call it first
     * thing in {@code main}, and only in a process that runs just this command (never inside tests or the app).
     */
    static boolean applyFor(String[] args) {
        return wanted(args) && apply();
    }

    static boolean apply() {
        Path file = null;
        try {
            // loads the management library that the diagnostic command bean's native method lives in
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, null);
            Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl", true, null);
            Method bean = impl.getDeclaredMethod("getDiagnosticCommandMBean");
            bean.setAccessible(true);
            Method execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
            execute.setAccessible(true);
            file = Files.createTempFile("copydesk-compile", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.US_ASCII);
            Object answer = execute.invoke(bean.invoke(null), "Compiler.directives_add " + file);
            return answer instanceof String s && s.startsWith("1 compiler directives added");
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a 40-byte file left in the temporary folder
                }
            }
        }
    }
}
