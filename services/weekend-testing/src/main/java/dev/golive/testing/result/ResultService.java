package dev.golive.testing.result;

import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.BusinessArea;
import dev.golive.testing.domain.Outcome;
import dev.golive.testing.domain.ResultRules;
import dev.golive.testing.domain.Scenario;
import dev.golive.testing.domain.TestResult;
import dev.golive.testing.plan.AssignmentRow;
import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.problems.Violations;
import dev.golive.testing.tester.TesterRow;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Recording a result: a tester on their own assignment (the assignment's tester signs in with the
 * caller's username), or the ops lead on any. In one transaction with the cutover's lock:
 * ResultRecorded; IncidentDetected for a failed or blocked critical scenario; then the coverage and
 * the sign-off ({@link CoverageTracker}).
 */
@ApplicationScoped
public class ResultService {

    public static final String SOURCE = "weekend-testing";

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    CoverageTracker coverage;

    @Transactional
    public ResultRow record(UUID cutoverId, UUID assignmentId, ResultRequest request, String user, boolean opsLead) {
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        AssignmentRow assignment = AssignmentRow.of(cutoverId, assignmentId)
                .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
        TesterRow tester = TesterRow.findById(assignment.testerId);
        if (!opsLead && (tester == null || !tester.username.equalsIgnoreCase(user))) {
            throw new ForbiddenException("assignment " + assignmentId + " is not " + user + "'s");
        }
        Violations violations = new Violations();
        Outcome outcome = violations.enumValue("outcome", request.outcome(), Outcome.class, true);
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        TestResult result = new TestResult(assignment.scenarioId, assignment.testerId.toString(), outcome, notes, now);
        violations.addRules(ResultRules.check(result));
        violations.refuse();
        ScenarioRow scenarioRow = ScenarioRow.of(cutoverId, assignment.scenarioId)
                .orElseThrow(() -> ProblemException.notFound("scenario", assignment.scenarioId));
        Scenario scenario = scenarioRow.toDomain();

        ResultRow row = new ResultRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutoverId;
        row.assignmentId = assignmentId;
        row.scenarioId = assignment.scenarioId;
        row.testerId = assignment.testerId;
        row.outcome = outcome;
        row.notes = notes;
        row.workaroundExists = Boolean.TRUE.equals(request.workaroundExists());
        row.recordedBy = user;
        row.recordedAt = now;
        row.persist();

        outbox.append(new ResultRecorded(cutoverId.toString(), assignmentId.toString(), scenario.id(), scenario.title(),
                scenario.area().name(), scenario.critical(), outcome.name(), notes, user, now, "WEEKEND", null));
        if (scenario.critical() && outcome != Outcome.PASSED) {
            outbox.append(incident(cutoverId, scenario, row, tester));
        }
        coverage.afterResult(cutoverId, now);
        return row;
    }

    /** A failed or blocked critical scenario as a detection for rollback-decision: the scenario id is the reference. */
    static IncidentDetected incident(UUID cutoverId, Scenario scenario, ResultRow result, TesterRow tester) {
        String what = result.outcome == Outcome.FAILED ? "failed" : "is blocked";
        return new IncidentDetected(cutoverId.toString(), SOURCE, scenario.id(),
                "Critical weekend test " + what + ": " + scenario.title(),
                "Scenario " + scenario.id() + " " + what + " (recorded by " + result.recordedBy
                        + (tester == null ? "" : " for tester " + tester.name) + "): " + result.notes,
                businessFlow(scenario.area()), "CRITICAL", true, false, result.workaroundExists, null,
                result.recordedAt);
    }

    /** The incident vocabulary's business flow of a business area. */
    static String businessFlow(BusinessArea area) {
        return switch (area) {
            case SALES -> "SALES";
            case PURCHASE -> "PURCHASE";
            case INVENTORY -> "INVENTORY_AND_DELIVERY";
            case INVOICING -> "INVOICING_AND_ACCOUNTING";
            case MANUFACTURING -> "MANUFACTURING";
            case WEBSITE -> "WEBSITE_AND_PORTAL";
            case REPORTING -> "REPORTING";
            case OTHER -> "OTHER";
        };
    }
}
