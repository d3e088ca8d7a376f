package dev.golive.staging.rehearsal;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.staging.CustomModuleAttemptRecorded;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.RehearsalRequested;
import dev.golive.contracts.staging.RehearsalStageChanged;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.CutoverEvents;
import dev.golive.staging.support.Db;
import dev.golive.staging.support.TestClock;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.staging.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The whole rehearsal over REST: hops 16 → 19, the custom-module loop until a push works, the verdict and forecast. */
@QuarkusTest
class AttemptLoopTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void push(String cutoverId, String rehearsalId, int number, String commit) {
        as(ON_CALL).body(Map.of("commitRef", commit)).post(Api.rehearsal(cutoverId, rehearsalId) + "/attempts")
                .then().statusCode(201).body("stage", equalTo("CUSTOM_MODULE_UPGRADE"))
                .body("attempts[" + (number - 1) + "].outcome", equalTo("RUNNING"));
    }

    private static void fail(String cutoverId, String rehearsalId, int number, String category, String log) {
        as(ON_CALL).body(Map.of("outcome", "FAILED", "errorCategory", category, "logExcerpt", log))
                .post(Api.rehearsal(cutoverId, rehearsalId) + "/attempts/" + number + "/finish")
                .then().statusCode(200).body("stage", equalTo("AWAITING_CUSTOM_MODULES"));
    }

    @Test
    void hops_then_three_failed_pushes_then_one_that_works_make_staging_ready() {
        String id = UUID.randomUUID().toString();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            // The versions and the expected downtime (4 h) come from the cutover's events.
            CatalogEvents.publish(Api.bootstrap(), CutoverEvents.planned(id, 16, 19, Duration.ofHours(4)));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(id).isPresent());

            Instant backup = start.minus(Duration.ofHours(6));
            String rid = as(OPS_LEAD).body(Map.of("productionBackupAt", backup.toString()))
                    .post(Api.rehearsals(id)).then().statusCode(201)
                    .body("stage", equalTo("REQUESTED"))
                    .body("hops.from", contains(16, 17, 18))
                    .body("hops.status", contains("PENDING", "PENDING", "PENDING"))
                    .extract().path("id");
            RehearsalRequested requested = CatalogEvents.await(staging, id, EventCatalog.REHEARSAL_REQUESTED, 1).get(0);
            assertThat(requested.upgradePath()).containsExactly(16, 17, 18, 19);
            assertThat(requested.productionBackupAt()).isEqualTo(backup);
            assertThat(requested.requestedBy()).isEqualTo(OPS_LEAD);

            for (int from = 16; from < 19; from++) {
                as(ON_CALL).post(Api.rehearsal(id, rid) + "/hops/" + from + "/start").then().statusCode(200)
                        .body("stage", equalTo("STANDARD_UPGRADE_RUNNING"));
                clock.advance(Duration.ofMinutes(50));
                as(ON_CALL).body(Map.of("outcome", "SUCCEEDED")).post(Api.rehearsal(id, rid) + "/hops/" + from + "/finish")
                        .then().statusCode(200);
                clock.advance(Duration.ofMinutes(5));
            }
            as(OPS_LEAD).get(Api.rehearsal(id, rid)).then().statusCode(200)
                    .body("stage", equalTo("AWAITING_CUSTOM_MODULES"))
                    .body("hops.status", contains("SUCCEEDED", "SUCCEEDED", "SUCCEEDED"))
                    .body("hops.duration", contains("PT50M", "PT50M", "PT50M"))
                    .body("standardUpgradeDuration", equalTo("PT2H30M"));

            // A stage change that needs its own command, or that the state machine forbids, is a 409.
            as(ON_CALL).body(Map.of("stage", "CUSTOM_MODULE_UPGRADE")).post(Api.rehearsal(id, rid) + "/stage")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("reasons", contains("stage-transition-needs-command"));
            as(ON_CALL).body(Map.of("stage", "FAILED")).post(Api.rehearsal(id, rid) + "/stage")
                    .then().statusCode(409).body("reasons", contains("stage-transition-not-allowed"));

            push(id, rid, 1, "a1f3c9e");
            clock.advance(Duration.ofMinutes(12));
            fail(id, rid, 1, "PYTHON_ERROR", "ImportError: cannot import name 'get_module_resource'");
            clock.advance(Duration.ofHours(2));
            push(id, rid, 2, "b77d210");
            clock.advance(Duration.ofMinutes(15));
            fail(id, rid, 2, "XML_OR_VIEW_ERROR", "Element '<xpath expr=\"//field[@name='x_margin']\">' cannot be located");
            clock.advance(Duration.ofHours(1));
            push(id, rid, 3, "c0ffee1");
            clock.advance(Duration.ofMinutes(18));
            fail(id, rid, 3, "DATA_MIGRATION_ERROR", "psycopg2.errors.NotNullViolation in post-migrate");
            assertThat(Api.readinessReasons(id)).containsExactly("NO_SUCCESSFUL_REHEARSAL", "LAST_ATTEMPT_FAILED");
            clock.advance(Duration.ofMinutes(30));
            push(id, rid, 4, "d4e5f60");
            clock.advance(Duration.ofMinutes(20));
            as(ON_CALL).body(Map.of("outcome", "SUCCEEDED"))
                    .post(Api.rehearsal(id, rid) + "/attempts/4/finish").then().statusCode(200)
                    .body("stage", equalTo("SUCCEEDED"))
                    .body("attempts", hasSize(4))
                    .body("attempts.outcome", contains("FAILED", "FAILED", "FAILED", "SUCCEEDED"))
                    .body("attempts.errorCategory", contains("PYTHON_ERROR", "XML_OR_VIEW_ERROR",
                            "DATA_MIGRATION_ERROR", null))
                    .body("attempts.commitRef", contains("a1f3c9e", "b77d210", "c0ffee1", "d4e5f60"))
                    .body("attempts.duration", contains("PT12M", "PT15M", "PT18M", "PT20M"))
                    .body("attempts[0].logExcerpt", equalTo("ImportError: cannot import name 'get_module_resource'"))
                    .body("attempts[3].logExcerpt", nullValue())
                    .body("successfulAttemptDuration", equalTo("PT20M"));

            // Finished: nothing moves it any more.
            as(ON_CALL).body(Map.of("stage", "ABANDONED")).post(Api.rehearsal(id, rid) + "/stage")
                    .then().statusCode(409);

            List<CustomModuleAttemptRecorded> attempts = CatalogEvents.await(staging, id,
                    EventCatalog.CUSTOM_MODULE_ATTEMPT_RECORDED, 4);
            assertThat(attempts).extracting(CustomModuleAttemptRecorded::attemptNumber).containsExactly(1, 2, 3, 4);
            assertThat(attempts).extracting(CustomModuleAttemptRecorded::errorCategory).containsExactly(
                    "PYTHON_ERROR", "XML_OR_VIEW_ERROR", "DATA_MIGRATION_ERROR", null);
            assertThat(attempts.get(1).duration()).isEqualTo(Duration.ofMinutes(15));

            RehearsalCompleted completed = CatalogEvents.await(staging, id, EventCatalog.REHEARSAL_COMPLETED, 1).get(0);
            assertThat(completed.outcome()).isEqualTo("SUCCEEDED");
            assertThat(completed.standardUpgradeDuration()).isEqualTo(Duration.ofMinutes(150));
            assertThat(completed.customModuleAttempts()).isEqualTo(4);
            assertThat(completed.successfulAttemptDuration()).isEqualTo(Duration.ofMinutes(20));
            assertThat(completed.totalDuration()).isEqualTo(Duration.between(start, clock.instant()));
            assertThat(completed.completedAt()).isEqualTo(clock.instant());

            List<RehearsalStageChanged> stages = CatalogEvents.await(staging, id, EventCatalog.REHEARSAL_STAGE_CHANGED, 10);
            assertThat(stages).extracting(RehearsalStageChanged::to).containsExactly("STANDARD_UPGRADE_RUNNING",
                    "AWAITING_CUSTOM_MODULES", "CUSTOM_MODULE_UPGRADE", "AWAITING_CUSTOM_MODULES",
                    "CUSTOM_MODULE_UPGRADE", "AWAITING_CUSTOM_MODULES", "CUSTOM_MODULE_UPGRADE",
                    "AWAITING_CUSTOM_MODULES", "CUSTOM_MODULE_UPGRADE", "SUCCEEDED");

            // The verdict went from not ready to ready, and says so on the topic in that order.
            ConsumerRecord<String, byte[]> ready = staging.awaitRecords(CatalogEvents.of(id,
                    EventCatalog.STAGING_READINESS_CHANGED, (StagingReadinessChanged e) -> e.ready()), 1,
                    CatalogEvents.WAIT).get(0);
            ConsumerRecord<String, byte[]> notReady = staging.awaitRecords(CatalogEvents.of(id,
                    EventCatalog.STAGING_READINESS_CHANGED, (StagingReadinessChanged e) -> !e.ready()), 1,
                    CatalogEvents.WAIT).get(0);
            assertThat(notReady.offset()).isLessThan(ready.offset());
            assertThat(((StagingReadinessChanged) CatalogEvents.decode(notReady)).reasons())
                    .contains("NO_SUCCESSFUL_REHEARSAL");
            assertThat(((StagingReadinessChanged) CatalogEvents.decode(ready)).basedOnRehearsalId()).isEqualTo(rid);

            // (2 h 30 + 20 min) × 1.25 = 3 h 32 min 30 s: fits the 4 h of expected downtime.
            as(DemoUsers.STAKEHOLDER).get("/api/cutovers/" + id + "/staging-readiness").then().statusCode(200)
                    .body("ready", equalTo(true))
                    .body("reasons", hasSize(0))
                    .body("basedOnRehearsalId", equalTo(rid))
                    .body("forecast.rehearsalId", equalTo(rid))
                    .body("forecast.estimate", equalTo("PT3H32M30S"))
                    .body("forecast.expectedDowntime", equalTo("PT4H"))
                    .body("forecast.fits", equalTo(true))
                    .body("forecast.margin", equalTo("PT27M30S"));
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.UPGRADE_FORECAST_EXCEEDS_WINDOW), Duration.ofSeconds(1));
        }
    }

    @Test
    void a_forecast_that_does_not_fit_the_downtime_is_announced_once() {
        String id = UUID.randomUUID().toString();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            CatalogEvents.publish(Api.bootstrap(), CutoverEvents.planned(id, 18, 19, Duration.ofHours(1)));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(id).isPresent());
            String rid = Api.requestRehearsal(id, start.minus(Duration.ofHours(1)), 18, 19);
            as(ON_CALL).post(Api.rehearsal(id, rid) + "/hops/18/start").then().statusCode(200);
            clock.advance(Duration.ofHours(1));
            as(ON_CALL).body(Map.of("stage", "SUCCEEDED")).post(Api.rehearsal(id, rid) + "/stage")
                    .then().statusCode(200);

            var exceeds = CatalogEvents.await(staging, id, EventCatalog.UPGRADE_FORECAST_EXCEEDS_WINDOW, 1).get(0);
            assertThat(exceeds.rehearsalId()).isEqualTo(rid);
            assertThat(exceeds.forecast()).isEqualTo(Duration.ofMinutes(75));
            assertThat(exceeds.expectedDowntime()).isEqualTo(Duration.ofHours(1));
            assertThat(exceeds.shortfall()).isEqualTo(Duration.ofMinutes(15));

            // Other changes do not repeat it; a new expected downtime is a new question.
            as(ON_CALL).body(Map.of("customModuleCommits", 0, "moduleListChanges", 0))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(201);
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.UPGRADE_FORECAST_EXCEEDS_WINDOW), Duration.ofSeconds(2));
            CatalogEvents.publish(Api.bootstrap(), CutoverEvents.updated(id, 18, 19, Duration.ofMinutes(70), CutoverEvents.ZONE));
            var again = CatalogEvents.await(staging, id, EventCatalog.UPGRADE_FORECAST_EXCEEDS_WINDOW, 1).get(0);
            assertThat(again.shortfall()).isEqualTo(Duration.ofMinutes(5));
            as(DemoUsers.TESTER).get("/api/cutovers/" + id + "/staging-readiness").then().statusCode(200)
                    .body("forecast.fits", equalTo(false)).body("forecast.margin", equalTo("PT-5M"));
        }
    }

    @Test
    void the_forecast_is_announced_with_its_basis_once_per_change_and_a_bad_size_is_refused() {
        String id = UUID.randomUUID().toString();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            CatalogEvents.publish(Api.bootstrap(), CutoverEvents.planned(id, 18, 19, Duration.ofHours(4)));
            await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(id).isPresent());

            // A rehearsal reported in a second: implausible, and the floor holds the forecast.
            String quick = Api.requestRehearsal(id, start.minus(Duration.ofHours(1)), 18, 19);
            as(ON_CALL).post(Api.rehearsal(id, quick) + "/hops/18/start").then().statusCode(200);
            clock.advance(Duration.ofSeconds(1));
            as(ON_CALL).body(Map.of("stage", "SUCCEEDED")).post(Api.rehearsal(id, quick) + "/stage").then().statusCode(200);
            UpgradeForecastChanged implausible = CatalogEvents.await(staging, id, EventCatalog.UPGRADE_FORECAST_CHANGED, 1)
                    .get(0);
            assertThat(implausible.rehearsalId()).isEqualTo(quick);
            assertThat(implausible.plausible()).isFalse();
            assertThat(implausible.reason()).isEqualTo("the rehearsal measured 1 s for the upgrade 18 → 19, below the "
                    + "plausible 5 min: record the real durations of the rehearsal");
            assertThat(implausible.measured()).isEqualTo(Duration.ofSeconds(1));
            assertThat(implausible.forecast()).isEqualTo(Duration.ofMinutes(30));
            assertThat(implausible.floor()).isEqualTo(Duration.ofMinutes(30));
            assertThat(implausible.sizeRatio()).isNull();

            // A real rehearsal of a 10 GB copy: an hour, plausible; production's 25 GB scales it.
            Map<String, Object> body = Map.of("productionBackupAt", clock.instant().minus(Duration.ofMinutes(5)).toString(),
                    "sourceVersion", 18, "targetVersion", 19, "databaseSizeMb", 10_000);
            String real = as(OPS_LEAD).body(body).post(Api.rehearsals(id)).then().statusCode(201)
                    .body("databaseSizeMb", equalTo(10_000)).extract().path("id");
            as(ON_CALL).post(Api.rehearsal(id, real) + "/hops/18/start").then().statusCode(200);
            clock.advance(Duration.ofHours(1));
            as(ON_CALL).body(Map.of("stage", "SUCCEEDED")).post(Api.rehearsal(id, real) + "/stage").then().statusCode(200);
            UpgradeForecastChanged measured = CatalogEvents.await(staging, id, EventCatalog.UPGRADE_FORECAST_CHANGED, 1)
                    .get(0);
            assertThat(measured.plausible()).isTrue();
            assertThat(measured.reason()).isNull();
            assertThat(measured.forecast()).isEqualTo(Duration.ofMinutes(75));

            for (Object bad : new Object[]{0, -5, 200L * 1024 * 1024}) {
                as(ON_CALL).body(Map.of("sizeMb", bad)).put("/api/cutovers/" + id + "/production-database")
                        .then().statusCode(422).contentType("application/problem+json")
                        .body("errors.field", contains("sizeMb"));
            }
            as(ON_CALL).body(Map.of()).put("/api/cutovers/" + id + "/production-database")
                    .then().statusCode(422).body("errors.field", contains("sizeMb"));
            as(ON_CALL).body(Map.of("sizeMb", 25_000)).put("/api/cutovers/" + id + "/production-database")
                    .then().statusCode(200).body("sizeMb", equalTo(25_000)).body("updatedBy", equalTo("oscar"));
            UpgradeForecastChanged scaled = CatalogEvents.await(staging, id, EventCatalog.UPGRADE_FORECAST_CHANGED, 1)
                    .get(0);
            assertThat(scaled.sizeRatio()).isEqualTo(2.5);
            assertThat(scaled.forecast()).isEqualTo(Duration.ofMinutes(187).plusSeconds(30));

            // The same size again, or a change that moves nothing of the forecast: no event.
            as(ON_CALL).body(Map.of("sizeMb", 25_000)).put("/api/cutovers/" + id + "/production-database")
                    .then().statusCode(200);
            as(ON_CALL).body(Map.of("customModuleCommits", 0, "moduleListChanges", 0))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(201);
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.UPGRADE_FORECAST_CHANGED), Duration.ofSeconds(2));

            as(DemoUsers.TESTER).get("/api/cutovers/" + id + "/staging-readiness").then().statusCode(200)
                    .body("forecast.measured", equalTo("PT1H")).body("forecast.sizeRatio", equalTo(2.5f))
                    .body("forecast.floor", equalTo("PT30M")).body("forecast.plausible", equalTo(true))
                    .body("forecast.estimate", equalTo("PT3H7M30S")).body("forecast.fits", equalTo(true));
        }
    }
}
