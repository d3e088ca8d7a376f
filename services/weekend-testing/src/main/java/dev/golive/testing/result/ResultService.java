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
import dev.golive.testing.domain.ChangeKind;
import dev.golive.testing.domain.ChangeRules;
import dev.golive.testing.domain.NotedChange;
import dev.golive.testing.domain.Round;
import dev.golive.testing.domain.StagingRehearsals;
import dev.golive.testing.staging.RehearsalRow;
import dev.golive.testing.staging.StagingAssignmentRow;
import dev.golive.testing.staging.StagingRoundRow;
import dev.golive.testing.staging.StagingRounds;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Recording a result: a tester on their own assignment (the assignment's tester signs in with the
 * caller's username), or the ops lead on any. The assignment tells the round: one of the weekend plan
 * (WEEKEND) or of a staging round (STAGING, on the round's rehearsal, refused once staging was
 * refreshed). In one transaction with the cutover's lock: ResultRecorded; for the weekend,
 * IncidentDetected for a failed or blocked critical scenario, then the coverage and the sign-off
 * ({@link CoverageTracker}); for staging, StagingRoundChanged — a staging failure is not an incident
 * of the go-live (production is untouched): it holds the staging acceptance back instead.
 */
@ApplicationScoped
public class ResultService {

    public static final String SOURCE = "weekend-testing";

    private final Clock clock;
    private final Outbox outbox;
    private final CoverageTracker coverage;
    private final StagingRounds stagingRounds;

    public ResultService(Clock clock, Outbox outbox, CoverageTracker coverage, StagingRounds stagingRounds) {
        this.clock = clock;
        this.outbox = outbox;
        this.coverage = coverage;
        this.stagingRounds = stagingRounds;
    }

    /** The assignment a result is recorded on, in either round. */
    private record Target(UUID testerId, String scenarioId, Round round, StagingRoundRow stagingRound) {
    }

    @Transactional
    public ResultRow record(UUID cutoverId, UUID assignmentId, ResultRequest request, String user, boolean opsLead) {
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        Target target = target(cutoverId, assignmentId);
        TesterRow tester = TesterRow.findById(target.testerId());
        if (!opsLead && (tester == null || !tester.username.equalsIgnoreCase(user))) {
            throw new ForbiddenException("assignment " + assignmentId + " is not " + user + "'s");
        }
        Violations violations = new Violations();
        Outcome outcome = violations.enumValue("outcome", request.outcome(), Outcome.class, true);
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        TestResult result = new TestResult(target.scenarioId(), target.testerId().toString(), outcome, notes, now);
        violations.addRules(ResultRules.check(result));
        List<NotedChange> changes = changes(violations, request.changes());
        violations.refuse();
        if (target.round() == Round.STAGING
                && !StagingRehearsals.isCurrent(target.stagingRound().rehearsalId, RehearsalRow.domainOf(cutoverId))) {
            String current = StagingRehearsals.current(RehearsalRow.domainOf(cutoverId)).map(r -> r.id()).orElse("none");
            throw ProblemException.conflict("staging-refreshed", "staging was refreshed since staging round "
                    + target.stagingRound().id + " was planned on rehearsal " + target.stagingRound().rehearsalId
                    + " (current rehearsal: " + current + "): re-run on the new rehearsal, in a staging round planned on it",
                    List.of("STAGING_REFRESHED"));
        }
        ScenarioRow scenarioRow = ScenarioRow.of(cutoverId, target.scenarioId())
                .orElseThrow(() -> ProblemException.notFound("scenario", target.scenarioId()));
        Scenario scenario = scenarioRow.toDomain();

        ResultRow row = new ResultRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutoverId;
        row.assignmentId = assignmentId;
        row.scenarioId = target.scenarioId();
        row.testerId = target.testerId();
        row.outcome = outcome;
        row.notes = notes;
        row.workaroundExists = Boolean.TRUE.equals(request.workaroundExists());
        row.recordedBy = user;
        row.recordedAt = now;
        row.round = target.round();
        row.roundId = target.stagingRound() == null ? null : target.stagingRound().id;
        row.rehearsalId = target.stagingRound() == null ? null : target.stagingRound().rehearsalId;
        changes.forEach(c -> row.changes.add(new ResultRow.ChangeValue(c)));
        row.persist();

        outbox.append(new ResultRecorded(cutoverId.toString(), assignmentId.toString(), scenario.id(), scenario.title(),
                scenario.area().name(), scenario.critical(), outcome.name(), notes, user, now, row.round.name(),
                row.rehearsalId));
        if (row.round == Round.STAGING) {
            stagingRounds.announce(cutoverId, row.rehearsalId, row.roundId.toString(), now);
            return row;
        }
        if (scenario.critical() && outcome != Outcome.PASSED) {
            outbox.append(incident(cutoverId, scenario, row, tester));
        }
        coverage.afterResult(cutoverId, now);
        return row;
    }

    /** The weekend assignment {@code assignmentId}, or else the staging one; 404 when neither. */
    private static Target target(UUID cutoverId, UUID assignmentId) {
        Optional<AssignmentRow> weekend = AssignmentRow.of(cutoverId, assignmentId);
        if (weekend.isPresent()) {
            return new Target(weekend.get().testerId, weekend.get().scenarioId, Round.WEEKEND, null);
        }
        StagingAssignmentRow staging = StagingAssignmentRow.of(cutoverId, assignmentId)
                .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
        return new Target(staging.testerId, staging.scenarioId, Round.STAGING, StagingRoundRow.findById(staging.roundId));
    }

    /** The changes of the request, checked ({@link ChangeRules}); a kind that is not one is named once. */
    private static List<NotedChange> changes(Violations violations, List<ResultRequest.ChangeRequest> requested) {
        if (requested == null) {
            return List.of();
        }
        List<NotedChange> changes = new ArrayList<>();
        Set<String> badKinds = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ResultRequest.ChangeRequest c = requested.get(i);
            if (c == null) {
                changes.add(null);
                continue;
            }
            String field = "changes[" + i + "].kind";
            ChangeKind kind = c.kind() == null ? null : violations.enumValue(field, c.kind(), ChangeKind.class, true);
            if (c.kind() != null && kind == null) {
                badKinds.add(field);
            }
            changes.add(new NotedChange(kind, Violations.strip(c.description())));
        }
        violations.addRules(ChangeRules.check(changes).stream().filter(v -> !badKinds.contains(v.field())).toList());
        return changes;
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
