package io.callpipeline.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CRM extension's shape: the web layer uses the calls and customers, never the reverse;
 * auto-configuration only wires the rest; and no two packages depend on each other in a circle.
 */
class ArchitectureTest {

    private static final JavaClasses CRM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.callpipeline.crm");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.callpipeline.crm.(*)..").should().beFreeOfCycles().check(CRM);
    }

    @Test
    void onlyAutoConfigurationKnowsAutoConfiguration() {
        noClasses().that().resideOutsideOfPackage("io.callpipeline.crm.autoconfigure..")
                .should().dependOnClassesThat().resideInAPackage("io.callpipeline.crm.autoconfigure..")
                .check(CRM);
    }

    @Test
    void callsAndCustomersDoNotKnowTheWebLayer() {
        noClasses().that().resideInAnyPackage("io.callpipeline.crm.call..", "io.callpipeline.crm.customer..",
                        "io.callpipeline.crm.persistence..", "io.callpipeline.crm.query..")
                .should().dependOnClassesThat().resideInAPackage("io.callpipeline.crm.web..")
                .check(CRM);
    }
}
