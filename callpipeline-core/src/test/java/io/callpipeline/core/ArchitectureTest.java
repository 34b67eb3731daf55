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
    private static final String TWILIO = "io.callpipeline.core.twilio..";
    private static final String OPENAI = "io.callpipeline.core.openai..";

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

    /**
     * Every package but the two adapters is provider-neutral: it neither uses an adapter or a vendor
     * SDK nor declares a type of its own named after a provider (how Twilio's SID shapes once sat in
     * the neutral {@code event} package). A second telephony or speech provider is then an adapter
     * beside these two, with nothing to take out of the pipeline.
     */
    @Test
    void everythingButTheAdaptersIsProviderNeutral() {
        noClasses().that().resideOutsideOfPackages(TWILIO, OPENAI)
                .should().dependOnClassesThat().resideInAnyPackage(TWILIO, OPENAI, "com.twilio..", "com.openai..")
                .check(CORE);
        noClasses().that().resideOutsideOfPackages(TWILIO, OPENAI)
                .should().haveSimpleNameContaining("Twilio").orShould().haveSimpleNameContaining("OpenAi")
                .check(CORE);
    }

    @Test
    void theAdaptersDoNotSeeEachOther() {
        noClasses().that().resideInAPackage(TWILIO).should().dependOnClassesThat().resideInAPackage(OPENAI)
                .check(CORE);
        noClasses().that().resideInAPackage(OPENAI).should().dependOnClassesThat().resideInAPackage(TWILIO)
                .check(CORE);
    }

    @Test
    void onlyTheOpenAiAdapterSeesOpenAiTypes() {
        noClasses().that().resideOutsideOfPackage("io.callpipeline.core.openai..")
                .should().dependOnClassesThat().resideInAPackage("com.openai..")
                .check(CORE);
    }
}
