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
    private static final String OPENAI = "io.callpipeline.openai..";

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
     * Every package but the Twilio adapter is provider-neutral: it neither uses an adapter or a vendor
     * SDK nor declares a type of its own named after a provider (how Twilio's SID shapes once sat in
     * the neutral {@code event} package). A second telephony or speech provider is then an adapter
     * beside it (as OpenAI's, ElevenLabs' and Spring AI's are, in modules of their own), with nothing
     * to take out of the pipeline.
     */
    @Test
    void everythingButTheAdaptersIsProviderNeutral() {
        noClasses().that().resideOutsideOfPackages(TWILIO)
                .should().dependOnClassesThat().resideInAnyPackage(TWILIO, "com.twilio..")
                .check(CORE);
        noClasses().that().resideOutsideOfPackages(TWILIO)
                .should().haveSimpleNameContaining("Twilio").orShould().haveSimpleNameContaining("OpenAi")
                .check(CORE);
    }

    /** The OpenAI adapter left the core for callpipeline-openai: nothing here may reach for it or its SDK. */
    @Test
    void theCoreDoesNotSeeOpenAi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(OPENAI, "com.openai..").check(CORE);
    }
}
