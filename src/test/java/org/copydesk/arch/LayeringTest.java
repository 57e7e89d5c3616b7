package org.copydesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The core knows nothing of JavaFX or the UI, and only the command line writes to stdout/stderr. */
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
}
