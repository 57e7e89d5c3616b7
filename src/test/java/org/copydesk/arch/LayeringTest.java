package org.copydesk.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The core knows nothing of JavaFX or the UI, and only the command line writes to stdout/stderr. The UI does no file
 * work of its own (it asks the core, through the desk, off the FX thread) and does not use AWT. A {@link File} a
 * FileChooser, DirectoryChooser or a drop hands over may be turned into a {@code Path} ({@code toPath},
 * {@code getParentFile}, {@code getAbsolutePath} read no disk); asking such a File about the disk ({@code exists},
 * {@code isDirectory}, {@code listFiles}, ...) is refused like {@code Files} is, with one named exemption
 * ({@link #IMPORT_ASKS_WHETHER_ITS_LAST_FOLDER_IS_ONE}). {@code LayeringRulesCatchTest} shows each rule failing on a deliberately bad class.
 */
@AnalyzeClasses(packages = "org.copydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] CORE = {"org.copydesk.model..", "org.copydesk.analysis..", "org.copydesk.storage..",
        "org.copydesk.importing..", "org.copydesk.export..", "org.copydesk.search..", "org.copydesk.sync..",
        "org.copydesk.spelling..", "org.copydesk.editing.."};

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
            .because("model, analysis, storage, importing, export and search serve the GUI, the CLI and tests alike");

    @ArchTest
    static final ArchRule coreDoesNotUseUiOrCli = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.ui..", "org.copydesk.cli..");

    @ArchTest
    static final ArchRule noPackageCycles = SlicesRuleDefinition.slices()
            .matching("org.copydesk.(*)..").should().beFreeOfCycles()
            .because("data flows one way: storage -> model -> analysis -> ui (or export, or cli)");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses().that().resideInAPackage("org.copydesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.copydesk.cli..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("org.copydesk.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("everything but the command line logs through System.Logger");

    @ArchTest
    static final ArchRule theUiNeverParsesJson = noClasses().that().resideInAPackage("org.copydesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("the UI asks storage; it never reads or writes article files itself");

    /** Classes that read or write files: the UI asks storage (through the desk) instead. */
    static final Class<?>[] FILE_ACCESS = {Files.class, FileInputStream.class, FileOutputStream.class, FileReader.class,
        FileWriter.class, RandomAccessFile.class, FileChannel.class};

    /** The methods of {@link File} that go to the disk (the others only take the name apart). */
    static final String FILE_METHODS_THAT_READ_THE_DISK = "exists|isFile|isDirectory|isHidden|canRead|canWrite|canExecute"
            + "|length|lastModified|list|listFiles|delete|deleteOnExit|mkdirs?|renameTo|createNewFile|createTempFile"
            + "|getCanonical(Path|File)|set(Readable|Writable|Executable|LastModified|ReadOnly)|get(Free|Total|Usable)Space"
            + "|listRoots";

    @ArchTest
    static final ArchRule uiDoesNoFileWork = noClasses().that().resideInAPackage("org.copydesk.ui..")
            .should().dependOnClassesThat().belongToAnyOf(FILE_ACCESS)
            .because("the UI never touches the disk itself: storage does, through the desk, off the FX thread");

    /**
     * The one exemption, by name: File ▸ Import… starts its FileChooser in the folder the last import came from, if
     * that is still a folder ({@code File.isDirectory} on the File the chooser handed back, one stat of a folder the user
     * just used; a chooser given a folder that is gone fails on some desktops).
     */
    static final String IMPORT_FEATURE = "org.copydesk.ui.importing.ImportFeature";
    static final DescribedPredicate<JavaCall<?>> IMPORT_ASKS_WHETHER_ITS_LAST_FOLDER_IS_ONE = DescribedPredicate.describe(
            IMPORT_FEATURE + " asking whether the folder of the last import is still a folder",
            call -> call.getOriginOwner().getName().equals(IMPORT_FEATURE) && call.getName().equals("isDirectory"));

    @ArchTest
    static final ArchRule uiAsksNoFileAboutTheDisk = noClasses().that().resideInAPackage("org.copydesk.ui..")
            .should().callMethodWhere(target(owner(type(File.class))).and(target(nameMatching(FILE_METHODS_THAT_READ_THE_DISK)))
                    .and(DescribedPredicate.not(IMPORT_ASKS_WHETHER_ITS_LAST_FOLDER_IS_ONE)))
            .because("a File from a chooser or a drop is turned into a Path and handed to the core; asking it about the"
                    + " disk is file work on the FX thread");

    @ArchTest
    static final ArchRule uiDoesNotUseAwt = noClasses().that().resideInAPackage("org.copydesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.awt..")
            .because("files and folders are opened through JavaFX HostServices (UiContext.showDocument), not AWT");
}
