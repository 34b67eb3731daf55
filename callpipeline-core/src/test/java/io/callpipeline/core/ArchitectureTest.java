package io.callpipeline.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core's shape, kept by tests: it is framework-free (a host without Spring can use it), vendor SDK
 * types stay inside their adapters (the SPIs speak only our records), and its packages do not
 * depend on each other in circles (each can be understood, and moved, on its own).
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.callpipeline.core");

    @Test
    void coreHasNoSpringDependency() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(CORE);
    }

    @Test
    void onlyTheTwilioAdapterSeesTwilioTypes() {
        noClasses().that().resideOutsideOfPackage("io.callpipeline.core.twilio..")
                .should().dependOnClassesThat().resideInAPackage("com.twilio..")
                .check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.callpipeline.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theSpisSpeakOnlyOurOwnTypes() {
        noClasses().that().resideInAnyPackage("io.callpipeline.core.recording..", "io.callpipeline.core.transcription..",
                        "io.callpipeline.core.response..", "io.callpipeline.core.store..", "io.callpipeline.core.call..",
                        "io.callpipeline.core.gibberish..", "io.callpipeline.core.pipeline..", "io.callpipeline.core.event..")
                .should().dependOnClassesThat().resideInAnyPackage("io.callpipeline.core.twilio..",
                        "io.callpipeline.core.openai..", "com.twilio..", "com.openai..")
                .check(CORE);
    }

    @Test
    void onlyTheOpenAiAdapterSeesOpenAiTypes() {
        noClasses().that().resideOutsideOfPackage("io.callpipeline.core.openai..")
                .should().dependOnClassesThat().resideInAPackage("com.openai..")
                .check(CORE);
    }
}
