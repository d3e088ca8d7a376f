package dev.golive.staging.freshness;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.CutoverEvents;
import dev.golive.staging.support.TestClock;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.staging.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** When a fresh rehearsal is due: at the refresh deadline (a real Quartz trigger), and at once on drift or failure. */
@QuarkusTest
class RefreshDueTest {

    @Inject
    TestClock clock;

    @Inject
    CutoverTriggers triggers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Optional<Instant> nextFire(String cutoverId) {
        return triggers.nextFireTime(RefreshDeadlineJob.KIND, UUID.fromString(cutoverId), RefreshDeadlineJob.NAME);
    }

    @Test
    void a_rehearsal_that_is_stale_when_the_deadline_fires_makes_a_refresh_due_too_old() {
        String id = Api.knownCutover();
        // Fresh today: 13 days old, the default policy allows 14.
        String rehearsal = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(13)));
        assertThat(Api.readiness(id)).containsEntry("ready", true);

        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            Instant deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
            CatalogEvents.publish(Api.bootstrap(), CutoverEvents.scheduled(id, 1, deadline, deadline.plusSeconds(4)));
            await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).isPresent());

            // By the time the trigger fires (real time), the service's clock says two days have passed.
            clock.advance(Duration.ofDays(2));

            StagingRefreshDue due = CatalogEvents.await(staging, id, EventCatalog.STAGING_REFRESH_DUE, 1).get(0);
            assertThat(due.reason()).isEqualTo("TOO_OLD");
            assertThat(due.refreshDeadline()).isEqualTo(deadline);
            assertThat(due.lastSuccessfulRehearsalId()).isEqualTo(rehearsal);
            assertThat(due.detail()).contains(rehearsal).contains("PT336H");
            assertThat(due.at()).isAfter(Instant.now().plus(Duration.ofDays(1)));
            // By the service's clock the deadline fired two days late (as if every instance had been down): it says so.
            assertThat(due.latenessMillis()).isGreaterThanOrEqualTo(Duration.ofDays(2).toMillis());

            StagingReadinessChanged stale = (StagingReadinessChanged) CatalogEvents.decode(staging.awaitRecords(
                    CatalogEvents.of(id, EventCatalog.STAGING_READINESS_CHANGED, (StagingReadinessChanged e) -> !e.ready()),
                    1, CatalogEvents.WAIT).get(0));
            assertThat(stale.reasons()).containsExactly("STALE");
            // Once per window revision: the trigger is gone and nothing else is announced.
            await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).isEmpty());
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.STAGING_REFRESH_DUE), Duration.ofSeconds(2));
        }
    }

    @Test
    void a_fresh_rehearsal_at_the_deadline_makes_no_refresh_due() {
        String id = Api.knownCutover();
        Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(1)));
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            Instant deadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
            CatalogEvents.publish(Api.bootstrap(), CutoverEvents.scheduled(id, 1, deadline, deadline.plusSeconds(4)));
            await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).isPresent());
            await().atMost(CatalogEvents.WAIT).until(() -> nextFire(id).isEmpty());
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.STAGING_REFRESH_DUE), Duration.ofSeconds(2));
        }
        assertThat(Api.readiness(id)).containsEntry("ready", true);
    }

    @Test
    void drift_beyond_the_policy_makes_a_refresh_due_at_once_and_once() {
        String id = Api.knownCutover();
        String rehearsal = Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(2)));
        as(OPS_LEAD).body(Map.of("maxAge", "P14D", "maxCustomModuleCommits", 2, "maxModuleListChanges", 0))
                .put("/api/cutovers/" + id + "/staging-policy").then().statusCode(200)
                .body("maxCustomModuleCommits", equalTo(2)).body("defaults", equalTo(false));

        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            as(ON_CALL).body(Map.of("customModuleCommits", 2, "moduleListChanges", 0))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(201)
                    .body("customModuleCommits", equalTo(2)).body("beyondPolicy", equalTo(false));
            assertThat(Api.readiness(id)).containsEntry("ready", true);

            // Reports add up: 3 commits is one more than the policy allows.
            as(ON_CALL).body(Map.of("customModuleCommits", 1, "moduleListChanges", 0))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(201)
                    .body("customModuleCommits", equalTo(3)).body("beyondPolicy", equalTo(true))
                    .body("rehearsalId", equalTo(rehearsal));
            StagingRefreshDue due = CatalogEvents.await(staging, id, EventCatalog.STAGING_REFRESH_DUE, 1).get(0);
            assertThat(due.reason()).isEqualTo("DRIFTED");
            // Made by a change, not by a deadline: no lateness to tell.
            assertThat(due.latenessMillis()).isNull();
            assertThat(due.lastSuccessfulRehearsalId()).isEqualTo(rehearsal);
            assertThat(Api.readinessReasons(id)).containsExactly("DRIFTED");

            as(ON_CALL).body(Map.of("customModuleCommits", 0, "moduleListChanges", 1))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(201);
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.STAGING_REFRESH_DUE), Duration.ofSeconds(2));

            // Loosening the policy makes the rehearsal usable again.
            as(OPS_LEAD).body(Map.of("maxAge", "P14D", "maxCustomModuleCommits", 5, "maxModuleListChanges", 5))
                    .put("/api/cutovers/" + id + "/staging-policy").then().statusCode(200);
            assertThat(Api.readiness(id)).containsEntry("ready", true);
        }
    }

    @Test
    void a_failed_rehearsal_makes_a_refresh_due_at_once() {
        String id = Api.knownCutover();
        Api.succeededRehearsal(id, Instant.now().minus(Duration.ofDays(3)));
        String second = Api.requestRehearsal(id, Instant.now().minus(Duration.ofHours(1)), 16, 19);
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            as(ON_CALL).post(Api.rehearsal(id, second) + "/hops/16/start").then().statusCode(200);
            as(ON_CALL).body(Map.of("outcome", "FAILED")).post(Api.rehearsal(id, second) + "/hops/16/finish")
                    .then().statusCode(200).body("stage", equalTo("FAILED"));
            StagingRefreshDue due = CatalogEvents.await(staging, id, EventCatalog.STAGING_REFRESH_DUE, 1).get(0);
            assertThat(due.reason()).isEqualTo("FAILED");
            assertThat(Api.readinessReasons(id)).containsExactly("LAST_ATTEMPT_FAILED");
        }
    }

    @Test
    void the_policy_has_defaults_and_refuses_invalid_values_naming_them() {
        String id = Api.knownCutover();
        as(ON_CALL).get("/api/cutovers/" + id + "/staging-policy").then().statusCode(200)
                .body("maxAge", equalTo("PT336H")).body("maxCustomModuleCommits", equalTo(0))
                .body("maxModuleListChanges", equalTo(0)).body("defaults", equalTo(true));
        as(OPS_LEAD).body(Map.of("maxAge", "-P1D", "maxCustomModuleCommits", -1))
                .put("/api/cutovers/" + id + "/staging-policy").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("maxAge", "maxCustomModuleCommits"));
        as(ON_CALL).body(Map.of("customModuleCommits", -1)).post("/api/cutovers/" + id + "/drift")
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("customModuleCommits",
                        "moduleListChanges"));
        as(ON_CALL).get("/api/cutovers/" + id + "/staging-policy").then().body("defaults", equalTo(true));
        // The policy is the ops lead's and on-call's business (README, Access): a tester of the cutover is refused.
        as(DemoUsers.TESTER).get("/api/cutovers/" + id + "/staging-policy").then().statusCode(403);
    }
}
