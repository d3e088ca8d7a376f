package dev.golive.integration.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain is plain Java, takes time and addresses as arguments, and never looks anything up. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DomainPurityTest {

    private static final String DOMAIN = "dev.golive.integration.domain";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(DOMAIN);

    @Test
    void the_domain_depends_only_on_the_java_platform_and_itself() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.golive.problems.field..", "dev.golive.edge.address..", DOMAIN)
                .check(classes);
    }

    @Test
    void the_domain_never_reads_a_clock_nor_the_jvm_zone() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .check(classes);
    }

    @Test
    void the_domain_never_resolves_a_name() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().callMethod(InetAddress.class, "getByName", String.class)
                .orShould().callMethod(InetAddress.class, "getAllByName", String.class)
                .orShould().callMethod(InetAddress.class, "getHostName")
                .orShould().callMethod(InetAddress.class, "getCanonicalHostName")
                .orShould().callMethod(InetAddress.class, "getLocalHost")
                .check(classes);
    }
}
