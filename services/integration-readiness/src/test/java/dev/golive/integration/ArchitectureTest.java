package dev.golive.integration;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The integration domain stays plain Java: no framework, persistence, messaging, HTTP or JSON, and nothing of the adapters around it. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.golive.integration");

    @Test
    void the_domain_depends_on_the_jdk_and_itself_only() {
        classes().that().resideInAPackage("dev.golive.integration.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.golive.problems.field..", "dev.golive.edge.address..",
                        "dev.golive.integration.domain..")
                .check(classes);
    }

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("dev.golive.integration.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                        "org.apache.kafka..", "io.smallrye..", "org.quartz..", "io.micrometer..", "com.fasterxml..",
                        "io.vertx..", "java.net.http..", "org.eclipse.microprofile..", "dev.golive.contracts..",
                        "dev.golive.messaging..", "dev.golive.problems")
                .check(classes);
    }

    @Test
    void the_domain_does_no_io_of_its_own() {
        noClasses().that().resideInAPackage("dev.golive.integration.domain..")
                .should().callMethod(java.net.InetAddress.class, "getByName", String.class)
                .orShould().callMethod(java.net.InetAddress.class, "getAllByName", String.class)
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(classes);
    }
}
