package dev.golive.staging;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The staging domain stays plain Java: no framework, no persistence, no messaging, no clock of its own. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"jakarta..", "javax.persistence..", "io.quarkus..",
        "org.hibernate..", "org.apache.kafka..", "io.smallrye..", "org.eclipse.microprofile..", "org.quartz..",
        "io.micrometer..", "com.fasterxml..", "io.vertx..", "org.jboss.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.golive.staging");

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("dev.golive.staging.domain")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void the_domain_depends_on_nothing_else_of_the_service_nor_on_the_contracts() {
        noClasses().that().resideInAPackage("dev.golive.staging.domain")
                .should().dependOnClassesThat().resideInAnyPackage("dev.golive.staging.rehearsal..",
                        "dev.golive.staging.summary..", "dev.golive.staging.freshness..", "dev.golive.staging.cutover..",
                        "dev.golive.staging.webhook..", "dev.golive.staging.readiness..", "dev.golive.messaging..",
                        "dev.golive.problems", "dev.golive.contracts..")
                .check(classes);
    }

    @Test
    void the_domain_takes_time_as_arguments_never_from_a_clock() {
        noClasses().that().resideInAPackage("dev.golive.staging.domain")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .check(classes);
    }

    @Test
    void events_leave_only_through_the_outbox() {
        classes().that().resideInAPackage("dev.golive.staging..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.eclipse.microprofile.reactive.messaging..")
                .orShould().haveSimpleName("CutoverProjector")
                .check(classes);
    }
}
