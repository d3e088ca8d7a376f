package dev.golive.planner.domain;

import dev.golive.planner.domain.GateEvidence.CriticalFlow;
import dev.golive.planner.domain.GateEvidence.DeveloperReview;
import dev.golive.planner.domain.GateEvidence.StagingRound;
import dev.golive.planner.domain.GateEvidence.SummaryItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The nine go/no-go gates of a cutover and the recommendation they make: GO when every gate
 * passed, NO_GO otherwise (a gate still UNKNOWN counts against going live).
 *
 * <p>How each gate reads the evidence:
 * <ul>
 *   <li>STAGING_REHEARSAL: staging-refresh's verdict; its reasons are carried, except
 *       OPEN_SUMMARY_ITEMS, which is UPGRADE_SUMMARY_REVIEWED's business (a verdict whose only
 *       reason is open summary items passes this gate).</li>
 *   <li>UPGRADE_SUMMARY_REVIEWED: fails while an item of the latest successful rehearsal is open
 *       (all open items when no success is known), or while staging-refresh reports
 *       OPEN_SUMMARY_ITEMS; unknown until a successful rehearsal or a ready staging verdict.</li>
 *   <li>UPGRADE_FORECAST_FITS: fails on UpgradeForecastExceedsWindow for the latest successful
 *       rehearsal, and when the latest UpgradeForecastChanged of that rehearsal says the forecast is
 *       not plausible (its reason carried); a later successful rehearsal without either passes it
 *       (staging-refresh announces right after the rehearsal's completion, so an unfitting or
 *       implausible one fails a moment later).</li>
 *   <li>STAGING_ACCEPTANCE: on the current rehearsal (the latest successful one) the developer
 *       review is done and the staging round has every critical flow PASSED; unknown until a
 *       successful rehearsal. What was reported about an older rehearsal never counts, so a
 *       refresh fails it until the new rehearsal is reviewed and its critical flows pass again.</li>
 *   <li>INTEGRATIONS_READY: integration-readiness's cutover-wide verdict, reasons carried.</li>
 *   <li>CRITICAL_SCENARIOS_ASSIGNED: the published plan has an assignment and no unassigned
 *       critical scenario. An unassigned scenario whose criticality the plan does not state (a
 *       plan published before the field existed) counts as possibly critical.</li>
 *   <li>ON_CALL_COVERED: the published roster has no gap.</li>
 *   <li>NO_OPEN_CRITICAL_INCIDENT: no CRITICAL incident reported before the downtime start is
 *       unresolved (OPEN or MITIGATED). No incident at all passes: it is the normal state, not a
 *       lack of evidence. Its reasons name the oldest few such incidents by title and, when there
 *       are others, say so without counting them ("and more …"): the gate changes, and is
 *       announced, when the incidents it names change, not on every incident of a storm (the count
 *       is the rollback assessment's, read live). So its announcement stays small and rare however
 *       many incidents there are.
 *       It reads {@link CriticalIncidents}, not the {@link GateEvidence}: an incident event changes
 *       this gate alone, and any other event every gate but this one.</li>
 *   <li>RUNBOOK_READY: unknown ("no runbook yet") until the runbook's first readiness; passes when
 *       every task due before go/no-go is done or skipped; fails with one reason per pending task,
 *       naming its title.</li>
 * </ul>
 */
public final class GoNoGoGates {

    private final Map<Gate, GateVerdict> verdicts;

    private GoNoGoGates(Map<Gate, GateVerdict> verdicts) {
        this.verdicts = verdicts;
    }

    /** What each gate is on no evidence at all (a gate never announced is in that state). */
    private static final GoNoGoGates NOTHING_KNOWN = evaluate(new GateEvidence(), CriticalIncidents.NONE);

    /** Every gate: those the evidence decides, and the incident gate from the open critical incidents. */
    public static GoNoGoGates evaluate(GateEvidence evidence, CriticalIncidents incidents) {
        Map<Gate, GateVerdict> v = new EnumMap<>(Gate.class);
        fromEvidence(evidence).forEach(g -> v.put(g.gate(), g));
        v.put(Gate.NO_OPEN_CRITICAL_INCIDENT, incidents(incidents));
        return new GoNoGoGates(v);
    }

    /** The gates the evidence decides: every gate but NO_OPEN_CRITICAL_INCIDENT, in {@link Gate} order. */
    public static List<GateVerdict> fromEvidence(GateEvidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        return List.of(staging(evidence), summary(evidence), forecast(evidence), stagingAcceptance(evidence),
                integrations(evidence), scenarios(evidence), onCall(evidence), runbook(evidence));
    }

    /** Gates as stored; a gate missing from {@code known} is UNKNOWN (or passed, for incidents: see above). */
    public static GoNoGoGates of(Collection<GateVerdict> known) {
        Map<Gate, GateVerdict> v = new EnumMap<>(Gate.class);
        v.putAll(NOTHING_KNOWN.verdicts);
        known.forEach(g -> v.put(g.gate(), g));
        return new GoNoGoGates(v);
    }

    /** The gate's state before anything was announced about it. */
    public static GateVerdict nothingKnown(Gate gate) {
        return NOTHING_KNOWN.get(gate);
    }

    /** Every gate, in {@link Gate} order. */
    public List<GateVerdict> verdicts() {
        return List.copyOf(verdicts.values());
    }

    public GateVerdict get(Gate gate) {
        return verdicts.get(gate);
    }

    public GoNoGo recommendation() {
        return failingGates().isEmpty() ? GoNoGo.GO : GoNoGo.NO_GO;
    }

    /**
     * The verdicts that tell something new after {@code announced} (another state, or other
     * reasons), in {@link Gate} order.
     */
    public List<GateVerdict> changedSince(GoNoGoGates announced) {
        Objects.requireNonNull(announced, "announced");
        return verdicts.values().stream().filter(v -> !v.sameAs(announced.get(v.gate()))).toList();
    }

    /** The gates not passed (failed or unknown), in {@link Gate} order. */
    public List<Gate> failingGates() {
        return verdicts.values().stream().filter(g -> !g.passed()).map(GateVerdict::gate).toList();
    }

    private static GateVerdict staging(GateEvidence e) {
        Gate gate = Gate.STAGING_REHEARSAL;
        if (e.stagingReady() == null) {
            return GateVerdict.unknown(gate, "no staging verdict from staging-refresh yet");
        }
        List<String> reasons = e.stagingReasons().stream()
                .filter(r -> !GateEvidence.OPEN_SUMMARY_ITEMS.equals(r)).toList();
        if (e.stagingReady() || reasons.isEmpty() && !e.stagingReasons().isEmpty()) {
            return GateVerdict.passed(gate);
        }
        return GateVerdict.failed(gate, reasons.isEmpty() ? List.of("staging-refresh reports staging not ready")
                : reasons);
    }

    private static GateVerdict summary(GateEvidence e) {
        Gate gate = Gate.UPGRADE_SUMMARY_REVIEWED;
        String basis = e.latestSuccessfulRehearsal();
        List<String> reasons = new ArrayList<>();
        for (SummaryItem item : e.openItems()) {
            if (basis == null || basis.equals(item.rehearsalId())) {
                reasons.add(describe(item));
            }
        }
        if (reasons.isEmpty() && Boolean.FALSE.equals(e.stagingReady())
                && e.stagingReasons().contains(GateEvidence.OPEN_SUMMARY_ITEMS)) {
            reasons.add("staging-refresh reports OPEN_SUMMARY_ITEMS in the latest successful rehearsal's summary");
        }
        if (!reasons.isEmpty()) {
            return GateVerdict.failed(gate, reasons);
        }
        if (basis == null && !Boolean.TRUE.equals(e.stagingReady())) {
            return GateVerdict.unknown(gate, "no successful rehearsal yet, so no upgrade summary to review");
        }
        return GateVerdict.passed(gate);
    }

    /**
     * An open summary item as a person reads it: what the upgrade reported (its description, the
     * item's title) and where, never the item's id, which nobody can look up by eye.
     */
    private static String describe(SummaryItem item) {
        String kind = words(item.kind());
        StringBuilder s = new StringBuilder("open summary item ");
        s.append(item.description() == null ? kind : "'" + item.description() + "'");
        List<String> about = new ArrayList<>();
        if (item.description() != null && kind != null) {
            about.add(kind);
        }
        if (item.model() != null) {
            about.add(item.model() + (item.field() == null ? "" : "." + item.field()));
        }
        if (item.owner() != null) {
            about.add("owner " + item.owner());
        }
        if (!about.isEmpty()) {
            s.append(" (").append(String.join(", ", about)).append(')');
        }
        return s.toString();
    }

    /** CHANGED_FIELD as "changed field". */
    private static String words(String code) {
        return code == null ? null : code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** PT4H30M as "4 h 30 min": a person reads the gate, not a parser. */
    static String duration(java.time.Duration d) {
        if (d == null) {
            return "an unknown time";
        }
        long minutes = d.toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return minutes == 0 ? d.toSeconds() + " s" : minutes + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** Which rehearsal a forecast comes from, in words (the gate only counts the latest successful one's). */
    private static String fromRehearsal(String rehearsalId, String basis) {
        return rehearsalId != null && rehearsalId.equals(basis) ? "the latest successful rehearsal" : "the rehearsal measured";
    }

    private static GateVerdict forecast(GateEvidence e) {
        Gate gate = Gate.UPGRADE_FORECAST_FITS;
        GateEvidence.ForecastExceeded exceeded = e.forecastExceeded();
        String basis = e.latestSuccessfulRehearsal();
        List<String> reasons = new ArrayList<>();
        GateEvidence.ForecastBasis forecast = e.forecastBasis();
        if (forecast != null && !forecast.plausible() && (basis == null || basis.equals(forecast.rehearsalId()))) {
            reasons.add("the production upgrade forecast from " + fromRehearsal(forecast.rehearsalId(), basis)
                    + " is not plausible: " + (forecast.reason() == null ? "staging-refresh gives no reason"
                    : forecast.reason()));
        }
        if (exceeded != null && (basis == null || basis.equals(exceeded.rehearsalId()))) {
            reasons.add("the production upgrade forecast of " + duration(exceeded.forecast())
                    + " from " + fromRehearsal(exceeded.rehearsalId(), basis) + " exceeds the expected downtime of "
                    + duration(exceeded.expectedDowntime()) + " by " + duration(exceeded.shortfall()));
        }
        if (!reasons.isEmpty()) {
            return GateVerdict.failed(gate, reasons);
        }
        if (basis == null) {
            return GateVerdict.unknown(gate, "no successful rehearsal yet, so no forecast");
        }
        return GateVerdict.passed(gate);
    }

    private static GateVerdict stagingAcceptance(GateEvidence e) {
        Gate gate = Gate.STAGING_ACCEPTANCE;
        String current = e.latestSuccessfulRehearsal();
        if (current == null) {
            return GateVerdict.unknown(gate, "no successful rehearsal yet, so no staging to accept");
        }
        List<String> reasons = new ArrayList<>();
        DeveloperReview review = e.developerReview(current);
        if (review == null) {
            reasons.add("no developer review of the current rehearsal reported yet");
        } else if (!review.done()) {
            reasons.add(describe(review));
        }
        StagingRound round = e.stagingRound(current);
        if (round == null || !round.hasRound()) {
            reasons.add("no staging round on the current rehearsal yet");
        } else {
            for (CriticalFlow flow : round.notPassed()) {
                reasons.add("critical flow '" + (flow.title() == null ? flow.scenarioId() : flow.title()) + "'"
                        + (flow.area() == null ? "" : " (" + flow.area() + ")")
                        + " has not passed on the current rehearsal: " + flow.outcome());
            }
            if (round.notPassed().isEmpty() && !round.criticalFlowsPassed()) {
                reasons.add("weekend-testing reports that not every critical flow passed on the current rehearsal");
            }
        }
        return reasons.isEmpty() ? GateVerdict.passed(gate) : GateVerdict.failed(gate, reasons);
    }

    private static String describe(DeveloperReview review) {
        String reason = "the developer review of the current rehearsal is not done";
        int open = Math.max(review.openCount(), review.openItems().size());
        if (open == 0) {
            return reason;
        }
        reason += ": " + open + (open == 1 ? " item open" : " items open");
        return review.openItems().isEmpty() ? reason : reason + " (" + String.join(", ", review.openItems()) + ")";
    }

    private static GateVerdict integrations(GateEvidence e) {
        Gate gate = Gate.INTEGRATIONS_READY;
        if (e.integrationsReady() == null) {
            return GateVerdict.unknown(gate, "no cutover-wide verdict from integration-readiness yet");
        }
        if (e.integrationsReady()) {
            return GateVerdict.passed(gate);
        }
        return GateVerdict.failed(gate, e.integrationReasons().isEmpty()
                ? List.of("integration-readiness reports the integrations not ready") : e.integrationReasons());
    }

    private static GateVerdict scenarios(GateEvidence e) {
        Gate gate = Gate.CRITICAL_SCENARIOS_ASSIGNED;
        GateEvidence.TestPlan plan = e.plan();
        if (plan == null) {
            return GateVerdict.unknown(gate, "no weekend test plan published yet");
        }
        List<String> reasons = new ArrayList<>();
        if (plan.assignments() == 0) {
            reasons.add("the published test plan assigns no scenario");
        }
        for (GateEvidence.UnassignedScenario u : plan.unassigned()) {
            if (Boolean.FALSE.equals(u.critical())) {
                continue; // a non-critical scenario left over does not stop the go-live
            }
            // the id only when the plan gave no title (a plan published before titles were carried)
            reasons.add("scenario " + (u.title() == null ? u.scenarioId() : "'" + u.title() + "'")
                    + " is unassigned: " + u.reason()
                    + (u.critical() == null ? "; the plan does not say it is not critical" : ""));
        }
        return reasons.isEmpty() ? GateVerdict.passed(gate) : GateVerdict.failed(gate, reasons);
    }

    private static GateVerdict onCall(GateEvidence e) {
        Gate gate = Gate.ON_CALL_COVERED;
        List<GateEvidence.RosterGap> gaps = e.rosterGaps();
        if (gaps == null) {
            return GateVerdict.unknown(gate, "no on-call roster published yet");
        }
        if (gaps.isEmpty()) {
            return GateVerdict.passed(gate);
        }
        return GateVerdict.failed(gate, gaps.stream()
                .map(g -> "nobody on call as " + g.role() + " from " + g.from() + " to " + g.to()).toList());
    }

    private static GateVerdict runbook(GateEvidence e) {
        Gate gate = Gate.RUNBOOK_READY;
        if (e.runbookReady() == null) {
            return GateVerdict.unknown(gate, "no runbook yet");
        }
        if (e.runbookReady()) {
            return GateVerdict.passed(gate);
        }
        List<String> pending = e.runbookPendingTasks();
        return GateVerdict.failed(gate, pending.isEmpty()
                ? List.of("the runbook reports tasks due before go/no-go not done")
                : pending.stream().map(title -> "'" + title + "' is due before go/no-go and not done").toList());
    }

    /**
     * NO_OPEN_CRITICAL_INCIDENT from the open critical incidents: the oldest few named by title (the
     * id only when the incident has none yet), then whether there are others. Not how many: a count in
     * the reasons would change the gate, and announce it to every service and stakeholder, on each
     * new incident of a storm, when what blocks the go-live has not changed.
     */
    static final String MORE_UNRESOLVED = "and more critical incidents unresolved";

    public static GateVerdict incidents(CriticalIncidents open) {
        Gate gate = Gate.NO_OPEN_CRITICAL_INCIDENT;
        Objects.requireNonNull(open, "open");
        if (open.count() == 0) {
            return GateVerdict.passed(gate);
        }
        List<String> reasons = new ArrayList<>();
        for (Incident incident : open.oldest()) {
            reasons.add("critical incident " + (incident.title() == null ? incident.incidentId()
                    : "'" + incident.title() + "'") + " is " + words(incident.status()));
        }
        if (open.count() > open.oldest().size()) {
            reasons.add(MORE_UNRESOLVED);
        }
        return GateVerdict.failed(gate, reasons);
    }
}
