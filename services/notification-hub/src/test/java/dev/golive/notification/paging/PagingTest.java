package dev.golive.notification.paging;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.notification.PageAcknowledged;
import dev.golive.contracts.notification.PageEscalated;
import dev.golive.contracts.notification.PageSent;
import dev.golive.notification.intake.EventConsumers;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.notification.support.SmtpServer;
import dev.golive.notification.support.TestClock;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoMachines;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import dev.golive.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A critical incident pages the primary on call; unacknowledged within the timeout (3 s in tests)
 * the page goes to the secondary, and an acknowledgement stops it. Only the people paged (or an ops
 * lead) may acknowledge; the link in the message works without a login, with its token only.
 */
@QuarkusTest
class PagingTest {

    @Inject
    TestClock clock;

    private static final Pattern LINK = Pattern.compile("/api/pages/([0-9a-f-]{36})/ack\\?token=([A-Za-z0-9_-]+)");

    private static String setUp(String cutover, boolean withRoster) {
        String tag = cutover.substring(0, 8);
        // Planned before its people are added: writes are for cutovers the service knows.
        Api.announce(cutover, "Paging " + tag);
        Api.create(cutover, Api.stakeholder("oscar", "ON_CALL", "Europe/Paris", "en", "oscar." + tag + "@example.com",
                Map.of()));
        Api.create(cutover, Api.stakeholder("nina", "ON_CALL", "Europe/London", "en", "nina." + tag + "@example.com",
                Map.of()));
        Api.create(cutover, Api.stakeholder("olivia", "OPS_LEAD", "Europe/London", "en", null, Map.of()));
        if (withRoster) {
            // The roster says nina is primary: the roster wins over the order of the stakeholders.
            CatalogEvents.publish(Api.bootstrap(), Events.roster(cutover, "nina", "oscar"));
            // The roster travels on another topic than the incident: known before the incident is sent.
            await().atMost(CatalogEvents.WAIT).until(() -> Db.rosterShifts(cutover) == 2);
        }
        return tag;
    }

    @Test
    void an_unacknowledged_page_escalates_to_the_secondary_and_stops_when_acknowledged() {
        String cutover = UUID.randomUUID().toString();
        String tag = setUp(cutover, true);
        try (RawTopicReader events = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.incident(cutover, "CRITICAL", "Orders cannot be confirmed"));

            PageSent primary = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT, 1).get(0);
            assertThat(primary.level()).isEqualTo("PRIMARY");
            assertThat(primary.recipientUsername()).isEqualTo("nina");
            // the operator's gauge counts it while nobody has answered
            assertThat(unacknowledgedGauge()).isGreaterThanOrEqualTo(1);
            // Someone the page did not reach may not acknowledge it.
            Api.as(DemoUsers.TESTER).post("/api/pages/" + primary.pageId() + "/acknowledge").then().statusCode(403)
                    .contentType("application/problem+json");
            Api.as(DemoUsers.STAKEHOLDER).post("/api/pages/" + primary.pageId() + "/acknowledge").then().statusCode(403);
            // nina hears of the incident (she subscribed) and is paged: two e-mails, the page with its link.
            await().atMost(CatalogEvents.WAIT).until(() -> pages("nina." + tag + "@example.com").size() == 1);
            assertThat(pages("nina." + tag + "@example.com").get(0).text())
                    .contains("Orders cannot be confirmed").contains("/ack?token=");

            PageEscalated escalated = CatalogEvents.await(events, cutover, EventCatalog.PAGE_ESCALATED, 1).get(0);
            assertThat(escalated.fromLevel()).isEqualTo("PRIMARY");
            assertThat(escalated.toLevel()).isEqualTo("SECONDARY");
            PageSent secondary = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT,
                    p -> p.level().equals("SECONDARY"), 1).get(0);
            assertThat(secondary.recipientUsername()).isEqualTo("oscar");
            await().atMost(CatalogEvents.WAIT).until(() -> pages("oscar." + tag + "@example.com").size() == 1);

            Api.as(DemoUsers.ON_CALL).post("/api/pages/" + primary.pageId() + "/acknowledge").then().statusCode(200)
                    .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgement.by", equalTo("oscar"))
                    .body("acknowledgement.via", equalTo("API"));
            PageAcknowledged acknowledged = CatalogEvents.await(events, cutover, EventCatalog.PAGE_ACKNOWLEDGED, 1).get(0);
            assertThat(acknowledged.level()).isEqualTo("SECONDARY");
            // answered, it no longer counts: the gauge is the database's count of pages still open
            await().atMost(CatalogEvents.WAIT).until(() -> unacknowledgedGauge() == Db.openPages());
            // Longer than the timeout: the ops lead is not paged.
            events.awaitNone(CatalogEvents.of(cutover, EventCatalog.PAGE_ESCALATED,
                    e -> e.escalatedAt().isAfter(acknowledged.acknowledgedAt())), Duration.ofSeconds(5));

            JsonPath pages = Api.as(DemoUsers.OPS_LEAD).get("/api/cutovers/" + cutover + "/pages").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(pages.getList("steps[0].level", String.class)).containsExactly("PRIMARY", "SECONDARY");
            assertThat(pages.getList("steps[0].outcome", String.class)).containsExactly("ESCALATED", "ACKNOWLEDGED");
            assertThat(pages.getList("steps[0].username", String.class)).containsExactly("nina", "oscar");
            Api.as(DemoUsers.STAKEHOLDER).get("/api/cutovers/" + cutover + "/pages").then().statusCode(403);
            assertThat(Api.as(DemoUsers.SECOND_ON_CALL).get("/api/me/pages").jsonPath().getList("id", String.class))
                    .contains(primary.pageId());
            assertThat(Api.as(DemoUsers.TESTER).get("/api/me/pages").jsonPath().getList("id", String.class))
                    .doesNotContain(primary.pageId());
            // oscar was paged once, on every channel he has, the feed included.
            assertThat(Api.as(DemoUsers.ON_CALL).get("/api/me/feed").jsonPath().getList("findAll { it.kind == 'PAGE' && it.cutoverId == '"
                    + cutover + "' }")).hasSize(1);
        }
    }

    @Test
    void an_incident_that_pages_nobody_is_left_before_the_paging_inbox_and_still_told_to_whoever_subscribed() {
        String cutover = UUID.randomUUID().toString();
        setUp(cutover, false);
        String minor = UUID.randomUUID().toString();
        String critical = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), Events.incident(cutover, "MEDIUM", "The logo prints twice on invoices"), minor);
        CatalogEvents.publish(Api.bootstrap(), Events.incident(cutover, "CRITICAL", "Orders cannot be confirmed"), critical);
        // One cutover, one partition: once the critical one is taken, the one before it was looked at.
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(PageConsumers.INCIDENT, critical) == 1);
        assertThat(Db.processed(PageConsumers.INCIDENT, minor)).as("paging inbox rows of the medium incident").isZero();
        // The notices' reader takes it as before.
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(EventConsumers.INCIDENT, minor) == 1);
        assertThat(Api.as(DemoUsers.OPS_LEAD).get("/api/cutovers/" + cutover + "/pages").then().statusCode(200)
                .extract().jsonPath().getList("reason", String.class)).singleElement().asString()
                .contains("Orders cannot be confirmed");
    }

    @Test
    void the_link_in_the_message_acknowledges_without_a_login_and_only_with_its_token() {
        String cutover = UUID.randomUUID().toString();
        setUp(cutover, false);
        try (RawTopicReader events = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.decideNow(cutover));
            PageSent sent = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT, 1).get(0);
            // No roster: the first ON_CALL stakeholder is primary.
            assertThat(sent.recipientUsername()).isEqualTo("oscar");

            List<Map<String, Object>> feed = Api.as(DemoUsers.ON_CALL).get("/api/me/feed").jsonPath()
                    .getList("findAll { it.kind == 'PAGE' && it.cutoverId == '" + cutover + "' }");
            assertThat(feed).hasSize(1);
            Matcher link = LINK.matcher((String) feed.get(0).get("body"));
            assertThat(link.find()).isTrue();
            assertThat(link.group(1)).isEqualTo(sent.pageId());

            Api.anonymous().get("/api/pages/" + sent.pageId() + "/ack?token=not-the-token").then().statusCode(404);
            Api.anonymous().get("/api/pages/" + sent.pageId() + "/ack").then().statusCode(404);
            // Opening the link (as a mail scanner or a chat preview would) shows the page and changes nothing.
            String shown = Api.anonymous().get("/api/pages/" + sent.pageId() + "/ack?token=" + link.group(2))
                    .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
            assertThat(shown).contains("id=\"status\">OPEN<").contains("<form method=\"post\"")
                    .contains("name=\"token\" value=\"" + link.group(2) + "\"");
            Api.anonymous().get("/api/pages/" + sent.pageId() + "/ack?token=" + link.group(2)).then().statusCode(200);
            events.awaitNone(CatalogEvents.of(cutover, EventCatalog.PAGE_ACKNOWLEDGED), Duration.ofSeconds(2));
            assertThat(Api.as(DemoUsers.ON_CALL).get("/api/me/pages").jsonPath()
                    .getString("find { it.id == '" + sent.pageId() + "' }.status")).isEqualTo("OPEN");
            // A wrong token in the form is refused like a wrong link.
            Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("token", "not-the-token")
                    .post("/api/pages/" + sent.pageId() + "/ack").then().statusCode(404);

            // The person's click acknowledges.
            String done = Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("token", link.group(2))
                    .post("/api/pages/" + sent.pageId() + "/ack").then().statusCode(200).extract().asString();
            assertThat(done).contains("You acknowledged this page").contains("id=\"status\">ACKNOWLEDGED<");
            PageAcknowledged acknowledged = CatalogEvents.await(events, cutover, EventCatalog.PAGE_ACKNOWLEDGED, 1).get(0);
            assertThat(acknowledged.via()).isEqualTo("LINK");
            assertThat(Api.as(DemoUsers.ON_CALL).get("/api/me/pages").jsonPath()
                    .getString("find { it.id == '" + sent.pageId() + "' }.acknowledgement.by")).isEqualTo("oscar");
            events.awaitNone(CatalogEvents.of(cutover, EventCatalog.PAGE_ESCALATED,
                    e -> e.escalatedAt().isAfter(acknowledged.acknowledgedAt())), Duration.ofSeconds(4));
            // A second click changes nothing: the page shows who acknowledged it, and no second event comes.
            Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("token", link.group(2))
                    .post("/api/pages/" + sent.pageId() + "/ack").then().statusCode(200);
            events.awaitNone(CatalogEvents.of(cutover, EventCatalog.PAGE_ACKNOWLEDGED), Duration.ofSeconds(2));
        }
    }

    /** The page e-mails received at {@code address}. */
    @Test
    void an_escalation_that_fires_late_says_how_late_in_its_event_and_in_the_page() {
        String cutover = UUID.randomUUID().toString();
        String tag = setUp(cutover, true);
        try (RawTopicReader events = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.incident(cutover, "CRITICAL", "Invoices are not posted"));
            PageSent primary = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT, 1).get(0);
            assertThat(primary.recipientUsername()).isEqualTo("nina");
            // Quartz fires the escalation by real time; the service's clock says it was down for 20 minutes.
            clock.advance(Duration.ofMinutes(20));

            PageEscalated escalated = CatalogEvents.await(events, cutover, EventCatalog.PAGE_ESCALATED, 1).get(0);
            assertThat(escalated.toLevel()).isEqualTo("SECONDARY");
            assertThat(escalated.latenessMillis()).isGreaterThanOrEqualTo(Duration.ofMinutes(20).toMillis());
            await().atMost(CatalogEvents.WAIT).until(() -> pages("oscar." + tag + "@example.com").size() == 1);
            assertThat(pages("oscar." + tag + "@example.com").get(0).text())
                    .contains("Invoices are not posted").contains("Sent 20 min late: it could not go out when it was due");

            Api.as(DemoUsers.ON_CALL).post("/api/pages/" + primary.pageId() + "/acknowledge").then().statusCode(200);
        } finally {
            clock.reset();
        }
    }

    private static List<SmtpServer.Mail> pages(String address) {
        return SmtpServer.to(address).stream().filter(m -> m.subject().contains("PAGE")).toList();
    }

    @Test
    void the_chat_bot_acknowledges_for_the_person_who_answered_and_only_in_a_cutover_it_takes_part_in() {
        String cutover = UUID.randomUUID().toString();
        setUp(cutover, false);
        String bot = Tokens.machineToken(DemoMachines.CHAT_BOT);
        try (RawTopicReader events = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.decideNow(cutover));
            PageSent sent = CatalogEvents.await(events, cutover, EventCatalog.PAGE_SENT, 1).get(0);
            String ack = "/api/pages/" + sent.pageId() + "/acknowledge-for";

            // Only someone the page reached can be acknowledged for; a name with a line break is refused.
            RestAssured.given().auth().oauth2(bot).contentType("application/json").body(Map.of("person", "tess"))
                    .post(ack).then().statusCode(403);
            RestAssured.given().auth().oauth2(bot).contentType("application/json").body(Map.of("person", "oscar\nada"))
                    .post(ack).then().statusCode(422).body("errors.field", contains("person"));
            // A person may not use the bot's door.
            Api.as(DemoUsers.ON_CALL).body(Map.of("person", "oscar")).post(ack).then().statusCode(403);
            events.awaitNone(r -> cutover.equals(r.key()) && EventCatalog.PAGE_ACKNOWLEDGED.name()
                    .equals(RawTopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofMillis(500));

            RestAssured.given().auth().oauth2(bot).contentType("application/json").body(Map.of("person", "oscar"))
                    .post(ack).then().statusCode(200)
                    .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgement.by", equalTo("oscar"))
                    .body("acknowledgement.via", equalTo("CHAT"));
            PageAcknowledged acknowledged = CatalogEvents.await(events, cutover, EventCatalog.PAGE_ACKNOWLEDGED, 1).get(0);
            assertThat(acknowledged.acknowledgedBy()).isEqualTo("oscar");
            assertThat(acknowledged.via()).isEqualTo("CHAT");
        }

        // In a cutover the bot takes no part in, it acknowledges nothing.
        String other = UUID.randomUUID().toString();
        setUp(other, false);
        try (RawTopicReader events = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            CatalogEvents.publish(Api.bootstrap(), Events.decideNow(other));
            PageSent sent = CatalogEvents.await(events, other, EventCatalog.PAGE_SENT, 1).get(0);
            Api.setMembers(other, DemoUsers.team().stream()
                    .filter(m -> !m.member().equals(DemoMachines.serviceAccount(DemoMachines.CHAT_BOT))).toList());
            RestAssured.given().auth().oauth2(bot).contentType("application/json").body(Map.of("person", "oscar"))
                    .post("/api/pages/" + sent.pageId() + "/acknowledge-for").then().statusCode(403)
                    .body("type", equalTo("https://golive.dev/problems/not-a-member"));
            // Nor does an ops lead who leads other cutovers but not this one.
            Api.setMembers(other, DemoUsers.team().stream().filter(m -> !m.member().equals(DemoUsers.OPS_LEAD)).toList());
            Api.as(DemoUsers.OPS_LEAD).post("/api/pages/" + sent.pageId() + "/acknowledge").then().statusCode(403);
            events.awaitNone(r -> other.equals(r.key()) && EventCatalog.PAGE_ACKNOWLEDGED.name()
                    .equals(RawTopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofMillis(500));
        }
    }

    /** golive_paging_unacknowledged as the metrics scraper reads it. */
    private static long unacknowledgedGauge() {
        String scrape = RestAssured.given().auth().oauth2(Tokens.machineToken(DemoMachines.METRICS)).get("/q/metrics")
                .then().statusCode(200).extract().asString();
        Matcher gauge = Pattern.compile("^golive_paging_unacknowledged(?:\\{[^}]*\\})? ([0-9.E+-]+)$", Pattern.MULTILINE)
                .matcher(scrape);
        assertThat(gauge.find()).as("golive_paging_unacknowledged in the scrape").isTrue();
        return (long) Double.parseDouble(gauge.group(1));
    }
}
