package dev.golive.planner.gonogo;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.contracts.testing.StagingRoundChanged;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.domain.Gate;
import dev.golive.planner.domain.GateEvidence;
import dev.golive.planner.domain.GateVerdict;
import dev.golive.planner.domain.GoNoGoGates;
import dev.golive.planner.domain.Incident;
import dev.golive.planner.milestone.CutoverMilestone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the gates of each cutover in step with the other services' events: records the event's
 * facts, evaluates the gates they decide, and for every gate whose state or reasons changed stores
 * the new state (since = now, from the injected clock: when the planner learnt it) and announces
 * GateChanged through the outbox. The caller holds the cutover's lock.
 *
 * <p>What an event costs does not grow with the cutover's history: an incident event changes its
 * incident's row and, only when that incident is or was critical and unresolved, evaluates the
 * incident gate alone from a count and the oldest few (an index query); any other event reads and
 * rewrites the evidence document (which holds no incidents) and evaluates the gates it decides.
 */
@ApplicationScoped
public class Gatekeeper {

    private static final Logger LOG = Logger.getLogger(Gatekeeper.class);

    private final Clock clock;
    private final Outbox outbox;

    @Inject
    Gatekeeper(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Cutover cutover, GoliveEvent event) {
        if (event instanceof IncidentReported || event instanceof IncidentUpdated || event instanceof IncidentResolved) {
            if (recordIncident(cutover, event)) {
                announceChanges(cutover, List.of(GoNoGoGates.incidents(
                        IncidentRow.openCritical(cutover.id, downtimeStart(cutover)))), clock.instant());
            }
            return;
        }
        Instant now = clock.instant();
        GateEvidenceRow row = GateEvidenceRow.of(cutover.id, now);
        GateEvidence evidence = row.evidence();
        if (!record(evidence, event)) {
            return;
        }
        row.store(evidence, now);
        announceChanges(cutover, GoNoGoGates.fromEvidence(evidence), now);
    }

    /**
     * Keeps the incident's new state; true when the incident gate may have changed: the incident is,
     * or was until now, critical and unresolved (any other incident is not the gate's business).
     */
    private static boolean recordIncident(Cutover cutover, GoliveEvent event) {
        String incidentId = event instanceof IncidentReported i ? i.incidentId()
                : event instanceof IncidentUpdated i ? i.incidentId() : ((IncidentResolved) event).incidentId();
        IncidentRow row = IncidentRow.find(cutover.id, incidentId);
        Incident known = row == null ? null : row.incident();
        Incident now;
        if (event instanceof IncidentReported i) {
            now = Incident.changed(known, i.incidentId(), i.title(), i.severity(), i.status(), i.reportedAt());
        } else if (event instanceof IncidentUpdated i) {
            now = Incident.changed(known, i.incidentId(), i.title(), i.severity(), i.status(), null);
        } else if (known != null) {
            now = known.resolved();
        } else {
            return false; // resolved before anything was known of it: nothing for the gate to count
        }
        if (now.equals(known)) {
            return false; // redelivered or a change of fields the gate does not read
        }
        IncidentRow.put(cutover.id, row, now);
        return now.criticalAndUnresolved() || known != null && known.criticalAndUnresolved();
    }

    /** Records the event's facts; false when the event tells the gates nothing. */
    private static boolean record(GateEvidence evidence, GoliveEvent event) {
        if (event instanceof StagingReadinessChanged s) {
            evidence.stagingReadiness(s.ready(), s.reasons());
        } else if (event instanceof RehearsalCompleted r) {
            evidence.rehearsalCompleted(r.rehearsalId(), r.outcome());
        } else if (event instanceof SummaryItemRaised i) {
            evidence.summaryItemRaised(new GateEvidence.SummaryItem(i.itemId(), i.rehearsalId(), i.kind(),
                    i.model(), i.field(), i.description(), i.owner()));
        } else if (event instanceof SummaryItemResolved i) {
            evidence.summaryItemResolved(i.itemId());
        } else if (event instanceof UpgradeForecastExceedsWindow f) {
            evidence.forecastExceeded(new GateEvidence.ForecastExceeded(f.rehearsalId(), f.forecast(),
                    f.expectedDowntime(), f.shortfall()));
        } else if (event instanceof UpgradeForecastChanged f) {
            evidence.forecastChanged(new GateEvidence.ForecastBasis(f.rehearsalId(), f.forecast(), f.plausible(),
                    f.reason()));
        } else if (event instanceof RunbookReadinessChanged r) {
            evidence.runbookReadiness(r.ready(), r.pendingTasks());
        } else if (event instanceof DeveloperReviewChanged d && d.rehearsalId() != null) {
            evidence.developerReviewChanged(new GateEvidence.DeveloperReview(d.rehearsalId(), d.done(),
                    Math.max(0, d.items() - d.checked() - d.notApplicable()), d.openItems()));
        } else if (event instanceof StagingRoundChanged r && r.rehearsalId() != null) {
            evidence.stagingRoundChanged(new GateEvidence.StagingRound(r.rehearsalId(), r.roundId(),
                    r.criticalFlowsPassed(), r.criticalFlows() == null ? List.of() : r.criticalFlows().stream()
                            .filter(f -> !"PASSED".equals(f.outcome()))
                            .map(f -> new GateEvidence.CriticalFlow(f.scenarioId(), f.title(), f.area(), f.outcome()))
                            .toList()));
        } else if (event instanceof IntegrationReadinessChanged i && i.integrationId() == null) {
            // Only the cutover-wide verdict: one integration's verdict is already part of it.
            evidence.integrationReadiness(i.ready(), i.reasons());
        } else if (event instanceof PlanPublished p) {
            evidence.planPublished(new GateEvidence.TestPlan(p.planId(),
                    p.assignments() == null ? 0 : p.assignments().size(),
                    p.unassigned() == null ? List.of() : p.unassigned().stream()
                            .map(u -> new GateEvidence.UnassignedScenario(u.scenarioId(), u.scenarioTitle(),
                                    u.reason(), u.critical()))
                            .toList()));
        } else if (event instanceof RosterPublished r) {
            evidence.rosterPublished(r.gaps() == null ? List.of() : r.gaps().stream()
                    .map(g -> new GateEvidence.RosterGap(g.role(), g.from(), g.to())).toList());
        } else {
            return false;
        }
        return true;
    }

    /** Evaluates every gate again (the downtime start matters to the incident gate) and announces what changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public GoNoGoGates reevaluate(Cutover cutover) {
        Instant now = clock.instant();
        GateEvidenceRow row = GateEvidenceRow.findById(cutover.id);
        GoNoGoGates gates = GoNoGoGates.evaluate(row == null ? new GateEvidence() : row.evidence(),
                IncidentRow.openCritical(cutover.id, downtimeStart(cutover)));
        announceChanges(cutover, gates.verdicts(), now);
        return gates;
    }

    /** The gates as last announced; a gate never announced has its state on no evidence, since the cutover was planned. */
    public GoNoGoGates current(Cutover cutover) {
        return GoNoGoGates.of(GateStateRow.ofCutover(cutover.id).stream().map(GateStateRow::verdict).toList());
    }

    /** Since when each gate has been in its state. */
    public Map<Gate, Instant> since(Cutover cutover) {
        Map<Gate, Instant> since = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            since.put(gate, cutover.createdAt);
        }
        GateStateRow.ofCutover(cutover.id).forEach(r -> since.put(r.gate, r.since));
        return since;
    }

    /** Stores and announces each of {@code verdicts} that differs from the gate's last announced state. */
    private void announceChanges(Cutover cutover, List<GateVerdict> verdicts, Instant now) {
        Map<Gate, GateStateRow> stored = verdicts.size() == 1
                ? single(GateStateRow.find(cutover.id, verdicts.get(0).gate()))
                : GateStateRow.ofCutover(cutover.id).stream().collect(Collectors.toMap(r -> r.gate, Function.identity()));
        for (GateVerdict verdict : verdicts) {
            GateStateRow row = stored.get(verdict.gate());
            GateVerdict announced = row == null ? GoNoGoGates.nothingKnown(verdict.gate()) : row.verdict();
            if (verdict.sameAs(announced)) {
                continue;
            }
            boolean first = row == null;
            if (first) {
                row = new GateStateRow();
                row.cutoverId = cutover.id;
                row.gate = verdict.gate();
            }
            row.state = verdict.state();
            row.reasons = verdict.reasons();
            row.since = now;
            if (first) {
                row.persist();
            }
            LOG.debugf("gate %s of %s: %s %s", verdict.gate(), cutover.id, verdict.state(), verdict.reasons());
            outbox.append(new GateChanged(cutover.id.toString(), verdict.gate().name(), verdict.state().name(),
                    verdict.reasons(), now));
        }
    }

    private static Map<Gate, GateStateRow> single(GateStateRow row) {
        return row == null ? Map.of() : Map.of(row.gate, row);
    }

    private static Instant downtimeStart(Cutover cutover) {
        CutoverMilestone downtime = CutoverMilestone.find(cutover.id, Milestone.DOWNTIME_START);
        return downtime == null ? null : downtime.at;
    }
}
