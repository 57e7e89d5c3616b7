package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupBenchCommandTest {
    @Test
    void rejectsNonsenseRunsAndTimeouts() {
        assertThat(CliRunner.run(null, "bench", "startup", "--runs", "0").exit()).isEqualTo(CopydeskCommand.USAGE);
        assertThat(CliRunner.run(null, "bench", "startup", "--timeout", "1").exit()).isEqualTo(CopydeskCommand.USAGE);
    }

    @Test
    void theMedianOfEachPhaseIsTakenOverTheRuns() {
        List<Map<String, Long>> runs = List.of(Map.of("window-shown", 900L), Map.of("window-shown", 700L),
                Map.of("window-shown", 2500L));
        assertThat(StartupBenchCommand.median(runs, "window-shown")).isEqualTo(900L);
        assertThat(StartupBenchCommand.median(runs, "list-filled")).as("a phase never reached").isEqualTo(-1L);
    }

    @Test
    void theMinimalWindowStartsWithTheAppImagesOwnOptionsAndArchive() {
        String cfg = "[Application]\napp.classpath=$APPDIR/copydesk.jar\napp.mainclass=org.copydesk.Main\n\n"
                + "[JavaOptions]\njava-options=-Xmx1g\njava-options=-XX:SharedArchiveFile=$APPDIR/copydesk.jsa\n";
        String minimal = StartupBenchCommand.minimalConfig(cfg);
        assertThat(minimal.lines()).contains("app.mainclass=org.copydesk.ui.MinimalWindow$Launcher",
                "app.classpath=$APPDIR/copydesk.jar", "java-options=-Xmx1g",
                "java-options=-XX:SharedArchiveFile=$APPDIR/copydesk.jsa").doesNotContain("app.mainclass=org.copydesk.Main");
        assertThat(minimal.lines().count()).isEqualTo(cfg.lines().count());
    }

    @Test
    void launcherOptionsWithoutAMainClassAreRefused() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> StartupBenchCommand.minimalConfig("[JavaOptions]\njava-options=-Xmx1g\n")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("names no main class");
    }

    @Test
    void aFolderThatIsNoAppImageIsRefusedBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        CliRunner.Result r = CliRunner.run(null, "bench", "startup", "--image", dir.toString());
        // without a display it says so first; with one, that the folder is no app image
        assertThat(r.exit()).isEqualTo(CopydeskCommand.BAD_INPUT);
        assertThat(r.err()).containsAnyOf("not an app image", "needs a display");
    }

    @Test
    void theArchiveComparisonNeedsAnImage() {
        assertThat(CliRunner.run(null, "bench", "startup", "--compare-archive").exit())
                .isEqualTo(CopydeskCommand.USAGE);
        assertThat(CliRunner.run(null, "bench", "startup", "--image", "x", "--jar", "y.jar").exit())
                .isEqualTo(CopydeskCommand.USAGE);
    }

    @Test
    void anAbComparisonNeedsWhatItComparesWith(@TempDir Path dir) throws Exception {
        assertThat(CliRunner.run(null, "bench", "startup", "--against", "old.jar").exit())
                .as("--against without --jar").isEqualTo(CopydeskCommand.USAGE);
        assertThat(CliRunner.run(null, "bench", "startup", "--compare-options", " ").exit())
                .as("no options").isEqualTo(CopydeskCommand.USAGE);
        Path jar = Files.createFile(dir.resolve("new.jar"));
        CliRunner.Result r = CliRunner.run(null, "bench", "startup", "--jar", jar.toString(), "--against",
                dir.resolve("missing.jar").toString());
        assertThat(r.exit()).isEqualTo(CopydeskCommand.BAD_INPUT);
        assertThat(r.err()).contains("no such jar").contains("missing.jar");
    }

    @Test
    void theAppIsLaunchedEachWayAgainstTheSameMinimalWindow() {
        StartupBenchCommand bench = new StartupBenchCommand();
        bench.jar = Path.of("new.jar");
        bench.against = Path.of("old.jar");
        bench.compareOptions = " -XX:+UseSerialGC ";
        assertThat(bench.launches()).extracting(l -> l.jar() + "|" + l.options()).containsExactly("new.jar|",
                "old.jar|", "new.jar|-XX:+UseSerialGC");
    }

    @Test
    void anImageIsLaunchedAsItStartsThenWithoutSharingThenWithTheComparedOptions() {
        StartupBenchCommand bench = new StartupBenchCommand();
        bench.compareOptions = " -XX:Tier4InvocationThreshold=20000 ";
        assertThat(bench.imageVariants()).as("no image: the options go to the A/B of the app alone").containsExactly("");
        bench.image = Path.of("packaging/out/Copydesk");
        bench.compareArchive = true;
        assertThat(bench.imageVariants()).containsExactly("", "-Xshare:off", "-XX:Tier4InvocationThreshold=20000");
    }

    @Test
    void theShippedJarIsRefusedHeadlessBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("copydesk.jar"));
        CliRunner.Result r = CliRunner.run(null, "bench", "startup", "--headless", "--jar", jar.toString());
        assertThat(r.exit()).isEqualTo(CopydeskCommand.BAD_INPUT);
        assertThat(r.err()).contains("--jar needs a display").contains("xvfb-run");
    }
}
