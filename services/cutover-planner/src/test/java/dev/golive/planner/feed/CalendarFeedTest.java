package dev.golive.planner.feed;

import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.planner.support.Api;
import dev.golive.planner.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.planner.support.Api.as;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.TESTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's calendar link: made with a token, read by a calendar client with the secret alone,
 * holding the weekends of their cutovers and their own assignments, shifts and tasks; a cancelled
 * cutover's events come back cancelled with a higher sequence; a revoked link reads nothing.
 */
@QuarkusTest
class CalendarFeedTest {

    @Test
    void a_link_serves_the_persons_own_weekend_and_follows_a_cancellation_until_it_is_revoked() throws Exception {
        ZoneId zone = ZoneId.of("Europe/Brussels");
        String id = Api.create(Api.cutover(zone.getId()));
        LocalDate friday = LocalDate.now(zone).plusDays(22).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(18, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);
        Instant start = friday.plusDays(1).atTime(9, 0).atZone(zone).toInstant();
        String assignment = UUID.randomUUID().toString();
        Events.publish(new PlanPublished(id, UUID.randomUUID().toString(), List.of(
                new PlanPublished.Assignment(assignment, "S-1", "Post a customer invoice", "INVOICING", true, "t-1",
                        TESTER, start, start.plusSeconds(3600)),
                new PlanPublished.Assignment(UUID.randomUUID().toString(), "S-2", "Receive goods", "INVENTORY", true,
                        "t-2", "theo", start, start.plusSeconds(3600))), List.of(), OPS_LEAD, Instant.now()));
        Events.publish(new RosterPublished(id, List.of(new RosterPublished.Shift("s-1", ON_CALL, "PRIMARY", start,
                start.plusSeconds(7200))), List.of(), List.of(), OPS_LEAD, Instant.now()));
        Events.publish(new RunbookTaskChanged(id, "runbook-1", "t-9", "Sign the weekend off",
                new TaskOwner(TaskOwner.Kind.ROLE, "tester"), RunbookTaskStatus.PLANNED, RunbookTaskStatus.PLANNED, null,
                start.plusSeconds(86_400), start.plusSeconds(90_000), null, null, null, OPS_LEAD, Instant.now()));

        // tess makes a link; the secret is in this answer only, never in the list
        Map<String, Object> created = as(TESTER).body(Map.of("label", "Phone")).post("/api/me/calendar-subscriptions")
                .then().statusCode(201).header("Cache-Control", "no-store").extract().as(Map.class);
        String url = (String) created.get("url");
        String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        String listed = as(TESTER).get("/api/me/calendar-subscriptions").then().statusCode(200).extract().asString();
        assertThat(listed).contains("Phone").doesNotContain(secret);
        assertThat(as(ON_CALL).get("/api/me/calendar-subscriptions").then().statusCode(200).extract().asString())
                .doesNotContain((String) created.get("id"));

        String path = URI.create(url).getPath();
        Awaitility.await("the assignment, the task and the roster reach the planner").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> uids(read(path)).containsAll(List.of(id + "-assignment-" + assignment + "@golive",
                        id + "-task-t-9@golive")));
        Calendar calendar = read(path);
        calendar.validate();
        // tess takes part in other tests' cutovers too: this cutover's events are those whose UID starts with its id
        assertThat(uidsOf(calendar, id)).containsExactlyInAnyOrder(id + "-weekend@golive", id + "-go_no_go@golive",
                id + "-assignment-" + assignment + "@golive", id + "-task-t-9@golive");
        VEvent mine = event(calendar, id + "-assignment-" + assignment + "@golive");
        assertThat(mine.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Test: Post a customer invoice (Odoo 16 to 19 for Acme)");
        assertThat(mine.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        int weekendSequence = sequence(event(calendar, id + "-weekend@golive"));
        assertThat(read(path, ON_CALL)).as("no token needed, and none changes whose feed it is")
                .satisfies(c -> assertThat(uids(c)).doesNotContain(id + "-shift-s-1@golive")
                        .contains(id + "-assignment-" + assignment + "@golive"));

        // the cutover is cancelled: the same events, cancelled, with a higher sequence
        as(OPS_LEAD).body(Map.of("reason", "the customer postponed the upgrade"))
                .post("/api/cutovers/" + id + "/cancel").then().statusCode(200);
        Calendar afterCancel = read(path);
        assertThat(uidsOf(afterCancel, id)).hasSize(4);
        assertThat(afterCancel.<VEvent>getComponents("VEVENT")).filteredOn(e -> uid(e).startsWith(id)).allSatisfy(e ->
                assertThat(e.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED"));
        assertThat(sequence(event(afterCancel, id + "-weekend@golive"))).isGreaterThan(weekendSequence);

        // revoked: the link reads nothing, like a link that never was; someone else cannot revoke it
        as(ON_CALL).delete("/api/me/calendar-subscriptions/" + created.get("id")).then().statusCode(404);
        as(TESTER).delete("/api/me/calendar-subscriptions/" + created.get("id")).then().statusCode(204);
        RestAssured.given().get(path).then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().get("/api/calendar-feeds/" + "x".repeat(43) + ".ics").then().statusCode(404);
    }

    @Test
    void a_label_with_a_control_character_or_too_long_is_refused_and_no_link_is_made() {
        int before = as(TESTER).get("/api/me/calendar-subscriptions").then().extract().jsonPath().getList("$").size();
        as(TESTER).body(Map.of("label", "Phone\u0007")).post("/api/me/calendar-subscriptions")
                .then().statusCode(422).contentType("application/problem+json");
        as(TESTER).body(Map.of("label", "x".repeat(101))).post("/api/me/calendar-subscriptions")
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(as(TESTER).get("/api/me/calendar-subscriptions").then().extract().jsonPath().getList("$")).hasSize(before);
    }

    private static Calendar read(String path) throws Exception {
        return read(path, null);
    }

    /** Read as a calendar client does: no token (a token of someone else's changes nothing either). */
    private static Calendar read(String path, String someoneElse) throws Exception {
        String ics = (someoneElse == null ? RestAssured.given() : as(someoneElse)).get(path)
                .then().statusCode(200).contentType("text/calendar").extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    }

    private static List<String> uidsOf(Calendar calendar, String cutoverId) {
        return uids(calendar).stream().filter(uid -> uid.startsWith(cutoverId)).toList();
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
