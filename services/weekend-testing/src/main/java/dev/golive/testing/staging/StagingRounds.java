package dev.golive.testing.staging;

import dev.golive.contracts.testing.StagingRoundChanged;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.CriticalFlows;
import dev.golive.testing.domain.Plan;
import dev.golive.testing.domain.PlannedAssignment;
import dev.golive.testing.domain.Scenario;
import dev.golive.testing.domain.StagingRehearsal;
import dev.golive.testing.domain.StagingRehearsals;
import dev.golive.testing.domain.StagingRoundRules;
import dev.golive.testing.domain.TestPlanner;
import dev.golive.testing.domain.Tester;
import dev.golive.testing.domain.Unassignable;
import dev.golive.testing.result.ResultRow;
import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.testing.tester.TesterRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staging rounds of a cutover: planning one on the current rehearsal, and telling the other
 * services (StagingRoundChanged) where its critical flows stand — when a round is planned, when a
 * result is recorded on it, and when a newer rehearsal becomes current (its flows NOT_RUN until run on
 * it). Callers of the {@code MANDATORY} methods hold the cutover's lock.
 */
@ApplicationScoped
public class StagingRounds {

    /** The round id StagingRoundChanged carries when the current rehearsal has no round yet. */
    public static final String NO_ROUND = "none";

    private final Clock clock;
    private final Outbox outbox;

    public StagingRounds(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    /**
     * Plans a staging round of the whole catalogue (critical scenarios first, as {@link TestPlanner}
     * does) on the testers' staging availability inside {@code [from, to)}. 409 unless the rehearsal is
     * the current one and its developer review is done; 422 for bad dates.
     */
    @Transactional
    public StagingRoundRow plan(UUID cutoverId, StagingRoundRequest request, String user) {
        Violations violations = new Violations();
        String rehearsalId = Violations.strip(request.rehearsalId());
        if (rehearsalId == null || rehearsalId.isEmpty()) {
            violations.add("rehearsalId", "is required: the rehearsal whose staging database the power users test");
        } else if (rehearsalId.length() > 200) {
            violations.add("rehearsalId", "must be at most 200 characters, was " + rehearsalId.length());
        }
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        violations.addRules(StagingRoundRules.checkRound(request.from(), request.to(), cutover.downtimeStart));
        violations.refuse();

        Optional<String> refusal = StagingRehearsals.whyNotPlannable(rehearsalId, RehearsalRow.domainOf(cutoverId));
        if (refusal.isPresent()) {
            throw ProblemException.conflict("rehearsal-not-ready", refusal.get(), List.of(refusal.get()));
        }
        List<Scenario> scenarios = ScenarioRow.domainOf(cutoverId);
        List<Tester> testers = TesterRow.ofCutover(cutoverId).stream().map(TesterRow::toStagingDomain).toList();
        Plan plan;
        try {
            plan = TestPlanner.plan(scenarios, testers, request.from(), request.to());
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("cannot-plan", e.getMessage(), List.of("INVALID_INPUT"));
        }

        StagingRoundRow round = new StagingRoundRow();
        round.id = UUID.randomUUID();
        round.cutoverId = cutoverId;
        round.rehearsalId = rehearsalId;
        round.from = request.from();
        round.to = request.to();
        round.createdBy = user;
        round.createdAt = now;
        round.persist();
        for (PlannedAssignment a : plan.assignments()) {
            StagingAssignmentRow row = new StagingAssignmentRow();
            row.id = UUID.randomUUID();
            row.roundId = round.id;
            row.cutoverId = cutoverId;
            row.scenarioId = a.scenarioId();
            row.testerId = UUID.fromString(a.testerId());
            row.start = a.start();
            row.end = a.end();
            row.persist();
        }
        int position = 0;
        for (Unassignable u : plan.unassignable()) {
            StagingUnassignedRow.of(round.id, position++, u).persist();
        }
        announce(cutoverId, rehearsalId, round.id.toString(), now);
        return round;
    }

    /** The critical flows of the catalogue with their latest outcome on {@code rehearsalId}. */
    public List<CriticalFlows.Flow> flows(UUID cutoverId, String rehearsalId) {
        return CriticalFlows.of(ScenarioRow.domainOf(cutoverId),
                ResultRow.onRehearsal(cutoverId, rehearsalId).stream().map(ResultRow::toDomain).toList());
    }

    /** StagingRoundChanged for {@code rehearsalId}: every critical flow with its latest outcome on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(UUID cutoverId, String rehearsalId, String roundId, Instant now) {
        List<CriticalFlows.Flow> flows = flows(cutoverId, rehearsalId);
        outbox.append(new StagingRoundChanged(cutoverId.toString(), rehearsalId, roundId,
                flows.stream().map(f -> new StagingRoundChanged.FlowOutcome(f.scenario().id(), f.scenario().title(),
                        f.scenario().area().name(), f.outcomeName())).toList(),
                CriticalFlows.allPassed(flows), now));
    }

    /**
     * Announces the current rehearsal again when its critical flows are no longer the ones last
     * announced: a scenario became critical or normal, was added, renamed or removed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void catalogueChanged(UUID cutoverId, List<Scenario> before, Instant now) {
        Optional<StagingRehearsal> current = StagingRehearsals.current(RehearsalRow.domainOf(cutoverId));
        if (current.isEmpty() || criticalOf(before).equals(criticalOf(ScenarioRow.domainOf(cutoverId)))) {
            return;
        }
        String rehearsalId = current.get().id();
        announce(cutoverId, rehearsalId, newestRoundOn(cutoverId, rehearsalId), now);
    }

    /** The id of the newest round on the rehearsal, or {@value #NO_ROUND}. */
    public static String newestRoundOn(UUID cutoverId, String rehearsalId) {
        return StagingRoundRow.newestOn(cutoverId, rehearsalId).map(r -> r.id.toString()).orElse(NO_ROUND);
    }

    private static List<String> criticalOf(List<Scenario> scenarios) {
        return scenarios.stream().filter(Scenario::critical)
                .map(s -> s.id() + "\u0000" + s.title() + "\u0000" + s.area()).toList();
    }
}
