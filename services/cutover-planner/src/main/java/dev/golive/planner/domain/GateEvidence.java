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
    /** The current rehearsal before the latest one: what arrives late about it is dropped. */
    private String previousRehearsal;
    /**
     * By rehearsal id, at most two each: the current rehearsal's, and the newest about another
     * rehearsal (a review or a round may arrive before the rehearsal's completion, as the testing
     * topic is read apart from the staging topic). Each event replaces its rehearsal's entry.
     */
    private Map<String, DeveloperReview> developerReviews = new LinkedHashMap<>();
    private Map<String, StagingRound> stagingRounds = new LinkedHashMap<>();
    private Map<String, SummaryItem> openItems = new LinkedHashMap<>();
    private ForecastExceeded forecastExceeded;
    /** staging-refresh's latest UpgradeForecastChanged (of whichever rehearsal: the gate compares). */
    private ForecastBasis forecastBasis;
    private Boolean runbookReady;
    private List<String> runbookPendingTasks = new ArrayList<>();
    private Boolean integrationsReady;
    private List<String> integrationReasons = new ArrayList<>();
    private TestPlan plan;
    private List<RosterGap> rosterGaps;
    // Incidents are not kept here: there may be thousands, each changed on its own, so they have rows
    // of their own (see Incident and CriticalIncidents); this document stays the size of the other facts.

    /** An item of an upgrade summary still to review. */
    public record SummaryItem(String itemId, String rehearsalId, String kind, String model, String field,
                              String description, String owner) {
    }

    /** The forecast of a rehearsal did not fit the expected downtime. */
    public record ForecastExceeded(String rehearsalId, Duration forecast, Duration expectedDowntime,
                                   Duration shortfall) {
    }

    /** What the production upgrade forecast of a rehearsal rests on, and whether that is plausible. */
    public record ForecastBasis(String rehearsalId, Duration forecast, boolean plausible, String reason) {
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

    /**
     * The developer review of one rehearsal: done or not, and how many items are open with the
     * titles of the open ones (checklist order; the checklist's length, replaced by every change).
     */
    public record DeveloperReview(String rehearsalId, boolean done, int openCount, List<String> openItems) {
        public DeveloperReview {
            Objects.requireNonNull(rehearsalId, "rehearsalId");
            openItems = openItems == null ? List.of() : List.copyOf(openItems);
        }
    }

    /**
     * The staging round of one rehearsal as far as the gate cares: whether a round exists, whether
     * weekend-testing says every critical flow passed, and the critical flows that did not (only
     * those: the passed ones tell the gate nothing).
     */
    public record StagingRound(String rehearsalId, String roundId, boolean criticalFlowsPassed,
                               List<CriticalFlow> notPassed) {
        /** weekend-testing's roundId on a rehearsal without a round yet. */
        public static final String NO_ROUND = "none";

        public StagingRound {
            Objects.requireNonNull(rehearsalId, "rehearsalId");
            notPassed = notPassed == null ? List.of() : List.copyOf(notPassed);
        }

        boolean hasRound() {
            return roundId != null && !roundId.isBlank() && !NO_ROUND.equals(roundId);
        }
    }

    /** A critical flow (a scenario of the catalogue) and its latest outcome on the rehearsal. */
    public record CriticalFlow(String scenarioId, String title, String area, String outcome) {
    }

    public void stagingReadiness(boolean ready, List<String> reasons) {
        stagingReady = ready;
        stagingReasons = reasons == null ? new ArrayList<>() : new ArrayList<>(reasons);
    }

    /**
     * A rehearsal ended; only a success becomes the basis of the summary, forecast and staging
     * acceptance gates. The review and round of the rehearsal it replaces are forgotten: a staging
     * result counts only for the rehearsal it was recorded on.
     */
    public void rehearsalCompleted(String rehearsalId, String outcome) {
        if ("SUCCEEDED".equals(outcome) && rehearsalId != null && !rehearsalId.equals(latestSuccessfulRehearsal)) {
            if (latestSuccessfulRehearsal != null) {
                previousRehearsal = latestSuccessfulRehearsal;
                developerReviews.remove(previousRehearsal);
                stagingRounds.remove(previousRehearsal);
            }
            latestSuccessfulRehearsal = rehearsalId;
        }
    }

    /** staging-refresh's developer review of a rehearsal changed; replaces what was known of that rehearsal's review. */
    public void developerReviewChanged(DeveloperReview review) {
        keepForRehearsal(developerReviews, review.rehearsalId(), review);
    }

    /** weekend-testing's staging round of a rehearsal changed; replaces what was known of that rehearsal's round. */
    public void stagingRoundChanged(StagingRound round) {
        keepForRehearsal(stagingRounds, round.rehearsalId(), round);
    }

    /**
     * Keeps {@code fact} for its rehearsal, unless it is about the rehearsal the current one
     * replaced (it arrived late and never counts), then keeps only the current rehearsal's entry
     * and the newest other one, so the evidence does not grow with every rehearsal.
     */
    private <T> void keepForRehearsal(Map<String, T> byRehearsal, String rehearsalId, T fact) {
        if (rehearsalId.equals(previousRehearsal)) {
            return;
        }
        byRehearsal.remove(rehearsalId);
        byRehearsal.put(rehearsalId, fact); // last in insertion order: the newest
        String newestOther = null;
        for (String id : byRehearsal.keySet()) {
            if (!id.equals(latestSuccessfulRehearsal)) {
                newestOther = id;
            }
        }
        String keepOther = newestOther;
        byRehearsal.keySet().removeIf(id -> !id.equals(latestSuccessfulRehearsal) && !id.equals(keepOther));
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

    public void forecastChanged(ForecastBasis basis) {
        forecastBasis = basis;
    }

    /** The runbook's readiness: every task due before go/no-go finished, or the titles of those that are not. */
    public void runbookReadiness(boolean ready, List<String> pendingTasks) {
        runbookReady = ready;
        runbookPendingTasks = pendingTasks == null ? new ArrayList<>() : new ArrayList<>(pendingTasks);
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

    Boolean stagingReady() {
        return stagingReady;
    }

    List<String> stagingReasons() {
        return List.copyOf(stagingReasons);
    }

    String latestSuccessfulRehearsal() {
        return latestSuccessfulRehearsal;
    }

    /** The developer review of {@code rehearsalId}, or null when none was reported (or it was forgotten). */
    DeveloperReview developerReview(String rehearsalId) {
        return developerReviews.get(rehearsalId);
    }

    /** The staging round of {@code rehearsalId}, or null when none was reported (or it was forgotten). */
    StagingRound stagingRound(String rehearsalId) {
        return stagingRounds.get(rehearsalId);
    }

    List<SummaryItem> openItems() {
        return List.copyOf(openItems.values());
    }

    ForecastExceeded forecastExceeded() {
        return forecastExceeded;
    }

    ForecastBasis forecastBasis() {
        return forecastBasis;
    }

    Boolean runbookReady() {
        return runbookReady;
    }

    List<String> runbookPendingTasks() {
        return List.copyOf(runbookPendingTasks);
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
}
