package io.callpipeline.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md style rule 1: core is framework-free, and vendor SDK types stay inside their adapters. */
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
    void onlyTheOpenAiAdapterSeesOpenAiTypes() {
        noClasses().that().resideOutsideOfPackage("io.callpipeline.core.openai..")
                .should().dependOnClassesThat().resideInAPackage("com.openai..")
                .check(CORE);
    }
}
