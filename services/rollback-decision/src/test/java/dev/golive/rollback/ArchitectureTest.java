package dev.golive.rollback;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rollback domain stays plain Java: no framework, persistence, messaging or JSON, and nothing of the adapters around it. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.golive.rollback");

    @Test
    void the_domain_depends_on_the_jdk_and_itself_only() {
        classes().that().resideInAPackage("dev.golive.rollback.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.golive.problems.field..", "dev.golive.rollback.domain..")
                .check(classes);
    }

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("dev.golive.rollback.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                        "org.apache.kafka..", "io.smallrye..", "org.quartz..", "io.micrometer..", "com.fasterxml..",
                        "org.eclipse.microprofile..", "dev.golive.contracts..", "dev.golive.messaging..",
                        "dev.golive.problems")
                .check(classes);
    }
}
