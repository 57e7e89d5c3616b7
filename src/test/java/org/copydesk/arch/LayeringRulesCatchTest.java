package org.copydesk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.copydesk.ui.archexamples.FileWorkInTheUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule against file work and AWT in the UI fails on a deliberately bad UI class, and lets a harmless one pass. */
class LayeringRulesCatchTest {

    static Stream<Arguments> badClasses() {
        return Stream.of(
                Arguments.of("Files", LayeringTest.uiDoesNoFileWork, FileWorkInTheUi.ReadsWithFiles.class),
                Arguments.of("FileInputStream", LayeringTest.uiDoesNoFileWork, FileWorkInTheUi.ReadsWithAStream.class),
                Arguments.of("FileOutputStream", LayeringTest.uiDoesNoFileWork, FileWorkInTheUi.WritesWithAStream.class),
                Arguments.of("FileReader", LayeringTest.uiDoesNoFileWork, FileWorkInTheUi.ReadsWithAReader.class),
                Arguments.of("FileWriter", LayeringTest.uiDoesNoFileWork, FileWorkInTheUi.WritesWithAWriter.class),
                Arguments.of("RandomAccessFile", LayeringTest.uiDoesNoFileWork, FileWorkInTheUi.SeeksInAFile.class),
                Arguments.of("File.isDirectory", LayeringTest.uiAsksNoFileAboutTheDisk,
                        FileWorkInTheUi.AsksAChosenFileAboutTheDisk.class),
                Arguments.of("java.awt.Desktop", LayeringTest.uiDoesNotUseAwt, FileWorkInTheUi.OpensWithAwt.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClasses")
    void theRuleCatchesABadUiClass(String what, ArchRule rule, Class<?> bad) {
        JavaClasses classes = new ClassFileImporter().importClasses(bad);
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as("%s in %s", what, bad.getSimpleName()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains(bad.getName()).contains(what.replace("java.awt.", "")));
    }

    @Test
    void aChosenFileTurnedIntoAPathBreaksNoRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(FileWorkInTheUi.TurnsAChosenFileIntoAPath.class);
        for (ArchRule rule : new ArchRule[] {LayeringTest.uiDoesNoFileWork, LayeringTest.uiAsksNoFileAboutTheDisk,
            LayeringTest.uiDoesNotUseAwt}) {
            assertThat(rule.evaluate(classes).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }
}
