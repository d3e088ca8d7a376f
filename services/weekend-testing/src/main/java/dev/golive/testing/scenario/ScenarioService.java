package dev.golive.testing.scenario;

import dev.golive.problems.ProblemException;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.BusinessArea;
import dev.golive.testing.domain.Criticality;
import dev.golive.problems.field.FieldViolation;
import dev.golive.testing.domain.Scenario;
import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.domain.ScenarioRules;
import dev.golive.testing.plan.AssignmentRow;
import dev.golive.testing.plan.PlanRow;
import dev.golive.testing.plan.UnassignedRow;
import dev.golive.testing.staging.StagingRounds;
import dev.golive.problems.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The scenario use cases: add, change and remove a scenario, and add the default catalogue's
 * missing ones. Each checks the scenario alone and the cutover's scenarios as a set (ids unique,
 * {@code dependsOn} naming a scenario, no cycle) before writing; changes reach the plan when it is
 * planned again.
 */
@ApplicationScoped
public class ScenarioService {

    private final Clock clock;
    private final StagingRounds staging;

    public ScenarioService(Clock clock, StagingRounds staging) {
        this.clock = clock;
        this.staging = staging;
    }

    @Transactional
    public ScenarioRow create(UUID cutoverId, ScenarioRequest request, String user) {
        Violations violations = new Violations();
        Scenario scenario = read(violations, request, Violations.strip(request.id()));
        violations.addRules(ScenarioRules.check(scenario));
        violations.refuse();

        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        if (ScenarioRow.of(cutoverId, scenario.id()).isPresent()) {
            throw ProblemException.conflict("scenario-exists", "cutover " + cutoverId + " has a scenario "
                    + scenario.id() + " already; change it with PUT", List.of("SCENARIO_EXISTS"));
        }
        List<Scenario> before = ScenarioRow.domainOf(cutoverId);
        checkInSet(violations, before, scenario);

        ScenarioRow row = new ScenarioRow();
        row.rowId = UUID.randomUUID();
        row.cutoverId = cutoverId;
        row.scenarioId = scenario.id();
        row.position = nextPosition(cutoverId);
        row.take(scenario);
        row.updatedBy = user;
        row.updatedAt = now;
        row.persist();
        staging.catalogueChanged(cutoverId, before, now);
        return row;
    }

    @Transactional
    public ScenarioRow update(UUID cutoverId, String scenarioId, ScenarioRequest request, String user) {
        Violations violations = new Violations();
        if (request.id() != null && !Objects.equals(Violations.strip(request.id()), scenarioId)) {
            violations.add("id", "a scenario keeps its id: leave it out or give " + scenarioId);
        }
        Scenario scenario = read(violations, request, scenarioId);
        violations.addRules(ScenarioRules.check(scenario));
        violations.refuse();

        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        ScenarioRow row = ScenarioRow.of(cutoverId, scenarioId)
                .orElseThrow(() -> ProblemException.notFound("scenario", scenarioId));
        List<Scenario> before = ScenarioRow.domainOf(cutoverId);
        checkInSet(violations, before, scenario);
        if (!row.toDomain().equals(scenario)) {
            row.take(scenario);
            row.updatedBy = user;
            row.updatedAt = now;
            staging.catalogueChanged(cutoverId, before, now);
        }
        return row;
    }

    /**
     * Removes a scenario no other scenario depends on. Its assignment goes with it from a draft plan;
     * from a published plan it is refused (testers work from it: plan again first).
     */
    @Transactional
    public void delete(UUID cutoverId, String scenarioId) {
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        ScenarioRow row = ScenarioRow.of(cutoverId, scenarioId)
                .orElseThrow(() -> ProblemException.notFound("scenario", scenarioId));
        List<Scenario> before = ScenarioRow.domainOf(cutoverId);
        List<String> dependents = before.stream()
                .filter(s -> scenarioId.equals(s.dependsOn())).map(Scenario::id).toList();
        if (!dependents.isEmpty()) {
            throw ProblemException.conflict("prerequisite", "scenario " + scenarioId + " is the prerequisite of "
                    + String.join(", ", dependents) + "; change or remove those first", List.of("PREREQUISITE_OF"));
        }
        AssignmentRow assignment = AssignmentRow.ofScenario(cutoverId, scenarioId).orElse(null);
        if (assignment != null) {
            if (PlanRow.isPublished(cutoverId)) {
                throw ProblemException.conflict("in-published-plan", "scenario " + scenarioId
                        + " is assigned in the published plan; plan again without it first", List.of("IN_PUBLISHED_PLAN"));
            }
            assignment.delete();
        }
        UnassignedRow.deleteOfScenario(cutoverId, scenarioId);
        row.delete();
        staging.catalogueChanged(cutoverId, before, now);
    }

    /** Adds the scenarios of the default catalogue whose ids the cutover does not have yet; returns their ids. */
    @Transactional
    public List<String> addCatalogue(UUID cutoverId, String user) {
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        ScenarioCatalogue catalogue = new ScenarioCatalogue(ScenarioRow.domainOf(cutoverId));
        List<Scenario> missing = ScenarioCatalogue.defaults().scenarios().stream()
                .filter(s -> catalogue.find(s.id()).isEmpty()).toList();
        ScenarioCatalogue next = catalogue;
        for (Scenario s : missing) {
            next = next.with(s);
        }
        List<FieldViolation> broken = next.violations();
        if (!broken.isEmpty()) {
            throw ProblemException.conflict("catalogue-conflict", "the default scenarios do not fit with the cutover's: "
                    + broken.get(0).field() + " " + broken.get(0).message(),
                    broken.stream().map(v -> v.field() + ": " + v.message()).toList());
        }
        int position = nextPosition(cutoverId);
        List<String> added = new ArrayList<>();
        for (Scenario s : missing) {
            ScenarioRow row = new ScenarioRow();
            row.rowId = UUID.randomUUID();
            row.cutoverId = cutoverId;
            row.scenarioId = s.id();
            row.position = position++;
            row.take(s);
            row.updatedBy = user;
            row.updatedAt = now;
            row.persist();
            added.add(s.id());
        }
        staging.catalogueChanged(cutoverId, catalogue.scenarios(), now);
        return added;
    }

    private static Scenario read(Violations violations, ScenarioRequest request, String id) {
        BusinessArea area = violations.enumValue("area", request.area(), BusinessArea.class, true);
        Criticality criticality = violations.enumValue("criticality", request.criticality(), Criticality.class, true);
        int minutes = violations.required("estimatedMinutes", request.estimatedMinutes());
        return new Scenario(id, Violations.strip(request.title()), area, criticality, minutes,
                Violations.strip(request.dependsOn()));
    }

    /** 422 for what the scenario breaks among the cutover's scenarios (an unknown {@code dependsOn}, a cycle). */
    private static void checkInSet(Violations violations, List<Scenario> current, Scenario scenario) {
        ScenarioCatalogue next = new ScenarioCatalogue(current).with(scenario);
        String prefix = "scenarios[" + next.scenarios().indexOf(scenario) + "].";
        violations.addRules(next.violations().stream().filter(v -> v.field().startsWith(prefix))
                .map(v -> new FieldViolation(v.field().substring(prefix.length()), v.message())).toList());
        violations.refuse();
    }

    private static int nextPosition(UUID cutoverId) {
        Integer max = ScenarioRow.getEntityManager()
                .createQuery("select max(s.position) from ScenarioRow s where s.cutoverId = ?1", Integer.class)
                .setParameter(1, cutoverId).getSingleResult();
        return max == null ? 0 : max + 1;
    }
}
