package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickCompilationTest {
    @Test
    void onlyAnalyzeIsTunedAndThePropertyTurnsItOff() {
        assertThat(QuickCompilation.wanted(new String[] {"analyze", "--json", "a.txt"})).isTrue();
        assertThat(QuickCompilation.wanted(new String[] {"search", "analyze"})).isFalse();
        assertThat(QuickCompilation.wanted(new String[] {})).isFalse();
        String before = System.getProperty(QuickCompilation.DISABLE_PROPERTY);
        try {
            System.setProperty(QuickCompilation.DISABLE_PROPERTY, "false");
            assertThat(QuickCompilation.wanted(new String[] {"analyze", "a.txt"})).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(QuickCompilation.DISABLE_PROPERTY);
            } else {
                System.setProperty(QuickCompilation.DISABLE_PROPERTY, before);
            }
        }
    }

    @Test
    void withoutTheOpenedPackageNothingHappensAndNothingIsThrown() {
        // this test JVM does not open jdk.management/com.sun.management.internal (the jar's manifest does)
        assertThat(QuickCompilation.apply()).isFalse();
        assertThat(QuickCompilation.applyFor(new String[] {"search", "x"})).isFalse();
    }

    /** In a JVM that opens the package as the jar does, the JVM takes the directive. */
    @Test
    void aJvmOpenedAsTheJarIsTakesTheDirective(@TempDir Path tmp) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(),
                "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintCompilation",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("out.txt"));
        assertThat(out).contains("directive taken: true");
        // after the directive no method is compiled at C2's level (4); the loop's hot method went to C1's full level (1)
        String after = out.substring(out.indexOf("directive taken"));
        assertThat(after.lines().filter(l -> l.contains("QuickCompilationTest$Probe::spin")))
                .isNotEmpty()
                .noneMatch(l -> l.matches("\\s*\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+.*"));
    }

    static final class Probe {
        public static void main(String[] args) {
            System.out.println("directive taken: " + QuickCompilation.apply());
            System.out.flush();
            long sum = 0;
            for (int i = 0; i < 200_000; i++) {
                sum += spin(i);
            }
            System.out.println("sum " + sum);
        }

        static long spin(int i) {
            long x = i;
            for (int k = 0; k < 50; k++) {
                x = x * 31 + k;
            }
            return x;
        }
    }
}
