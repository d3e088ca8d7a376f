package dev.golive.testing.plan;

import dev.golive.problems.ProblemException;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.problems.field.FieldViolation;
import dev.golive.testing.domain.Plan;
import dev.golive.testing.domain.PlanCheck;
import dev.golive.testing.domain.PlannedAssignment;
import dev.golive.testing.domain.Scenario;
import dev.golive.testing.domain.Tester;
import dev.golive.testing.domain.Unassignable;
import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.problems.Violations;
import dev.golive.testing.tester.TesterRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ops lead's planning use cases: plan (a draft), publish it, and move one assignment by hand.
 * Each runs in one transaction holding the cutover's lock, with its events.
 */
@ApplicationScoped
public class PlanService {

    /** The longest reason for moving an assignment: a sentence or two, carried by AssignmentChanged to every tester. */
    public static final int MAX_REASON = 2_000;

    @Inject
    Clock clock;

    @Inject
    PlanStore store;

    /** Plans the weekend again from the current scenarios and testers; the result is a draft, whatever was before. */
    @Transactional
    public PlanRow plan(UUID cutoverId, String user) {
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now).requireTestingWindow();
        Plan plan;
        try {
            plan = store.compute(cutover);
        } catch (IllegalArgumentException e) {
            // The scenarios and testers are checked as a set when written; this is data from before a rule.
            throw ProblemException.conflict("cannot-plan", e.getMessage(), List.of("INVALID_INPUT"));
        }
        store.store(cutover, plan, PlanStatus.DRAFT, user, now);
        return PlanRow.findById(cutoverId);
    }

    /** Publishes the draft: PlanPublished with every assignment and every scenario left out. */
    @Transactional
    public PlanRow publish(UUID cutoverId, String user) {
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireTestingWindow();
        PlanRow plan = PlanRow.<PlanRow>findByIdOptional(cutoverId).orElseThrow(() -> ProblemException.conflict("no-plan",
                "cutover " + cutoverId + " has no plan yet: POST assignments:plan first", List.of("NO_PLAN")));
        if (plan.published()) {
            throw ProblemException.conflict("already-published", "plan " + plan.planId + " was published by "
                    + plan.publishedBy + " at " + plan.publishedAt, List.of("ALREADY_PUBLISHED"));
        }
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedBy = user;
        plan.publishedAt = now;
        store.announce(plan);
        return plan;
    }

    /**
     * Gives an assignment another tester or start. The hard constraints of the plan are checked
     * again ({@link PlanCheck}); one this change would break is a 409 naming it. An assignment of a
     * published plan that changes is announced (AssignmentChanged).
     */
    @Transactional
    public AssignmentRow override(UUID cutoverId, UUID assignmentId, OverrideRequest request, String user) {
        Violations violations = new Violations();
        UUID testerId = null;
        if (request.testerId() != null) {
            try {
                testerId = UUID.fromString(request.testerId().strip());
            } catch (IllegalArgumentException e) {
                violations.add("testerId", "'" + request.testerId() + "' is not a tester id");
            }
        }
        if (request.testerId() == null && request.start() == null && request.end() == null) {
            violations.add("body", "name a testerId, a start, or both");
        }
        if (request.reason() != null && request.reason().strip().length() > MAX_REASON) {
            violations.add("reason", "must be at most " + MAX_REASON + " characters, was " + request.reason().strip().length());
        }
        if (request.start() != null && request.end() != null && !request.end().isAfter(request.start())) {
            violations.add("end", "must be after its start (" + request.start() + "), was " + request.end());
        }
        violations.refuse();

        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now).requireTestingWindow();
        AssignmentRow row = AssignmentRow.of(cutoverId, assignmentId)
                .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
        if (testerId != null && TesterRow.of(cutoverId, testerId).isEmpty()) {
            throw ProblemException.invalid("testerId", "names no tester of cutover " + cutoverId + ": " + testerId);
        }
        Scenario scenario = ScenarioRow.of(cutoverId, row.scenarioId).map(ScenarioRow::toDomain)
                .orElseThrow(() -> ProblemException.notFound("scenario", row.scenarioId));
        UUID newTester = testerId != null ? testerId : row.testerId;
        Instant start = request.start() != null ? request.start() : row.start;
        Instant end = request.end() != null ? request.end() : start.plus(scenario.estimate());
        if (newTester.equals(row.testerId) && start.equals(row.start) && end.equals(row.end)) {
            return row;
        }

        List<AssignmentRow> rows = AssignmentRow.ofCutover(cutoverId);
        List<PlannedAssignment> current = rows.stream().map(AssignmentRow::toDomain).toList();
        List<PlannedAssignment> changed = new ArrayList<>(current);
        int at = rows.indexOf(row);
        changed.set(at, new PlannedAssignment(row.scenarioId, newTester.toString(), start, end));
        List<Unassignable> unassigned = UnassignedRow.ofCutover(cutoverId).stream().map(UnassignedRow::toDomain).toList();
        List<Scenario> scenarios = ScenarioRow.domainOf(cutoverId);
        List<Tester> testers = TesterRow.domainOf(cutoverId);
        // Only what this change breaks counts: the plan may be out of date with later edits already.
        Set<FieldViolation> before = new HashSet<>(PlanCheck.check(new Plan(current, unassigned), scenarios, testers,
                cutover.testingStart, cutover.testingEnd));
        List<FieldViolation> broken = PlanCheck.check(new Plan(changed, unassigned), scenarios, testers,
                cutover.testingStart, cutover.testingEnd).stream().filter(v -> !before.contains(v)).toList();
        if (!broken.isEmpty()) {
            String prefix = "assignments[" + at + "].";
            List<String> reasons = broken.stream().map(v -> (v.field().startsWith(prefix)
                    ? v.field().substring(prefix.length()) : v.field()) + ": " + v.message()).toList();
            throw ProblemException.conflict("hard-constraint", "the change breaks the plan: " + reasons.get(0), reasons);
        }

        row.testerId = newTester;
        row.start = start;
        row.end = end;
        row.updatedBy = user;
        row.updatedAt = now;
        if (PlanRow.isPublished(cutoverId)) {
            String reason = request.reason() == null || request.reason().isBlank() ? "moved by " + user
                    : request.reason().strip();
            store.announceChange(row, reason, user, now);
        }
        return row;
    }
}
