package dev.golive.notification.runbook;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.notification.PageEscalated;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.notification.delivery.DeliveryRow;
import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.ReaderTime;
import dev.golive.notification.intake.EventConsumers;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.notification.support.SmtpServer;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People are told what the weekend did, not what it planned: the system back when the runbook saw
 * the upgrade finish (with how late), overdue runbook tasks (a notice and a page, the owner first),
 * and the upgrade projected back after the point of no return (and back within it).
 */
@QuarkusTest
class ObservedWeekendTest {

    private static final ZoneId LONDON = ZoneId.of(Events.ZONE);

    private static long delivered(String cutover, NoticeKind kind, String recipient) {
        return Db.deliveries(cutover).stream().filter(d -> d.noticeKind == kind && recipient.equals(d.recipient)).count();
    }

    private static List<DeliveryRow> of(String cutover, NoticeKind kind) {
        return Db.deliveries(cutover).stream().filter(d -> d.noticeKind == kind).toList();
    }

    @Test
    void the_planned_system_back_tells_nobody_the_observed_one_tells_when_it_came_back_and_how_late() {
        String cutover = UUID.randomUUID().toString();
        String tag = cutover.substring(0, 8);
        Api.announce(cutover, "Observed " + tag);
        String sam = "sam." + tag + "@example.com";
        String tess = "tess." + tag + "@example.com";
        Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", sam, Map.of()));
        Api.create(cutover, Api.stakeholder("tess", "TESTER", "Europe/London", "fr", tess, Map.of()));
        Instant downtime = Instant.now().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);
        Instant planned = downtime.plus(Duration.ofHours(4));
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutover, 1, downtime));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.projection(cutover).map(p -> p.windowRevision == 1).orElse(false));

        // The expected instant comes; the upgrade is still running. Nobody is told the system is back.
        String milestone = CatalogEvents.publish(Api.bootstrap(), Events.reached(cutover, 1, Milestone.SYSTEM_BACK_EXPECTED,
                planned));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(EventConsumers.CUTOVER, milestone) == 1);
        assertThat(of(cutover, NoticeKind.SYSTEM_BACK)).isEmpty();
        assertThat(SmtpServer.to(sam)).isEmpty();

        // The runbook sees the upgrade finish 1 h 20 min late.
        Instant back = planned.plus(Duration.ofMinutes(80));
        CatalogEvents.publish(Api.bootstrap(), Events.observed(cutover, 1, WeekendFact.SYSTEM_BACK, back, planned));
        await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(sam).size() == 1 && SmtpServer.to(tess).size() == 1);
        SmtpServer.Mail toSam = SmtpServer.to(sam).get(0);
        assertThat(toSam.subject()).isEqualTo("[Observed " + tag + "] The system is back, 1 h 20 min later than planned");
        assertThat(toSam.text())
                .contains("back online since " + ReaderTime.describe(back, LONDON, LONDON, Locale.ENGLISH))
                .contains("It was planned back " + ReaderTime.describe(planned, LONDON, LONDON, Locale.ENGLISH)
                        + ": it came back 1 h 20 min later than planned.");
        assertThat(SmtpServer.to(tess).get(0).text()).contains("avec 1 h 20 min de retard sur le plan");
        assertThat(of(cutover, NoticeKind.SYSTEM_BACK)).extracting(d -> d.recipient).contains("sam", "tess");
    }

    @Test
    void an_overdue_task_pages_its_owner_first_then_the_on_call_escalation_and_tells_the_ops_lead() {
        String cutover = UUID.randomUUID().toString();
        String tag = cutover.substring(0, 8);
        Api.announce(cutover, "Overdue " + tag);
        Api.create(cutover, Api.stakeholder("nina", "ON_CALL", "Europe/London", "en", null, Map.of()));
        Api.create(cutover, Api.stakeholder("oscar", "ON_CALL", "Europe/London", "en", null, Map.of()));
        Api.create(cutover, Api.stakeholder("olivia", "OPS_LEAD", "Europe/London", "en", null, Map.of()));
        String tess = "tess." + tag + "@example.com";
        Api.create(cutover, Api.stakeholder("tess", "TESTER", "Europe/Paris", "en", tess, Map.of()));
        CatalogEvents.publish(Api.bootstrap(), Events.roster(cutover, "nina", "oscar"));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.rosterShifts(cutover) == 2);

        try (RawTopicReader events = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.overdue(cutover, "Smoke test the invoices",
                    new TaskOwner(TaskOwner.Kind.PERSON, "tess")));

            PageSent owner = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT, 1).get(0);
            assertThat(owner.level()).isEqualTo("OWNER");
            assertThat(owner.recipientUsername()).isEqualTo("tess");
            assertThat(owner.reason()).isEqualTo("Runbook task overdue: Smoke test the invoices");
            await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(tess).size() == 1);
            assertThat(SmtpServer.to(tess).get(0).text()).contains("as the owner of the task").contains("/ack?token=");

            // Nobody answers within the timeout (3 s in tests): the roster's primary is paged.
            PageEscalated escalated = CatalogEvents.await(events, cutover, EventCatalog.PAGE_ESCALATED, 1).get(0);
            assertThat(escalated.fromLevel()).isEqualTo("OWNER");
            assertThat(escalated.toLevel()).isEqualTo("PRIMARY");
            PageSent primary = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT,
                    p -> p.level().equals("PRIMARY"), 1).get(0);
            assertThat(primary.recipientUsername()).isEqualTo("nina");
            Api.as(DemoUsers.OPS_LEAD).post("/api/pages/" + owner.pageId() + "/acknowledge").then().statusCode(200);
        }
        // The ops lead and the on-call staff hear of the overdue task; nobody else by default.
        assertThat(of(cutover, NoticeKind.RUNBOOK_TASK_OVERDUE)).extracting(d -> d.recipient)
                .contains("olivia", "nina", "oscar").doesNotContain("tess");
        assertThat(of(cutover, NoticeKind.RUNBOOK_TASK_OVERDUE)).filteredOn(d -> d.recipient.equals("olivia")).first()
                .satisfies(d -> assertThat(d.subject).isEqualTo("[Overdue " + tag + "] Runbook task overdue: Smoke test the invoices"));
    }

    @Test
    void an_overdue_task_of_the_testers_is_told_to_each_tester_in_their_feed_and_pages_the_roster() {
        String cutover = UUID.randomUUID().toString();
        Api.announce(cutover, "Testers " + cutover.substring(0, 8));
        Api.create(cutover, Api.stakeholder("nina", "ON_CALL", "Europe/London", "en", null, Map.of()));

        try (RawTopicReader events = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.overdue(cutover, "Sign off the critical scenarios",
                    new TaskOwner(TaskOwner.Kind.ROLE, "tester")));
            PageSent primary = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT, 1).get(0);
            assertThat(primary.level()).isEqualTo("PRIMARY");
            assertThat(primary.recipientUsername()).isEqualTo("nina");
            Api.as(DemoUsers.SECOND_ON_CALL).post("/api/pages/" + primary.pageId() + "/acknowledge").then().statusCode(200);
        }
        // tess and theo take part as testers (the demo team): each reads it in the feed, though neither subscribed.
        await().atMost(CatalogEvents.WAIT).until(() -> delivered(cutover, NoticeKind.RUNBOOK_TASK_OVERDUE, "tess") == 1
                && delivered(cutover, NoticeKind.RUNBOOK_TASK_OVERDUE, "theo") == 1);
        assertThat(of(cutover, NoticeKind.RUNBOOK_TASK_OVERDUE)).filteredOn(d -> !d.recipient.equals("nina"))
                .extracting(d -> d.channel).containsOnly(Channel.FEED);
        assertThat(Api.as(DemoUsers.OTHER_TESTER).get("/api/me/feed").jsonPath().getList(
                "findAll { it.kind == 'RUNBOOK_TASK_OVERDUE' && it.cutoverId == '" + cutover + "' }")).hasSize(1);
        assertThat(delivered(cutover, NoticeKind.RUNBOOK_TASK_OVERDUE, "sam")).isZero();
    }

    @Test
    void the_upgrade_projected_past_the_point_of_no_return_is_told_once_and_again_when_back_within() {
        String cutover = UUID.randomUUID().toString();
        String tag = cutover.substring(0, 8);
        Api.announce(cutover, "Crossing " + tag);
        String olivia = "olivia." + tag + "@example.com";
        Api.create(cutover, Api.stakeholder("olivia", "OPS_LEAD", "Europe/London", "en", olivia, Map.of()));
        Api.create(cutover, Api.stakeholder("oscar", "ON_CALL", "Europe/London", "en", null, Map.of()));
        Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", null, Map.of()));
        Instant pnr = Instant.now().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.MINUTES);
        Instant late = pnr.plus(Duration.ofMinutes(45));

        CatalogEvents.publish(Api.bootstrap(), Events.projection(cutover, late, pnr, true));
        await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(olivia).size() == 1);
        SmtpServer.Mail decide = SmtpServer.to(olivia).get(0);
        assertThat(decide.subject()).isEqualTo("[Crossing " + tag + "] Decide now: the upgrade is projected back after "
                + "the point of no return");
        assertThat(decide.text()).contains("The upgraded system is projected back at "
                + ReaderTime.describe(late, LONDON, LONDON, Locale.ENGLISH) + ", after the point of no return "
                + ReaderTime.describe(pnr, LONDON, LONDON, Locale.ENGLISH) + ": decide now whether to wait or roll back.");
        assertThat(of(cutover, NoticeKind.RUNBOOK_PAST_POINT_OF_NO_RETURN)).extracting(d -> d.recipient)
                .contains("olivia", "oscar").doesNotContain("sam");

        // Later still: the same crossing, nothing new. Then back within: told once.
        String later = CatalogEvents.publish(Api.bootstrap(), Events.projection(cutover, late.plus(Duration.ofHours(1)),
                pnr, true));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(EventConsumers.RUNBOOK, later) == 1);
        CatalogEvents.publish(Api.bootstrap(), Events.projection(cutover, pnr.minus(Duration.ofHours(1)), pnr, false));
        await().atMost(CatalogEvents.WAIT).until(() -> SmtpServer.to(olivia).size() == 2);
        assertThat(SmtpServer.to(olivia).get(1).subject()).contains("before the point of no return again");
        assertThat(delivered(cutover, NoticeKind.RUNBOOK_PAST_POINT_OF_NO_RETURN, "olivia")).isEqualTo(2); // e-mail and feed
        assertThat(Db.projection(cutover).orElseThrow().upgradePastPointOfNoReturn).isFalse();
    }

    @Test
    void the_runbooks_other_events_leave_no_inbox_row_and_an_unreadable_one_is_dead_lettered() {
        String cutover = Api.knownCutover();
        String moved = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), new RunbookTaskChanged(cutover, "rb-1", "task-1", "Take the backup",
                new TaskOwner(TaskOwner.Kind.ROLE, "on-call"), RunbookTaskStatus.PLANNED, RunbookTaskStatus.RUNNING, null,
                Instant.now(), Instant.now().plusSeconds(600), Instant.now(), null, null, "oscar", Instant.now()), moved);
        RunbookProjectionChanged crossing = Events.projection(cutover, Instant.now().plus(Duration.ofHours(3)),
                Instant.now().plus(Duration.ofHours(2)), true);
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), "notification-hub", Unreadable.withoutType(crossing), crossing,
                () -> Db.projection(cutover).map(p -> p.upgradePastPointOfNoReturn).orElse(false));
        assertThat(Db.processed(EventConsumers.RUNBOOK, moved)).isZero();
    }
}
