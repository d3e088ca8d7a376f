package dev.golive.planner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The window calculus, the gates and the life cycle stay plain Java: no framework, no persistence, no messaging. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"jakarta..", "io.quarkus..", "org.hibernate..",
        "org.apache.kafka..", "io.smallrye..", "org.quartz..", "io.micrometer.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.golive.planner");

    /** Adapters around the window domain are the resource, the scheduling use case and the error mapper. */
    @Test
    void the_window_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("dev.golive.planner.window")
                .and().areNotAnnotatedWith(Path.class)
                .and().areNotAnnotatedWith(ApplicationScoped.class)
                .and().haveSimpleNameNotStartingWith("WindowResource")
                .and().haveSimpleNameNotEndingWith("Mapper")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void the_gates_depend_on_no_framework() {
        noClasses().that().resideInAPackage("dev.golive.planner.gate")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void the_life_cycle_and_upgrade_path_depend_on_no_framework() {
        noClasses().that().haveSimpleName("StatusTransitions").or().haveSimpleName("UpgradePath")
                .or().haveSimpleName("CutoverRules").or().haveSimpleNameStartingWith("WeekendProgress")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }
}
