package dev.golive.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.testkit.UserHttp;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.OTHER_TESTER;
import static dev.golive.testkit.DemoUsers.SECOND_ON_CALL;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testkit.DemoUsers.TESTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole go-live weekend, twice, on the platform as production runs it ({@link Platform}): the
 * packaged services in their own processes, one Kafka, one PostgreSQL, one Keycloak, a real SMTP
 * server and webhook receivers, with the weekend compressed to minutes by configuration
 * ({@link Weekend}). The two cutovers run at the same time, each with its own on-call team.
 *
 * <p>Each step acts through the services' APIs as the person who would, then the {@link Story}
 * checks that every topic holds exactly the events that step must cause, in order. At the end the
 * {@link NotificationCheck} checks that each stakeholder heard each notice they subscribed to exactly
 * once, on each of their channels, and nothing else. docs/weekend.md tells the same story.
 */
@Execution(ExecutionMode.CONCURRENT)
class GoLiveWeekendTest {

    static Platform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = Platform.start();
        System.out.println("E2E platform ready in " + platform.startup.toSeconds() + " s");
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    /**
     * The ops lead plans the cutover (in a zone where the compressed weekend falls on one day) and
     * registers who hears about it; its story starts.
     */
    static Cutover planned(String label, String team) {
        Cutover c = new Cutover(platform, label);
        ZoneId zone = Weekend.zoneForToday();
        c.plan(team, zone);
        c.story = new Story(platform.topics, c.id, c::integrationName);
        // staging-refresh judges the new cutover at once: no rehearsal yet; the planner's gate follows
        c.story.expect("CutoverPlanned", "StagingReadinessChanged not ready [NO_SUCCESSFUL_REHEARSAL]",
                "GateChanged STAGING_REHEARSAL FAILED").settle("plan the cutover");
        // What the planning caused may reach notification-hub before or after the stakeholders exist.
        c.eventsBeforeStakeholders = platform.topics.about(c.id).size();
        c.stakeholderIds = c.registerStakeholders(stakeholders(label), zone);
        return c;
    }

    /** Who hears about a cutover, as the ops lead registers them (labels keep the two cutovers apart). */
    static List<Stakeholder> stakeholders(String label) {
        return List.of(
                Stakeholder.of(OPS_LEAD, "Olivia Ops", "OPS_LEAD").email("olivia." + label + "@golive.example")
                        .webhook("olivia-" + label, "GOLIVE_JSON"),
                Stakeholder.of(ON_CALL, "Oscar Oncall", "ON_CALL").email("oscar." + label + "@golive.example")
                        .webhook("oscar-" + label, "GOLIVE_JSON"),
                Stakeholder.of(SECOND_ON_CALL, "Nina Oncall", "ON_CALL").email("nina." + label + "@golive.example"),
                Stakeholder.of(TESTER, "Tess Tester", "TESTER").email("tess." + label + "@golive.example"),
                // theo chose to hear only of his plan and the sign-off, in his feed.
                Stakeholder.of(OTHER_TESTER, "Theo Tester", "TESTER").subscribedTo(
                        new Stakeholder.Subscription("TEST_PLAN_PUBLISHED", "INFO", "FEED"),
                        new Stakeholder.Subscription("WEEKEND_SIGNED_OFF", "INFO", "FEED")),
                Stakeholder.of(STAKEHOLDER, "Sam Stakeholder", "BUSINESS_STAKEHOLDER").email("sam." + label + "@golive.example")
                        .webhook("sam-" + label, "CHAT_TEXT"));
    }

    @Test
    void goLiveWeekendCompletes() {
        // ---- plan a cutover; who hears about it
        Cutover c = planned("happy", "Team Aurora");
        Story story = c.story;
        TopicRecorder topics = platform.topics;

        // ---- a rehearsal: the standard upgrade, then the custom modules fail twice and succeed
        rehearseWithTwoFailures(c, story);

        // ---- the upgrade summary is reviewed
        c.raiseSummaryItems();
        story.expect("SummaryItemRaised DISABLED_AUTOMATED_ACTION", "SummaryItemRaised CHANGED_FIELD",
                "StagingReadinessChanged not ready [OPEN_SUMMARY_ITEMS]",
                // one open item, then two; staging's OPEN_SUMMARY_ITEMS is this gate's business, not the rehearsal's
                "GateChanged UPGRADE_SUMMARY_REVIEWED FAILED", "GateChanged UPGRADE_SUMMARY_REVIEWED FAILED")
                .settle("raise the upgrade summary");
        assertGates(c, "PASSED", "FAILED", "PASSED", "FAILED", "UNKNOWN", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");
        c.resolveSummaryItem(0, "FIXED");
        c.resolveSummaryItem(1, "ACCEPTED_AS_IS");
        story.expect("SummaryItemResolved DISABLED_AUTOMATED_ACTION FIXED",
                "SummaryItemResolved CHANGED_FIELD ACCEPTED_AS_IS", "StagingReadinessChanged ready",
                // one item left; none, but staging still reports open items; staging ready
                "GateChanged UPGRADE_SUMMARY_REVIEWED FAILED", "GateChanged UPGRADE_SUMMARY_REVIEWED FAILED",
                "GateChanged UPGRADE_SUMMARY_REVIEWED PASSED")
                .settle("review the upgrade summary");
        assertThat(c.stagingReadiness().get("ready").asBoolean()).isTrue();
        assertGates(c, "PASSED", "PASSED", "PASSED", "FAILED", "UNKNOWN", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");

        // ---- staging acceptance: the critical flows, the developer's review, power users test on staging
        c.addScenario("order-to-invoice", "Quotation to invoice", "SALES");
        c.addScenario("customer-payment", "Customer payment reconciliation", "INVOICING");
        story.expect("StagingRoundChanged 0/1 critical passed, no round", "StagingRoundChanged 0/2 critical passed, no round")
                .settle("the critical flows of the catalogue");
        c.addStagingTester(TESTER, "Tess Tester", "SALES");
        c.addStagingTester(OTHER_TESTER, "Theo Tester", "INVOICING");
        Map<String, String> flows = new LinkedHashMap<>();
        flows.put("order-to-invoice", TESTER);
        flows.put("customer-payment", OTHER_TESTER);
        acceptOnStaging(c, story, flows, "Quotations moved under Sales > Orders");
        assertGates(c, "PASSED", "PASSED", "PASSED", "PASSED", "UNKNOWN", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");
        assertThat(c.training().toString()).contains("Quotations moved under Sales > Orders");

        // ---- staging is refreshed after the round: its results do not count for the new rehearsal
        c.requestRehearsal();
        c.runStandardUpgrade();
        c.customModuleAttempt("d4e5f6a", "SUCCEEDED", null, "3 custom modules upgraded");
        story.expect("RehearsalRequested", "RehearsalStageChanged REQUESTED→STANDARD_UPGRADE_RUNNING",
                "RehearsalStageChanged STANDARD_UPGRADE_RUNNING→AWAITING_CUSTOM_MODULES",
                "RehearsalStageChanged AWAITING_CUSTOM_MODULES→CUSTOM_MODULE_UPGRADE",
                "CustomModuleAttemptRecorded #1 SUCCEEDED",
                "RehearsalStageChanged CUSTOM_MODULE_UPGRADE→SUCCEEDED", "RehearsalCompleted SUCCEEDED",
                // staging stays ready, now on the new rehearsal, with its own forecast
                "StagingReadinessChanged ready", "UpgradeForecastChanged plausible",
                "GateChanged STAGING_ACCEPTANCE FAILED", "StagingRoundChanged 0/2 critical passed, no round")
                .settle("staging is refreshed after the round");
        assertGates(c, "PASSED", "PASSED", "PASSED", "FAILED", "UNKNOWN", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");
        assertThat(c.gates().toString()).contains("current rehearsal");
        acceptOnStaging(c, story, flows, null);
        assertGates(c, "PASSED", "PASSED", "PASSED", "PASSED", "UNKNOWN", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");

        // ---- integrations are checked; the carrier's endpoint fails, is fixed, passes
        String payments = "Stripe payments";
        String carrier = "Acme Carrier";
        platform.integrations.breakDown(Cutover.key(carrier));
        registerIntegration(c, story, payments, "PAYMENT_PROVIDER", "CRITICAL", false);
        registerIntegration(c, story, carrier, "SHIPPING_CARRIER", "HIGH", true);
        assertThat(c.runProbe(payments).get("outcome").asText()).isEqualTo("PASSED");
        story.expect("ProbeCompleted " + payments + " PASSED by hand", "IntegrationReadinessChanged " + payments + " ready",
                INTEGRATIONS_NOT_READY).settle("probe the payment provider");
        JsonNode failed = c.runProbe(carrier);
        assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.get("httpStatus").asInt()).isEqualTo(503);
        story.expect("ProbeCompleted " + carrier + " FAILED by hand", "IntegrationReadinessChanged " + carrier + " not ready",
                INTEGRATIONS_NOT_READY).settle("the carrier's probe fails");
        assertGates(c, "PASSED", "PASSED", "PASSED", "PASSED", "FAILED", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");
        platform.integrations.repair(Cutover.key(carrier));
        assertThat(c.runProbe(carrier).get("outcome").asText()).isEqualTo("PASSED");
        story.expect("ProbeCompleted " + carrier + " PASSED by hand", "IntegrationReadinessChanged " + carrier + " ready",
                INTEGRATIONS_READY).settle("the carrier is fixed and passes");
        assertThat(c.integrationReadiness().get("ready").asBoolean()).isTrue();
        assertGates(c, "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "UNKNOWN", "UNKNOWN", "PASSED", "UNKNOWN");

        // ---- the weekend is chosen: the policy of a go-live today, then the first eligible window
        scheduleTheWeekend(c, story);

        // ---- testers are assigned; the on-call roster covers the weekend
        c.addTester(TESTER, "Tess Tester", "SALES");
        c.addTester(OTHER_TESTER, "Theo Tester", "INVOICING");
        JsonNode plan = c.planAndPublish();
        // each scenario to the one tester of its area
        Map<String, String> testerOfScenario = new TreeMap<>();
        plan.get("assignments").forEach(a -> testerOfScenario.put(a.get("scenarioId").asText(), a.get("testerUsername").asText()));
        assertThat(plan.get("assignments")).hasSize(2);
        assertThat(testerOfScenario).containsExactly(Map.entry("customer-payment", OTHER_TESTER),
                Map.entry("order-to-invoice", TESTER));
        story.expect("PlanPublished 2 assignments, 0 unassigned", "GateChanged CRITICAL_SCENARIOS_ASSIGNED PASSED")
                .settle("publish the test plan");
        Instant downtime = c.weekend.downtimeInstant();
        assertThat(c.publishRoster(downtime, downtime.plus(Duration.ofHours(1))).get("sound").asBoolean()).isTrue();
        story.expect("RosterPublished no gap", "GateChanged ON_CALL_COVERED PASSED").settle("publish the on-call roster");

        // ---- the weekend's runbook: who does what, when; what is due before go/no-go is done
        giveRunbook(c, story, "happy");
        System.out.println("E2E happy: preparation done " + Duration.between(Instant.now(), downtime).toSeconds()
                + " s before the downtime");

        // ---- the staging refresh deadline passes quietly: the rehearsal is fresh
        awaitMilestone(c, Milestone.STAGING_REFRESH_DEADLINE);
        story.expect("MilestoneReached STAGING_REFRESH_DEADLINE").settle("staging refresh deadline");

        // ---- go/no-go: the gates say go, the ops lead confirms
        awaitMilestone(c, Milestone.GO_NO_GO);
        story.expect("MilestoneReached GO_NO_GO", "GoNoGoRecommended GO").settle("go/no-go milestone");
        assertThat(c.gates().get("recommendation").asText()).isEqualTo("GO");
        assertThat(topics.await(c.id, EventCatalog.GO_NO_GO_RECOMMENDED).failingGates()).isEmpty();
        assertGates(c, "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED");
        c.decideGoNoGo("GO", "every gate passed; rehearsal fresh, integrations checked, testers and on-call ready");
        story.expect("GoNoGoDecided GO", "CutoverStatusChanged SCHEDULED→GO_NO_GO_PASSED").settle("the ops lead says go");

        // ---- the scheduled pre-downtime probes, then downtime starts
        topics.awaitAll(c.id, EventCatalog.PROBE_COMPLETED, p -> p.scheduled(), 2, Weekend.WAIT);
        story.expect("ProbeCompleted " + payments + " PASSED scheduled", "ProbeCompleted " + carrier + " PASSED scheduled")
                .settle("scheduled probes before the downtime");
        takeProductionDown(c, story);

        // ---- the plan says the system is back: nobody is told so, the upgrade is still running
        awaitMilestone(c, Milestone.SYSTEM_BACK_EXPECTED);
        story.expect("MilestoneReached SYSTEM_BACK_EXPECTED").settle("the system is expected back");
        assertThat(c.status()).isEqualTo("IN_PROGRESS");
        assertThat(c.cutover().path("systemBackAt").isNull() || c.cutover().path("systemBackAt").isMissingNode()).isTrue();

        // ---- the upgrade overruns: its task is overdue, the on-call is paged and acknowledges
        topics.await(c.id, EventCatalog.RUNBOOK_TASK_OVERDUE);
        story.expect("RunbookTaskOverdue " + UPGRADE, "PageSent PRIMARY oscar").settle("the upgrade is overdue");
        PageSent overduePage = topics.await(c.id, EventCatalog.PAGE_SENT);
        c.acknowledgePage(overduePage.pageId(), ON_CALL);
        story.expect("PageAcknowledged PRIMARY by oscar").settle("oscar acknowledges: he watches the upgrade");

        // ---- the upgrade platform says it is done, late: now the system is back, live checks
        Instant beforeBack = Instant.now();
        assertThat(c.upgradePlatformSays("upgrade.succeeded")).isEqualTo(200);
        topics.await(c.id, EventCatalog.LIVE_VERIFICATION_COMPLETED);
        story.expect("RunbookTaskChanged " + UPGRADE + " RUNNING→DONE", "WeekendFactObserved SYSTEM_BACK",
                        "LiveVerificationScheduled [" + payments + "]",
                        "ProbeCompleted " + payments + " PASSED scheduled", "LiveVerificationCompleted " + payments + " passed")
                .settle("the system is back, late; live checks");
        var back = topics.await(c.id, EventCatalog.WEEKEND_FACT_OBSERVED, f -> f.fact() == WeekendFact.SYSTEM_BACK);
        assertThat(back.observedAt()).as("observed, not planned").isAfterOrEqualTo(beforeBack.minusSeconds(1))
                .isAfter(back.plannedAt());

        // ---- weekend testing: a critical scenario fails, an incident is raised, fixed forward
        awaitMilestone(c, Milestone.TECHNICAL_REVIEW_END);
        story.expect("MilestoneReached TECHNICAL_REVIEW_END", "CutoverStatusChanged IN_PROGRESS→WEEKEND_TESTING")
                .settle("weekend testing starts");
        c.recordResult(OTHER_TESTER, "customer-payment", "PASSED", null, false);
        story.expect("ResultRecorded customer-payment PASSED", "CoverageChanged 1/2 critical passed")
                .settle("theo's scenario passes");
        c.recordResult(TESTER, "order-to-invoice", "FAILED",
                "The invoice PDF misses the delivery slot; invoices can be sent from the list view meanwhile", true);
        story.expect("ResultRecorded order-to-invoice FAILED", "CoverageChanged 1/2 critical passed",
                "IncidentDetected weekend-testing CRITICAL", "IncidentReported CRITICAL from weekend-testing",
                "PageSent PRIMARY oscar").settle("tess's critical scenario fails");
        // one trace across three services: tess's request to weekend-testing (its result and the incident it
        // raised), rollback-decision's report of it and notification-hub's page (the context rides the outbox and Kafka)
        assertOneTrace(c, 3, "ResultRecorded", "IncidentDetected", "IncidentReported", "PageSent");
        PageSent page = topics.await(c.id, EventCatalog.PAGE_SENT, p -> !p.pageId().equals(overduePage.pageId()));
        c.acknowledgePage(page.pageId(), ON_CALL);
        story.expect("PageAcknowledged PRIMARY by oscar").settle("oscar acknowledges the page");
        JsonNode incidents = c.incidents();
        assertThat(incidents).hasSize(1);
        String incident = incidents.get(0).get("id").asText();
        JsonNode assessment = c.assessment();
        assertThat(assessment.get("recommendation").asText()).isEqualTo("FIX_FORWARD");
        // An incident of the weekend itself is the rollback decision's business, not a go/no-go gate's.
        assertGates(c, "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED");
        assertThat(assessment.get("openIncidentIds").toString()).contains(incident);
        c.resolveIncident(incident, "invoice report template fixed and deployed");
        story.expect("IncidentResolved").settle("the incident is fixed forward");
        c.recordResult(TESTER, "order-to-invoice", "PASSED", null, false);
        story.expect("ResultRecorded order-to-invoice PASSED", "CoverageChanged 2/2 critical passed", "WeekendSignedOff")
                .settle("the scenario passes; the weekend is signed off");

        // ---- the point of no return passes, business resumes, the cutover completes
        awaitMilestone(c, Milestone.WEEKEND_TESTING_END);
        topics.await(c.id, EventCatalog.POINT_OF_NO_RETURN_PASSED, e -> true, Duration.ofMinutes(2));
        story.expect("MilestoneReached WEEKEND_TESTING_END", "MilestoneReached POINT_OF_NO_RETURN",
                "PointOfNoReturnApproaching", "PointOfNoReturnApproaching", "PointOfNoReturnPassed",
                // past the point of no return, forward is the only way that finishes in time: a new verdict
                "RollbackAssessmentChanged FIX_FORWARD").settle("the point of no return passes");
        awaitMilestone(c, Milestone.BUSINESS_RESUME);
        story.expect("MilestoneReached BUSINESS_RESUME").settle("business is planned to resume");
        assertThat(c.status()).isEqualTo("WEEKEND_TESTING");
        c.startTask("resume", OPS_LEAD);
        c.completeTask("resume", OPS_LEAD, "users told; sales and warehouse working on Odoo 19");
        story.expect("RunbookTaskChanged " + RESUME + " PLANNED→RUNNING", "RunbookTaskChanged " + RESUME + " RUNNING→DONE",
                "WeekendFactObserved BUSINESS_RESUMED", "CutoverStatusChanged WEEKEND_TESTING→COMPLETED")
                .settle("business resumes");
        assertThat(c.status()).isEqualTo("COMPLETED");
        JsonNode runbook = c.runbook();
        runbook.get("tasks").forEach(t -> assertThat(t.get("status").asText()).as(t.get("title").asText()).isEqualTo("DONE"));
        // the go-live report: planned against actual for every task (the upgrade finished late)
        JsonNode report = platform.api.get("runbook", "/api/cutovers/" + c.id + "/runbook/report", OPS_LEAD);
        Map<String, JsonNode> reported = new LinkedHashMap<>();
        report.get("tasks").forEach(t -> reported.put(t.get("title").asText(), t));
        assertThat(reported).containsKeys(ANNOUNCE, TAKE_DOWN, UPGRADE, RESUME);
        assertThat(Instant.parse(reported.get(UPGRADE).get("actualFinish").asText()))
                .isAfter(Instant.parse(reported.get(UPGRADE).get("plannedFinish").asText()));

        int checked = finish(c);
        System.out.println("E2E happy: " + checked + " deliveries checked");
    }

    @Test
    void catastrophicIncidentRollsBack() {
        Cutover c = planned("rollback", "Team Borealis");
        Story story = c.story;
        TopicRecorder topics = platform.topics;

        shortPreparation(c, story, "d4e5f6a");

        awaitMilestone(c, Milestone.STAGING_REFRESH_DEADLINE);
        story.expect("MilestoneReached STAGING_REFRESH_DEADLINE").settle("staging refresh deadline");
        awaitMilestone(c, Milestone.GO_NO_GO);
        story.expect("MilestoneReached GO_NO_GO", "GoNoGoRecommended GO").settle("go/no-go milestone");
        assertGates(c, "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED");
        c.decideGoNoGo("GO", "gates passed: a clean rehearsal, no integration, the tester and on-call ready");
        story.expect("GoNoGoDecided GO", "CutoverStatusChanged SCHEDULED→GO_NO_GO_PASSED").settle("the ops lead says go");
        takeProductionDown(c, story);
        // this time the upgrade finishes early: the system is back before the plan said
        assertThat(c.upgradePlatformSays("upgrade.succeeded")).isEqualTo(200);
        story.expect("RunbookTaskChanged " + UPGRADE + " RUNNING→DONE", "WeekendFactObserved SYSTEM_BACK")
                .settle("the system is back, early");
        awaitMilestone(c, Milestone.SYSTEM_BACK_EXPECTED);
        story.expect("MilestoneReached SYSTEM_BACK_EXPECTED").settle("the system was expected back");
        awaitMilestone(c, Milestone.TECHNICAL_REVIEW_END);
        story.expect("MilestoneReached TECHNICAL_REVIEW_END", "CutoverStatusChanged IN_PROGRESS→WEEKEND_TESTING")
                .settle("weekend testing starts");

        // ---- a catastrophic incident before the point of no return
        Map<String, Object> catastrophe = Cutover.catastrophe("Posting a vendor bill posts it twice to the ledger",
                "Every vendor bill validated since the upgrade has two journal entries");
        c.reportIncident(SECOND_ON_CALL, catastrophe);
        story.expect("IncidentReported CRITICAL from rest", "RollbackAssessmentChanged ROLL_BACK", "PageSent PRIMARY oscar")
                .settle("nina reports a catastrophic incident");
        JsonNode assessment = c.assessment();
        assertThat(assessment.get("recommendation").asText()).isEqualTo("ROLL_BACK");

        // ---- oscar does not answer: the page escalates to nina, who acknowledges
        topics.await(c.id, EventCatalog.PAGE_ESCALATED);
        story.expect("PageEscalated PRIMARY→SECONDARY", "PageSent SECONDARY nina").settle("the page escalates");
        PageSent second = topics.await(c.id, EventCatalog.PAGE_SENT, p -> "SECONDARY".equals(p.level()));
        c.acknowledgePage(second.pageId(), SECOND_ON_CALL);
        story.expect("PageAcknowledged SECONDARY by nina").settle("nina acknowledges");

        // ---- the ops lead decides to roll back; the cutover ends rolled back
        c.decideRollback("ROLL_BACK", "Ledger integrity at risk; restore the pre-upgrade backup while there is time");
        story.expect("RollbackDecided ROLL_BACK", "CutoverStatusChanged WEEKEND_TESTING→ROLLED_BACK")
                .settle("the ops lead rolls back");
        assertThat(c.status()).isEqualTo("ROLLED_BACK");

        // ---- the rollback runbook: restore the backup, re-validate, tell everyone
        assertThat(c.runbook().get("rollbackActive").asBoolean()).isTrue();
        for (String[] step : ROLLBACK_STEPS) {
            c.startTask(step[0], ON_CALL);
            c.completeTask(step[0], ON_CALL, step[2]);
            story.expect("RunbookTaskChanged " + step[1] + " PLANNED→RUNNING", "RunbookTaskChanged " + step[1] + " RUNNING→DONE")
                    .settle(step[1]);
        }

        int checked = finish(c);
        System.out.println("E2E rollback: " + checked + " deliveries checked");
    }

    /**
     * The third weekend: the production upgrade runs far longer than planned. Once the on-call knows
     * it will take two more hours, the runbook projects the system back after the point of no return:
     * the rollback assessment asks for a decision now and says why; the ops lead rolls back while a
     * restore still fits before business resume.
     */
    @Test
    void upgradeOverrunsPastThePointOfNoReturn() {
        Cutover c = planned("overrun", "Team Cirrus");
        Story story = c.story;
        TopicRecorder topics = platform.topics;

        shortPreparation(c, story, "e5f6a7b");

        awaitMilestone(c, Milestone.STAGING_REFRESH_DEADLINE);
        story.expect("MilestoneReached STAGING_REFRESH_DEADLINE").settle("staging refresh deadline");
        awaitMilestone(c, Milestone.GO_NO_GO);
        story.expect("MilestoneReached GO_NO_GO", "GoNoGoRecommended GO").settle("go/no-go milestone");
        c.decideGoNoGo("GO", "gates passed");
        story.expect("GoNoGoDecided GO", "CutoverStatusChanged SCHEDULED→GO_NO_GO_PASSED").settle("the ops lead says go");
        takeProductionDown(c, story);
        JsonNode before = c.runbook().get("projection");
        assertThat(before.get("crossesPointOfNoReturn").asBoolean()).isFalse();

        // ---- the upgrade log says two more hours: the system would be back after the point of no return
        c.reestimateTask("upgrade", Duration.ofHours(2));
        story.expect("RollbackAssessmentChanged DECIDE_NOW", "PageSent PRIMARY oscar")
                .settle("the upgrade is re-estimated past the point of no return");
        JsonNode projection = c.runbook().get("projection");
        assertThat(projection.get("crossesPointOfNoReturn").asBoolean()).isTrue();
        assertThat(Instant.parse(projection.get("projectedSystemBackAt").asText())).isAfter(c.weekend.pointOfNoReturn());
        JsonNode assessment = c.assessment();
        assertThat(assessment.get("recommendation").asText()).isEqualTo("DECIDE_NOW");
        assertThat(assessment.get("reasons").toString()).contains("UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN");
        var crossing = topics.await(c.id, EventCatalog.RUNBOOK_PROJECTION_CHANGED, RunbookProjectionChanged::crossesPointOfNoReturn);
        assertThat(crossing.criticalPath()).contains(UPGRADE);
        PageSent page = topics.await(c.id, EventCatalog.PAGE_SENT);
        c.acknowledgePage(page.pageId(), ON_CALL);
        story.expect("PageAcknowledged PRIMARY by oscar").settle("oscar acknowledges");

        // ---- the ops lead rolls back; the upgrade is stopped; the rollback runbook
        c.decideRollback("ROLL_BACK", "The upgrade would end after the point of no return; restore while it fits");
        story.expect("RollbackDecided ROLL_BACK", "CutoverStatusChanged IN_PROGRESS→ROLLED_BACK")
                .settle("the ops lead rolls back");
        assertThat(c.upgradePlatformSays("upgrade.failed")).isEqualTo(200);
        story.expect("RunbookTaskChanged " + UPGRADE + " RUNNING→FAILED").settle("the upgrade is stopped");
        for (String[] step : ROLLBACK_STEPS) {
            c.startTask(step[0], ON_CALL);
            c.completeTask(step[0], ON_CALL, step[2]);
            story.expect("RunbookTaskChanged " + step[1] + " PLANNED→RUNNING", "RunbookTaskChanged " + step[1] + " RUNNING→DONE")
                    .settle(step[1]);
        }
        assertThat(c.status()).isEqualTo("ROLLED_BACK");

        int checked = finish(c);
        System.out.println("E2E overrun: " + checked + " deliveries checked");
    }

    /**
     * The preparation of the shorter weekends: one clean rehearsal (custom modules at {@code commit}),
     * one critical flow accepted on staging by tess, no integration, the weekend scheduled, tess
     * planned, the roster published and the runbook given, its announcement done.
     */
    private static void shortPreparation(Cutover c, Story story, String commit) {
        c.requestRehearsal();
        c.runStandardUpgrade();
        c.customModuleAttempt(commit, "SUCCEEDED", null, "modules upgraded");
        story.expect("RehearsalRequested", "RehearsalStageChanged REQUESTED→STANDARD_UPGRADE_RUNNING",
                "RehearsalStageChanged STANDARD_UPGRADE_RUNNING→AWAITING_CUSTOM_MODULES",
                "RehearsalStageChanged AWAITING_CUSTOM_MODULES→CUSTOM_MODULE_UPGRADE",
                "CustomModuleAttemptRecorded #1 SUCCEEDED",
                "RehearsalStageChanged CUSTOM_MODULE_UPGRADE→SUCCEEDED", "RehearsalCompleted SUCCEEDED",
                "StagingReadinessChanged ready", "UpgradeForecastChanged plausible", SUCCESSFUL_REHEARSAL_GATES,
                "StagingRoundChanged 0/0 critical passed, no round").settle("a clean rehearsal");
        c.addScenario("order-to-invoice", "Quotation to invoice", "SALES");
        story.expect("StagingRoundChanged 0/1 critical passed, no round").settle("the critical flow");
        c.addStagingTester(TESTER, "Tess Tester", "SALES");
        acceptOnStaging(c, story, Map.of("order-to-invoice", TESTER), null);
        scheduleTheWeekend(c, story, INTEGRATIONS_READY);
        c.addTester(TESTER, "Tess Tester", "SALES");
        c.planAndPublish();
        story.expect("PlanPublished 1 assignments, 0 unassigned", "GateChanged CRITICAL_SCENARIOS_ASSIGNED PASSED")
                .settle("publish the test plan");
        Instant downtime = c.weekend.downtimeInstant();
        c.publishRoster(downtime, downtime.plus(Duration.ofHours(1)));
        story.expect("RosterPublished no gap", "GateChanged ON_CALL_COVERED PASSED").settle("publish the on-call roster");
        giveRunbook(c, story, c.label);
    }

    static final String ANNOUNCE = "Announce the downtime to users";
    static final String TAKE_DOWN = "Take production down";
    static final String UPGRADE = "Run the production upgrade";
    static final String RESUME = "Resume business on Odoo 19";
    /** The rollback runbook: key, title, evidence. */
    static final String[][] ROLLBACK_STEPS = {
            {"restore", "Restore the pre-upgrade backup", "backup of 17:02 restored on production"},
            {"revalidate", "Re-validate the restored production", "orders, invoices and stock as on Friday"},
            {"communicate", "Tell users the upgrade was rolled back", "mail and chat sent"}};

    /**
     * The weekend as tasks, compressed like the weekend itself: announce the downtime before
     * go/no-go, take production down at the downtime (10 s: the fact that it went down), the production
     * upgrade run by the upgrade platform (20 s planned: the system back), business resumed at its
     * time (the fact that it resumed), and the rollback runbook.
     */
    static List<Map<String, Object>> compressedRunbook() {
        return List.of(
                Cutover.task("announce", ANNOUNCE, "ROLE", "ops-lead", List.of(), "GO_NO_GO", Duration.ofSeconds(-30),
                        Duration.ofSeconds(10), null),
                Cutover.task("take-down", TAKE_DOWN, "ROLE", "on-call", List.of("announce"), "DOWNTIME_START", Duration.ZERO,
                        Duration.ofSeconds(10), "DOWNTIME_STARTED"),
                Cutover.task("upgrade", UPGRADE, "AUTOMATED", "upgrade-platform", List.of("take-down"), null, null,
                        Weekend.EXPECTED_DOWNTIME, "SYSTEM_BACK"),
                Cutover.task("resume", RESUME, "ROLE", "ops-lead", List.of("upgrade"), "BUSINESS_RESUME", Duration.ZERO,
                        Duration.ofSeconds(30), "BUSINESS_RESUMED"));
    }

    static List<Map<String, Object>> rollbackRunbook() {
        List<Map<String, Object>> tasks = new java.util.ArrayList<>();
        String previous = null;
        for (String[] step : ROLLBACK_STEPS) {
            tasks.add(Cutover.task(step[0], step[1], "ROLE", "on-call", previous == null ? List.of() : List.of(previous),
                    null, null, Duration.ofSeconds(30), null));
            previous = step[0];
        }
        return tasks;
    }

    /**
     * The ops lead gives the cutover its runbook (the announcement is due before go/no-go, so the
     * gate fails), then announces the downtime: the runbook is ready and so is its gate.
     */
    private static void giveRunbook(Cutover c, Story story, String label) {
        c.instantiateRunbook("Compressed go-live (" + label + ")", compressedRunbook(), rollbackRunbook());
        story.expect("RunbookInstantiated Compressed go-live (" + label + ")",
                "RunbookReadinessChanged not ready [" + ANNOUNCE + "]", "GateChanged RUNBOOK_READY FAILED")
                .settle("the ops lead gives the cutover its runbook");
        // production cannot go down before a GO
        UserHttp.Answer tooEarly = c.tryToStartTask("take-down", ON_CALL);
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
        c.startTask("announce", OPS_LEAD);
        c.completeTask("announce", OPS_LEAD, "mail to all users, banner on the portal");
        story.expect("RunbookTaskChanged " + ANNOUNCE + " PLANNED→RUNNING", "RunbookTaskChanged " + ANNOUNCE + " RUNNING→DONE",
                "RunbookReadinessChanged ready", "GateChanged RUNBOOK_READY PASSED").settle("the downtime is announced");
    }

    /**
     * At the downtime the plan alone changes nothing; the on-call takes production down (after the
     * GO): that is when the downtime started, for everyone. Then the upgrade platform starts the upgrade.
     */
    private static void takeProductionDown(Cutover c, Story story) {
        awaitMilestone(c, Milestone.DOWNTIME_START);
        story.expect("MilestoneReached DOWNTIME_START").settle("the downtime is due");
        assertThat(c.status()).isEqualTo("GO_NO_GO_PASSED");
        c.startTask("take-down", ON_CALL);
        story.expect("RunbookTaskChanged " + TAKE_DOWN + " PLANNED→RUNNING", "WeekendFactObserved DOWNTIME_STARTED",
                "CutoverStatusChanged GO_NO_GO_PASSED→IN_PROGRESS").settle("oscar takes production down");
        c.completeTask("take-down", ON_CALL, "maintenance page up, workers stopped");
        assertThat(c.upgradePlatformSays("upgrade.started")).isEqualTo(200);
        story.expect("RunbookTaskChanged " + TAKE_DOWN + " RUNNING→DONE", "RunbookTaskChanged " + UPGRADE + " PLANNED→RUNNING")
                .settle("the production upgrade starts");
    }

    /**
     * The ops lead sets the policy of a go-live today, {@link Weekend#PREPARATION} ahead, and
     * schedules the first window proposed: every service learns of it.
     */
    private static void scheduleTheWeekend(Cutover c, Story story, Object... alsoCaused) {
        c.setWeekendPolicy(Weekend.PREPARATION);
        story.expect("CutoverUpdated [policy]").settle("set the weekend's policy");
        c.scheduleFirstProposal();
        story.expect("GoLiveWindowScheduled r1", "CutoverStatusChanged DRAFT→SCHEDULED",
                "RollbackAssessmentChanged FIX_FORWARD").expect(alsoCaused).settle("schedule the window");
        assertThat(c.status()).isEqualTo("SCHEDULED");
    }

    private static void rehearseWithTwoFailures(Cutover c, Story story) {
        c.requestRehearsal();
        story.expect("RehearsalRequested").settle("request a rehearsal");
        c.runStandardUpgrade();
        story.expect("RehearsalStageChanged REQUESTED→STANDARD_UPGRADE_RUNNING",
                "RehearsalStageChanged STANDARD_UPGRADE_RUNNING→AWAITING_CUSTOM_MODULES").settle("the standard upgrade");
        c.customModuleAttempt("a1b2c3d", "FAILED", "PYTHON_ERROR", "KeyError: 'x_delivery_slot' in sale_delivery_slot");
        story.expect("RehearsalStageChanged AWAITING_CUSTOM_MODULES→CUSTOM_MODULE_UPGRADE",
                "CustomModuleAttemptRecorded #1 FAILED",
                "RehearsalStageChanged CUSTOM_MODULE_UPGRADE→AWAITING_CUSTOM_MODULES",
                "StagingReadinessChanged not ready [NO_SUCCESSFUL_REHEARSAL, LAST_ATTEMPT_FAILED]",
                "GateChanged STAGING_REHEARSAL FAILED").settle("custom modules, first push fails");
        c.customModuleAttempt("b2c3d4e", "FAILED", "XML_OR_VIEW_ERROR", "Element '<xpath expr=\"//field[@name='x_slot']\">' cannot be located");
        story.expect("RehearsalStageChanged AWAITING_CUSTOM_MODULES→CUSTOM_MODULE_UPGRADE",
                "StagingReadinessChanged not ready [NO_SUCCESSFUL_REHEARSAL]",
                "CustomModuleAttemptRecorded #2 FAILED",
                "RehearsalStageChanged CUSTOM_MODULE_UPGRADE→AWAITING_CUSTOM_MODULES",
                "StagingReadinessChanged not ready [NO_SUCCESSFUL_REHEARSAL, LAST_ATTEMPT_FAILED]",
                "GateChanged STAGING_REHEARSAL FAILED", "GateChanged STAGING_REHEARSAL FAILED")
                .settle("second push fails");
        c.customModuleAttempt("c3d4e5f", "SUCCEEDED", null, "3 custom modules upgraded");
        story.expect("RehearsalStageChanged AWAITING_CUSTOM_MODULES→CUSTOM_MODULE_UPGRADE",
                "StagingReadinessChanged not ready [NO_SUCCESSFUL_REHEARSAL]",
                "CustomModuleAttemptRecorded #3 SUCCEEDED",
                "RehearsalStageChanged CUSTOM_MODULE_UPGRADE→SUCCEEDED", "RehearsalCompleted SUCCEEDED",
                "StagingReadinessChanged ready", "UpgradeForecastChanged plausible", "GateChanged STAGING_REHEARSAL FAILED",
                SUCCESSFUL_REHEARSAL_GATES,
                // weekend-testing: the rehearsal power users will test on; no flow is known yet
                "StagingRoundChanged 0/0 critical passed, no round")
                .settle("third push succeeds");
    }

    /**
     * Staging acceptance of the current rehearsal: the on-call developer checks every item of the
     * review (each one changes the gate's reasons), then the ops lead plans a staging round and each
     * power user passes their critical flow on it ({@code flows}: scenario id → tester); the gate
     * passes with the last. {@code change}, if any, is what the first tester noted had moved.
     */
    private static void acceptOnStaging(Cutover c, Story story, Map<String, String> flows, String change) {
        c.reviewRehearsal();
        int items = Cutover.REVIEW.length;
        for (int i = 1; i < items; i++) {
            story.expect("DeveloperReviewChanged " + i + "/" + items, "GateChanged STAGING_ACCEPTANCE FAILED");
        }
        story.expect("DeveloperReviewChanged done", "GateChanged STAGING_ACCEPTANCE FAILED")
                .settle("the developer reviews the upgraded staging database");
        JsonNode round = c.planStagingRound();
        assertThat(round.get("unassigned")).as("flows left unassigned on staging").isEmpty();
        story.expect("StagingRoundChanged 0/" + flows.size() + " critical passed", "GateChanged STAGING_ACCEPTANCE FAILED")
                .settle("a staging round on the reviewed rehearsal");
        int passed = 0;
        for (Map.Entry<String, String> flow : flows.entrySet()) {
            c.recordStagingResult(flow.getValue(), flow.getKey(), "PASSED", passed == 0 ? change : null);
            passed++;
            story.expect("ResultRecorded " + flow.getKey() + " PASSED on staging",
                    "StagingRoundChanged " + passed + "/" + flows.size() + " critical passed",
                    "GateChanged STAGING_ACCEPTANCE " + (passed == flows.size() ? "PASSED" : "FAILED"))
                    .settle(flow.getKey() + " passes on staging");
        }
    }

    /**
     * Registers an integration with its probe, then checks its six checklist items: each change of
     * its verdict (and of the cutover's, which carries it) is announced.
     */
    private static void registerIntegration(Cutover c, Story story, String name, String kind, String criticality,
                                            boolean testableOnStaging) {
        c.registerIntegration(name, kind, criticality, testableOnStaging);
        story.expect("IntegrationRegistered " + name, "IntegrationReadinessChanged " + name + " not ready",
                        INTEGRATIONS_NOT_READY,
                        // its probe: "none has run yet" joins the reasons
                        "IntegrationReadinessChanged " + name + " not ready", INTEGRATIONS_NOT_READY)
                .settle("register " + name);
        c.checkIntegration(name);
        for (String item : Cutover.CHECKLIST) {
            story.expect("ChecklistItemChanged " + name + " " + item + " PASSED",
                    "IntegrationReadinessChanged " + name + " not ready", INTEGRATIONS_NOT_READY);
        }
        story.settle("check " + name);
    }

    /** integration-readiness's cutover-wide verdict, and the gate that carries it. */
    /**
     * A successful rehearsal: its summary has nothing open and its forecast fits (both gates were
     * UNKNOWN before), then staging-refresh's verdict turns ready.
     */
    static final String[] SUCCESSFUL_REHEARSAL_GATES = {"GateChanged UPGRADE_SUMMARY_REVIEWED PASSED",
            "GateChanged UPGRADE_FORECAST_FITS PASSED",
            // nobody has reviewed the upgraded database or tested on it yet
            "GateChanged STAGING_ACCEPTANCE FAILED", "GateChanged STAGING_REHEARSAL PASSED"};

    static final String[] INTEGRATIONS_READY = {"IntegrationReadinessChanged cutover ready", "GateChanged INTEGRATIONS_READY PASSED"};
    static final String[] INTEGRATIONS_NOT_READY = {"IntegrationReadinessChanged cutover not ready",
            "GateChanged INTEGRATIONS_READY FAILED"};

    static final List<String> GATES = List.of("STAGING_REHEARSAL", "UPGRADE_SUMMARY_REVIEWED", "UPGRADE_FORECAST_FITS",
            "STAGING_ACCEPTANCE", "INTEGRATIONS_READY", "CRITICAL_SCENARIOS_ASSIGNED", "ON_CALL_COVERED", "NO_OPEN_CRITICAL_INCIDENT",
            "RUNBOOK_READY");

    /** Every gate's state as the planner shows it, in the order of {@link #GATES}. */
    private static void assertGates(Cutover c, String... states) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < GATES.size(); i++) {
            expected.put(GATES.get(i), states[i]);
        }
        assertThat(c.gateStates()).as("gates of cutover %s", c.label).isEqualTo(expected);
    }

    /**
     * The latest event of each type about the cutover carries a trace context, all of them the same
     * trace, written by {@code services} different services.
     */
    private static void assertOneTrace(Cutover c, int services, String... types) {
        List<TopicRecorder.Recorded> latest = new java.util.ArrayList<>();
        for (String type : types) {
            latest.add(platform.topics.about(c.id).stream().filter(r -> type.equals(TopicRecorder.shortType(r.type())))
                    .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + type)));
        }
        assertThat(latest).as("trace context on the records").allSatisfy(r -> assertThat(r.traceId()).isNotNull());
        assertThat(latest.stream().map(TopicRecorder.Recorded::traceId).distinct()).as("trace ids").hasSize(1);
        assertThat(latest.stream().map(TopicRecorder.Recorded::source).distinct()).as("services").hasSize(services);
    }

    private static void awaitMilestone(Cutover c, Milestone milestone) {
        platform.topics.await(c.id, EventCatalog.MILESTONE_REACHED, m -> m.milestone() == milestone,
                Weekend.PREPARATION.plus(Weekend.TESTING).plusMinutes(2));
    }

    /**
     * Once the cutover is quiet (nothing more about it on any topic, nothing of it left in an outbox),
     * compares everything recorded about it with the whole story, then prints the story and checks it
     * and the notifications: both are reported when both differ. Returns how many deliveries were checked.
     */
    private static int finish(Cutover c) {
        // Each step only waits for what it expects: an event coming after the last one would go unseen.
        c.story.settleForGood(Story.QUIET, platform::unsentEvents);
        report(c, c.story);
        AssertionError storyDiffers = null;
        try {
            c.story.assertTold();
        } catch (AssertionError e) {
            storyDiffers = e;
        }
        int checked;
        try {
            checked = new NotificationCheck(platform, c, Weekend.remindersDue()).verify(c.stakeholderIds);
        } catch (AssertionError notificationsDiffer) {
            if (storyDiffers != null) {
                notificationsDiffer.addSuppressed(storyDiffers);
            }
            throw notificationsDiffer;
        }
        if (storyDiffers != null) {
            throw storyDiffers;
        }
        return checked;
    }

    private static void report(Cutover c, Story story) {
        StringBuilder s = new StringBuilder("E2E story of cutover " + c.label + " (" + c.id + "):");
        story.told().forEach((topic, labels) -> {
            s.append("\n  ").append(topic);
            labels.forEach(l -> s.append("\n    ").append(l));
        });
        System.out.println(s);
    }
}
