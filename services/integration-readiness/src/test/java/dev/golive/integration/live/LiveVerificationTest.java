package dev.golive.integration.live;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.integration.LiveVerificationScheduled;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.integration.cutover.CutoverProjector;
import dev.golive.integration.probe.ProbeResultRow;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.integration.support.Events;
import dev.golive.integration.support.LoopbackServers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the system is observed back (WeekendFactObserved SYSTEM_BACK) the integrations that cannot be tested
 * on staging get their probes run on production; a critical one that fails is an incident. The planned
 * instant alone (MilestoneReached SYSTEM_BACK_EXPECTED) runs nothing.
 */
@QuarkusTest
class LiveVerificationTest {

    @Inject
    Vertx vertx;

    @Inject
    Scheduler quartz;

    private LoopbackServers servers;

    @BeforeEach
    void setUp() {
        servers = LoopbackServers.start(vertx);
    }

    @AfterEach
    void tearDown() {
        servers.close();
    }

    @Test
    void the_system_back_runs_the_live_checks_and_a_critical_failure_is_an_incident() {
        String cutoverId = UUID.randomUUID().toString();
        Instant downtime = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, downtime));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutoverId, 1));
        Api.teamTakesPart(cutoverId);

        String payments = Api.register(cutoverId, withKind(Api.integrationBody("Payments", "CRITICAL", false,
                List.of()), "PAYMENT_PROVIDER"));
        String paymentsProbe = Api.probe(cutoverId, payments, Map.of("target", servers.http("/status/502"),
                "retries", 0));
        String carrier = Api.register(cutoverId, Api.integrationBody("Carrier", "CRITICAL", false, List.of()));
        String carrierProbe = Api.probe(cutoverId, carrier, Map.of("target", servers.http("/health")));
        String newsletter = Api.register(cutoverId, Api.integrationBody("Newsletter", "NORMAL", false, List.of()));
        String newsletterProbe = Api.probe(cutoverId, newsletter, Map.of("target", servers.http("/status/500"),
                "retries", 0));
        // Testable on staging: not part of the live verification.
        String staged = Api.register(cutoverId, Api.integrationBody("Bank feed", "CRITICAL", true, List.of()));
        String stagedProbe = Api.probe(cutoverId, staged, Map.of("target", servers.http("/health")));

        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION);
             RawTopicReader incidents = RawTopicReader.atEnd(Api.bootstrap(), Topics.INCIDENT)) {
            CatalogEvents.publish(Api.bootstrap(), Events.systemBackObserved(cutoverId, 1,
                    downtime.plus(Events.DOWNTIME).plus(Duration.ofMinutes(40)), downtime.plus(Events.DOWNTIME)));

            LiveVerificationScheduled scheduled = CatalogEvents.await(integration, cutoverId,
                    EventCatalog.LIVE_VERIFICATION_SCHEDULED, 1).get(0);
            assertThat(scheduled.integrationIds()).containsExactlyInAnyOrder(payments, carrier, newsletter);

            List<LiveVerificationCompleted> completed = CatalogEvents.await(integration, cutoverId,
                    EventCatalog.LIVE_VERIFICATION_COMPLETED, 3);
            assertThat(completed).filteredOn(c -> c.integrationId().equals(payments)).singleElement()
                    .satisfies(c -> {
                        assertThat(c.passed()).isFalse();
                        assertThat(c.failures()).singleElement().asString().contains("expected HTTP 200, got 502");
                    });
            assertThat(completed).filteredOn(c -> c.integrationId().equals(carrier)).singleElement()
                    .satisfies(c -> assertThat(c.passed()).isTrue());
            assertThat(completed).filteredOn(c -> c.integrationId().equals(newsletter)).singleElement()
                    .satisfies(c -> assertThat(c.passed()).isFalse());

            IncidentDetected incident = CatalogEvents.await(incidents, cutoverId, EventCatalog.INCIDENT_DETECTED, 1).get(0);
            assertThat(incident.source()).isEqualTo("integration-readiness");
            assertThat(incident.sourceRef()).isEqualTo(payments);
            assertThat(incident.severity()).isEqualTo("CRITICAL");
            assertThat(incident.businessFlow()).isEqualTo("INVOICING_AND_ACCOUNTING");
            assertThat(incident.title()).contains("Payments");
            assertThat(incident.description()).contains("expected HTTP 200, got 502");
            // The NORMAL integration failed too, but it is no incident; the passing critical one neither.
            incidents.awaitNone(CatalogEvents.of(cutoverId, EventCatalog.INCIDENT_DETECTED), Duration.ofSeconds(1));
        }
        assertThat(Db.results(paymentsProbe, ProbeResultRow.RunKind.LIVE)).isEqualTo(1);
        assertThat(Db.results(carrierProbe, ProbeResultRow.RunKind.LIVE)).isEqualTo(1);
        assertThat(Db.results(newsletterProbe, ProbeResultRow.RunKind.LIVE)).isEqualTo(1);
        assertThat(Db.results(stagedProbe, ProbeResultRow.RunKind.LIVE)).isZero();
    }

    @Test
    void a_second_system_back_of_the_same_window_runs_nothing_again() {
        String cutoverId = UUID.randomUUID().toString();
        Instant downtime = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, downtime));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutoverId, 1));
        Api.teamTakesPart(cutoverId);
        String carrier = Api.register(cutoverId, Api.integrationBody("Carrier", "CRITICAL", false, List.of()));
        String probe = Api.probe(cutoverId, carrier, Map.of("target", servers.http("/health")));

        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            Instant back = downtime.plus(Events.DOWNTIME);
            CatalogEvents.publish(Api.bootstrap(), Events.systemBackObserved(cutoverId, 1, back, back));
            CatalogEvents.await(integration, cutoverId, EventCatalog.LIVE_VERIFICATION_SCHEDULED, 1);
            CatalogEvents.await(integration, cutoverId, EventCatalog.LIVE_VERIFICATION_COMPLETED, 1);
            // A second observation (another event id) of the same window's fact.
            CatalogEvents.publish(Api.bootstrap(), Events.systemBackObserved(cutoverId, 1, back, back));
            integration.awaitNone(CatalogEvents.of(cutoverId, EventCatalog.LIVE_VERIFICATION_SCHEDULED), Duration.ofSeconds(2));
        }
        assertThat(Db.results(probe, ProbeResultRow.RunKind.LIVE)).isEqualTo(1);
    }

    @Test
    void a_live_verification_due_while_no_scheduler_ran_fires_once_on_recovery_and_says_how_late() throws Exception {
        String cutoverId = UUID.randomUUID().toString();
        Instant downtime = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, downtime));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutoverId, 1));
        Api.teamTakesPart(cutoverId);
        String carrier = Api.register(cutoverId, Api.integrationBody("Carrier", "CRITICAL", false, List.of()));
        Api.probe(cutoverId, carrier, Map.of("target", servers.http("/health")));
        // The system is observed back 3 s from now (the runbook's clock runs ahead): the verification is planned for then.
        Instant back = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        WeekendFactObserved systemBack = Events.systemBackObserved(cutoverId, 1, back, downtime.plus(Events.DOWNTIME));

        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            quartz.standby();
            try {
                CatalogEvents.publish(Api.bootstrap(), systemBack);
                LiveVerificationScheduled scheduled = CatalogEvents.await(integration, cutoverId,
                        EventCatalog.LIVE_VERIFICATION_SCHEDULED, 1).get(0);
                assertThat(scheduled.runAt()).isEqualTo(back);
                // No scheduler runs until 3 s after the verification was due.
                await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(back.plusSeconds(3)));
            } finally {
                quartz.start();
            }

            LiveVerificationCompleted completed = CatalogEvents.await(integration, cutoverId,
                    EventCatalog.LIVE_VERIFICATION_COMPLETED, 1).get(0);
            assertThat(completed.passed()).isTrue();
            assertThat(completed.latenessMillis()).isGreaterThanOrEqualTo(3_000L);
            ProbeCompleted live = CatalogEvents.await(integration, cutoverId, EventCatalog.PROBE_COMPLETED, 1).get(0);
            assertThat(live.latenessMillis()).isEqualTo(completed.latenessMillis());
            integration.awaitNone(CatalogEvents.of(cutoverId, EventCatalog.LIVE_VERIFICATION_COMPLETED), Duration.ofSeconds(2));
        }
    }

    @Test
    void the_planned_system_back_alone_runs_nothing_the_observed_one_does_at_its_time() {
        String cutoverId = UUID.randomUUID().toString();
        Instant downtime = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, downtime));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutoverId, 1));
        Api.teamTakesPart(cutoverId);
        String carrier = Api.register(cutoverId, Api.integrationBody("Carrier", "CRITICAL", false, List.of()));
        String probe = Api.probe(cutoverId, carrier, Map.of("target", servers.http("/health")));
        Instant planned = downtime.plus(Events.DOWNTIME);
        Instant observed = planned.plus(Duration.ofMinutes(50));

        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            // The planned instant passed an hour ago, but the upgrade has not finished: nothing is probed. The
            // milestone is not even read (skipped by its type); the known window again, after it on its partition
            // and ignored as not newer, shows it was taken.
            String milestoneId = CatalogEvents.publish(Api.bootstrap(), Events.systemBackExpected(cutoverId, 1, planned));
            String after = CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutoverId, 1, downtime));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(CutoverProjector.CONSUMER, after) == 1);
            assertThat(Db.processed(CutoverProjector.CONSUMER, milestoneId)).isZero();
            integration.awaitNone(CatalogEvents.of(cutoverId, EventCatalog.LIVE_VERIFICATION_SCHEDULED), Duration.ofSeconds(2));
            assertThat(Db.liveVerifications(cutoverId)).isZero();
            assertThat(Db.projection(cutoverId).orElseThrow().systemBackAt).isNull();

            // The runbook then sees the upgrade finish, 50 min late: the verification runs now.
            CatalogEvents.publish(Api.bootstrap(), Events.systemBackObserved(cutoverId, 1, observed, planned));
            LiveVerificationScheduled scheduled = CatalogEvents.await(integration, cutoverId,
                    EventCatalog.LIVE_VERIFICATION_SCHEDULED, 1).get(0);
            assertThat(scheduled.integrationIds()).containsExactly(carrier);
            // Observed in the past: run at once, not at the plan's instant nor at the observed one.
            assertThat(scheduled.runAt()).isAfter(observed);
            assertThat(CatalogEvents.await(integration, cutoverId, EventCatalog.LIVE_VERIFICATION_COMPLETED, 1).get(0)
                    .passed()).isTrue();
        }
        assertThat(Db.projection(cutoverId).orElseThrow().systemBackAt).isEqualTo(observed);
        assertThat(Db.results(probe, ProbeResultRow.RunKind.LIVE)).isEqualTo(1);
    }

    private static Map<String, Object> withKind(Map<String, Object> body, String kind) {
        body.put("kind", kind);
        return body;
    }
}
