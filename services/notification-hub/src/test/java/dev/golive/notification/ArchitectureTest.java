package dev.golive.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The notification domain stays plain Java: no framework, persistence, messaging, mail, templates
 * or JSON, and nothing of the adapters around it. It reads the event records of the contracts
 * (what an event means is its job), nothing else of them.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.golive.notification");

    @Test
    void the_domain_depends_on_the_jdk_the_event_records_and_itself_only() {
        classes().that().resideInAPackage("dev.golive.notification.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.golive.problems.field..", "javax.crypto..", "dev.golive.notification.domain..",
                        "dev.golive.contracts..")
                .check(classes);
    }

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("dev.golive.notification.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                        "org.apache.kafka..", "io.smallrye..", "org.quartz..", "io.micrometer..", "com.fasterxml..",
                        "org.eclipse.microprofile..", "io.vertx..", "dev.golive.messaging..", "dev.golive.problems")
                .check(classes);
    }

    @Test
    void the_adapters_do_not_reach_into_each_other_through_the_domain() {
        noClasses().that().resideInAPackage("dev.golive.notification.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.golive.notification.stakeholder..",
                        "dev.golive.notification.delivery..", "dev.golive.notification.paging..",
                        "dev.golive.notification.reminder..", "dev.golive.notification.cutover..")
                .check(classes);
    }
}
