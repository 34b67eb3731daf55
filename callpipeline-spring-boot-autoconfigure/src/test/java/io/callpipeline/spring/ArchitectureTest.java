package io.callpipeline.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The starter's shape: auto-configuration only wires the other packages, which never know it (so
 * each can be used, and tested, without Spring Boot's conditions), and no two packages depend on
 * each other in a circle.
 */
class ArchitectureTest {

    private static final JavaClasses STARTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.callpipeline.spring");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.callpipeline.spring.(*)..").should().beFreeOfCycles().check(STARTER);
    }

    @Test
    void onlyAutoConfigurationKnowsAutoConfiguration() {
        noClasses().that().resideOutsideOfPackage("io.callpipeline.spring.autoconfigure..")
                .should().dependOnClassesThat().resideInAPackage("io.callpipeline.spring.autoconfigure..")
                .check(STARTER);
    }
}
