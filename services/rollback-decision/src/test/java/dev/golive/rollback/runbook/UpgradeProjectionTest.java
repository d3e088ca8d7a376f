package dev.golive.rollback.runbook;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.rollback.cutover.CutoverProjector;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.rollback.support.TestClock;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import static dev.golive.rollback.support.Api.as;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * From the runbook and the observed weekend to the assessment: an upgrade projected back after the
 * point of no return asks for a decision (UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN), and the system's
 * return is the one observed, not the one planned.
 */
@QuarkusTest
class UpgradeProjectionTest {

    private static final String POLICY = "UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String cutoverWithWindow(Instant pointOfNoReturn) {
        String id = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, pointOfNoReturn));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.assessments(id) == 1);
        Api.teamTakesPart(id);
        return id;
    }

    /** As people read it on the cutover's wall clock. */
    private static String inLondon(Instant instant) {
        ZoneId zone = ZoneId.of(Cutovers.ZONE);
        return DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH).format(instant.atZone(zone))
                + " (" + Cutovers.ZONE + ")";
    }

    @Test
    void an_upgrade_projected_back_after_the_point_of_no_return_asks_for_a_decision_until_it_is_back_within() {
        Instant pnr = Cutovers.inDays(2).truncatedTo(ChronoUnit.MINUTES);
        String id = cutoverWithWindow(pnr);
        Instant late = pnr.plus(Duration.ofMinutes(90));
        Instant later = pnr.plus(Duration.ofHours(2));

        try (RawTopicReader rollback = RawTopicReader.atEnd(Api.bootstrap(), Topics.ROLLBACK)) {
            CatalogEvents.publish(Api.bootstrap(), Cutovers.projection(id, pnr, late, true));
            RollbackAssessmentChanged decideNow = CatalogEvents.await(rollback, id,
                    EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1).get(0);
            assertThat(decideNow.recommendation()).isEqualTo("DECIDE_NOW");
            assertThat(decideNow.reasons()).containsExactly(POLICY + ": the upgraded system is projected back at "
                    + inLondon(late) + ", after the point of no return " + inLondon(pnr)
                    + ": once it is back there is no time left to restore the backup before business resume");
            assertThat(decideNow.openIncidentIds()).isEmpty();

            // Projected later still: the same verdict, announced once; the assessment of the moment tells the new time.
            CatalogEvents.publish(Api.bootstrap(), Cutovers.projection(id, pnr, later, true));
            await().atMost(CatalogEvents.WAIT).until(() -> later.equals(Db.projection(id).orElseThrow().upgradeProjectedBackAt));
            rollback.awaitNone(CatalogEvents.of(id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED), Duration.ofSeconds(1));
            as(OPS_LEAD).get(Api.assessment(id)).then().statusCode(200)
                    .body("recommendation", equalTo("DECIDE_NOW"))
                    .body("reasons.policy", contains(POLICY))
                    .body("reasons[0].explanation", startsWith("the upgraded system is projected back at " + inLondon(later)));

            // The upgrade caught up: projected back before the point of no return, nothing to decide.
            CatalogEvents.publish(Api.bootstrap(), Cutovers.projection(id, pnr, pnr.minus(Duration.ofHours(1)), false));
            RollbackAssessmentChanged lifted = CatalogEvents.await(rollback, id,
                    EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, 1).get(0);
            assertThat(lifted.recommendation()).isEqualTo("FIX_FORWARD");
            assertThat(lifted.reasons()).singleElement().asString().startsWith("NO_ROLLBACK_REASON: ");
        }
        assertThat(Db.assessments(id)).isEqualTo(3);
    }

    @Test
    void the_planned_system_back_is_no_return_the_observed_one_is() {
        Instant pnr = Cutovers.inDays(2).truncatedTo(ChronoUnit.MINUTES);
        String id = cutoverWithWindow(pnr);
        Instant planned = pnr.minus(Duration.ofDays(1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);

        // The expected instant came, the upgrade has not finished: nothing was entered on an upgraded system.
        // The milestone is skipped by its type before the inbox; the same window again, known already and
        // behind it on the cutover's partition, shows it was passed.
        String milestoneId = CatalogEvents.publish(Api.bootstrap(), Cutovers.systemBackExpected(id, 1, planned, now));
        String after = CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, pnr));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(CutoverProjector.CONSUMER, after) == 1);
        assertThat(Db.processed(CutoverProjector.CONSUMER, milestoneId)).isZero();
        assertThat(Db.projection(id).orElseThrow().systemBackAt).isNull();
        as(OPS_LEAD).get(Api.assessment(id)).then().statusCode(200)
                .body("systemBackAt", nullValue())
                .body("rollbackWouldLose", equalTo("PT0S"));

        // The runbook saw the upgrade finish 30 minutes ago: a rollback now would lose those 30 minutes.
        Instant observed = now.minus(Duration.ofMinutes(30));
        CatalogEvents.publish(Api.bootstrap(), Cutovers.systemBackObserved(id, 1, observed, planned));
        await().atMost(CatalogEvents.WAIT).until(() -> observed.equals(Db.projection(id).orElseThrow().systemBackAt));
        as(OPS_LEAD).get(Api.assessment(id)).then().statusCode(200)
                .body("systemBackAt", equalTo(observed.toString()))
                .body("rollbackWouldLose", equalTo("PT30M"));
    }
}
