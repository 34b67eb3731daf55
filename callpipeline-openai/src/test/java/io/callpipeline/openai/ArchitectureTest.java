package io.callpipeline.openai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI adapter is an adapter like any other: it sees the core's SPIs and openai-java, never the Twilio
 * adapter or a framework, so a host can pair it with any telephony and any container.
 */
class ArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.callpipeline.openai");

    @Test
    void theAdapterDoesNotSeeTwilio() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.callpipeline.core.twilio..", "com.twilio..")
                .check(ADAPTER);
    }

    @Test
    void theAdapterHasNoSpringDependency() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(ADAPTER);
    }
}
