package dev.golive.planner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.contracts.cutover.WeekendFact;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The planner's domain (the window calculus, the gates, the life cycle, the rules of a cutover)
 * stays plain Java: no framework, persistence, messaging or JSON, and nothing of the adapters around it.
 */
class ArchitectureTest {

    /**
     * The plain values of the cutover contract the window calculus and the life cycle are written
     * in: records and enums of JDK types only. Shared rather than copied, so the planner computes in
     * the very types it publishes. Named one by one and not the whole package: its events carry
     * JSON annotations, and so does {@code MilestoneTime} (the domain hands out
     * {@code ResolvedTime}s; the window adapter turns them into {@code MilestoneTime}s).
     */
    private static final Class<?>[] CONTRACT_VALUES = {
        GoLivePolicy.class, Blackout.class, Milestone.class, TimeRule.class, CutoverStatus.class,
        CutoverMember.class, Roles.class, WeekendFact.class};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.golive.planner");

    @Test
    void the_domain_depends_on_the_jdk_and_itself_only() {
        classes().that().resideInAPackage("dev.golive.planner.domain..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "dev.golive.problems.field..",
                        "dev.golive.planner.domain..").or(belongToAnyOf(CONTRACT_VALUES)))
                .check(classes);
    }

    /** What makes the contract values above fit the domain, checked so that it stays true. */
    @Test
    void the_contract_values_the_domain_uses_are_plain_java() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.golive.contracts.cutover")
                .check(new ClassFileImporter().importClasses(CONTRACT_VALUES));
    }

    @Test
    void the_domain_depends_on_no_framework() {
        noClasses().that().resideInAPackage("dev.golive.planner.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                        "org.apache.kafka..", "io.smallrye..", "org.quartz..", "io.micrometer..", "com.fasterxml..",
                        "org.eclipse.microprofile..", "org.jboss..", "net.fortuna..", "dev.golive.contracts",
                        "dev.golive.messaging..", "dev.golive.scheduling..", "dev.golive.problems")
                .check(classes);
    }
}
