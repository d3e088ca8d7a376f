package dev.golive.planner.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the other services told the planner about one cutover, kept as facts (not as gate
 * states) so that the gates can be evaluated again with a different downtime start. Each method
 * records one event's content; {@link GoNoGoGates#evaluate} turns the facts into gate verdicts.
 */
public final class GateEvidence {

    /** staging-refresh's reason for open items of the latest successful rehearsal's summary. */
    public static final String OPEN_SUMMARY_ITEMS = "OPEN_SUMMARY_ITEMS";

    private Boolean stagingReady;
    private List<String> stagingReasons = new ArrayList<>();
    private String latestSuccessfulRehearsal;
    private Map<String, SummaryItem> openItems = new LinkedHashMap<>();
    private ForecastExceeded forecastExceeded;
    private Boolean integrationsReady;
    private List<String> integrationReasons = new ArrayList<>();
    private TestPlan plan;
    private List<RosterGap> rosterGaps;
    private Map<String, Incident> incidents = new LinkedHashMap<>();

    /** An item of an upgrade summary still to review. */
    public record SummaryItem(String itemId, String rehearsalId, String kind, String model, String field,
                              String description, String owner) {
    }

    /** The forecast of a rehearsal did not fit the expected downtime. */
    public record ForecastExceeded(String rehearsalId, Duration forecast, Duration expectedDowntime,
                                   Duration shortfall) {
    }

    /** The latest published test plan: how many assignments, and what could not be assigned. */
    public record TestPlan(String planId, int assignments, List<UnassignedScenario> unassigned) {
        public TestPlan {
            unassigned = unassigned == null ? List.of() : List.copyOf(unassigned);
        }
    }

    /** {@code critical} null: the plan did not say (published before the field existed). */
    public record UnassignedScenario(String scenarioId, String title, String reason, Boolean critical) {
    }

    /** A stretch of the weekend without anyone on call in {@code role}. */
    public record RosterGap(String role, Instant from, Instant to) {
    }

    /** An incident as far as the gate cares: severity, status, and when it was reported (null if unknown). */
    public record Incident(String incidentId, String title, String severity, String status, Instant reportedAt) {
        boolean criticalAndUnresolved() {
            return "CRITICAL".equals(severity) && !"RESOLVED".equals(status);
        }
    }

    public void stagingReadiness(boolean ready, List<String> reasons) {
        stagingReady = ready;
        stagingReasons = reasons == null ? new ArrayList<>() : new ArrayList<>(reasons);
    }

    /** A rehearsal ended; only a success becomes the basis of the summary and forecast gates. */
    public void rehearsalCompleted(String rehearsalId, String outcome) {
        if ("SUCCEEDED".equals(outcome) && rehearsalId != null) {
            latestSuccessfulRehearsal = rehearsalId;
        }
    }

    public void summaryItemRaised(SummaryItem item) {
        openItems.put(Objects.requireNonNull(item.itemId(), "itemId"), item);
    }

    public void summaryItemResolved(String itemId) {
        openItems.remove(itemId);
    }

    public void forecastExceeded(ForecastExceeded exceeded) {
        forecastExceeded = exceeded;
    }

    public void integrationReadiness(boolean ready, List<String> reasons) {
        integrationsReady = ready;
        integrationReasons = reasons == null ? new ArrayList<>() : new ArrayList<>(reasons);
    }

    public void planPublished(TestPlan published) {
        plan = published;
    }

    public void rosterPublished(List<RosterGap> gaps) {
        rosterGaps = gaps == null ? new ArrayList<>() : new ArrayList<>(gaps);
    }

    /** Reported or updated: the incident's whole new state; an update keeps the first report's time. */
    public void incident(String incidentId, String title, String severity, String status, Instant reportedAt) {
        Incident known = incidents.get(incidentId);
        Instant reported = known != null && known.reportedAt() != null ? known.reportedAt() : reportedAt;
        String name = title != null ? title : known == null ? null : known.title();
        incidents.put(incidentId, new Incident(incidentId, name, severity, status, reported));
    }

    public void incidentResolved(String incidentId) {
        Incident known = incidents.get(incidentId);
        if (known != null) {
            incidents.put(incidentId, new Incident(incidentId, known.title(), known.severity(), "RESOLVED",
                    known.reportedAt()));
        }
    }

    Boolean stagingReady() {
        return stagingReady;
    }

    List<String> stagingReasons() {
        return List.copyOf(stagingReasons);
    }

    String latestSuccessfulRehearsal() {
        return latestSuccessfulRehearsal;
    }

    List<SummaryItem> openItems() {
        return List.copyOf(openItems.values());
    }

    ForecastExceeded forecastExceeded() {
        return forecastExceeded;
    }

    Boolean integrationsReady() {
        return integrationsReady;
    }

    List<String> integrationReasons() {
        return List.copyOf(integrationReasons);
    }

    TestPlan plan() {
        return plan;
    }

    List<RosterGap> rosterGaps() {
        return rosterGaps == null ? null : List.copyOf(rosterGaps);
    }

    List<Incident> incidents() {
        return List.copyOf(incidents.values());
    }
}
