package dev.golive.notification.reminder;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.notification.support.SmtpServer;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Downtime reminders are Quartz triggers in the job store, moved when the window moves and removed
 * when the cutover is cancelled; one a few seconds ahead really fires. During the go-live, business
 * stakeholders read when the next update comes, and hear when it is overdue.
 */
@QuarkusTest
class ReminderTest {

    /** The reminders of the test profile: PT72H, PT24H, PT1H and PT4S before the downtime start. */
    private static final Duration[] OFFSETS = {Duration.ofHours(72), Duration.ofHours(24), Duration.ofHours(1),
            Duration.ofSeconds(4)};

    @Inject
    ReminderSchedule reminders;

    @Test
    void reminders_move_with_the_window_and_go_when_the_cutover_is_cancelled() {
        UUID cutover = UUID.randomUUID();
        Instant first = Events.inDays(10);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutover.toString(), 1, first));
        await().atMost(CatalogEvents.WAIT).until(() -> reminders.scheduled(cutover).size() == OFFSETS.length);
        assertThat(reminders.scheduled(cutover).values()).containsExactlyInAnyOrder(before(first));

        Instant moved = Events.inDays(17);
        CatalogEvents.publish(Api.bootstrap(), Events.rescheduled(cutover.toString(), 2, moved, first));
        await().atMost(CatalogEvents.WAIT).until(() -> reminders.scheduled(cutover).containsValue(moved.minus(OFFSETS[0])));
        assertThat(reminders.scheduled(cutover).values()).containsExactlyInAnyOrder(before(moved));

        // An older window arriving late changes nothing (the name sent after it shows it was read).
        CatalogEvents.publish(Api.bootstrap(), Events.rescheduled(cutover.toString(), 1, first, first));
        CatalogEvents.publish(Api.bootstrap(), Events.planned(cutover.toString(), "After the late window"));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(cutover.toString())
                .map(p -> "After the late window".equals(p.name)).orElse(false));
        assertThat(reminders.scheduled(cutover).values()).containsExactlyInAnyOrder(before(moved));

        CatalogEvents.publish(Api.bootstrap(), Events.cancelled(cutover.toString()));
        await().atMost(CatalogEvents.WAIT).until(() -> reminders.scheduled(cutover).isEmpty());
    }

    @Test
    void a_reminder_seconds_before_the_downtime_really_reaches_the_business() {
        String cutover = Api.knownCutover();
        String email = "sam." + cutover.substring(0, 8) + "@example.com";
        Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/Berlin", "en", email, Map.of()));
        Instant downtime = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutover, 1, downtime));

        await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(email).size() == 1);
        SmtpServer.Mail reminder = SmtpServer.to(email).get(0);
        assertThat(reminder.subject()).startsWith("[").contains("Reminder");
        assertThat(reminder.text()).contains("your time");
    }

    @Test
    void during_the_go_live_the_business_reads_when_the_next_update_comes_and_hears_when_it_is_overdue() {
        String cutover = Api.knownCutover();
        String email = "sam." + cutover.substring(0, 8) + "@example.com";
        Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", email, Map.of()));
        CatalogEvents.publish(Api.bootstrap(), Events.status(cutover, CutoverStatus.GO_NO_GO_PASSED, CutoverStatus.IN_PROGRESS));
        Instant now = Instant.now();
        CatalogEvents.publish(Api.bootstrap(), Events.observed(cutover, 0, WeekendFact.DOWNTIME_STARTED, now, now));

        await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(email).size() == 1);
        assertThat(SmtpServer.to(email).get(0).text()).contains("Next update by");

        // The ops lead writes an update; only the ops lead may.
        Api.as(DemoUsers.STAKEHOLDER).body(Map.of("text", "Restore done")).post("/api/cutovers/" + cutover + "/updates")
                .then().statusCode(403);
        Api.as(DemoUsers.OPS_LEAD).body(Map.of("text", "")).post("/api/cutovers/" + cutover + "/updates")
                .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("text"));
        Api.as(DemoUsers.OPS_LEAD).body(Map.of("text", "Upgrade done, testing starts at 09:00"))
                .post("/api/cutovers/" + cutover + "/updates").then().statusCode(201);
        await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(email).size() == 2);
        assertThat(SmtpServer.to(email).get(1).text()).contains("Upgrade done, testing starts at 09:00")
                .contains("Next update by");

        // No update within the interval of the test profile (8 s): the overdue reminder.
        await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(email).size() == 3);
        assertThat(SmtpServer.to(email).get(2).subject()).contains("Update overdue");
    }

    private static Instant[] before(Instant downtime) {
        Instant[] at = new Instant[OFFSETS.length];
        for (int i = 0; i < OFFSETS.length; i++) {
            at[i] = downtime.minus(OFFSETS[i]);
        }
        return at;
    }
}
