package dev.golive.testing.roster;

import dev.golive.testkit.CatalogEvents;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Cutovers;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** The on-call roster over REST: gaps and overlaps against downtime start → business resume, announced with the roster. */
@QuarkusTest
class RosterTest {

    private static Map<String, Object> shift(String id, String person, String role, Instant start, Instant end) {
        return Map.of("id", id, "person", person, "role", role, "start", start.toString(), "end", end.toString());
    }

    @Test
    void a_roster_with_a_gap_and_an_overlap_is_published_with_both_reported() {
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(2);
        String id = Fixtures.withWindow(weekend);
        Instant from = weekend.downtimeStart();
        Instant to = weekend.businessResume();
        Instant saturdayNoon = from.plus(Duration.ofHours(18));
        Instant sunday = from.plus(Duration.ofHours(30));
        // PRIMARY: oscar, then nina from Saturday noon to the end; SECONDARY: nina from the start to
        // Sunday, then nobody -> a gap; nina is on both from Saturday noon to Sunday -> an overlap.
        List<Map<String, Object>> shifts = List.of(
                shift("p1", "Oscar Oncall", "PRIMARY", from, saturdayNoon),
                shift("p2", "Nina Oncall", "PRIMARY", saturdayNoon, to),
                shift("s1", "Nina Oncall", "SECONDARY", from, sunday));

        try (RawTopicReader testing = RawTopicReader.atEnd(Api.bootstrap(), Topics.TESTING)) {
            as(OPS_LEAD).body(Map.of("shifts", shifts)).put(Api.roster(id)).then().statusCode(200)
                    .body("sound", equalTo(false))
                    .body("from", equalTo(from.toString()))
                    .body("to", equalTo(to.toString()))
                    .body("gaps.role", contains("SECONDARY"))
                    .body("gaps[0].from", equalTo(sunday.toString()))
                    .body("gaps[0].to", equalTo(to.toString()))
                    .body("overlaps.person", contains("Nina Oncall"))
                    .body("overlaps[0].firstShiftId", equalTo("s1"))
                    .body("overlaps[0].secondShiftId", equalTo("p2"))
                    .body("publishedBy", equalTo(OPS_LEAD));

            RosterPublished published = CatalogEvents.await(testing, id, EventCatalog.ROSTER_PUBLISHED, 1).get(0);
            assertThat(published.shifts()).extracting(RosterPublished.Shift::shiftId).containsExactly("p1", "p2", "s1");
            assertThat(published.gaps()).containsExactly(new RosterPublished.Gap("SECONDARY", sunday, to));
            assertThat(published.overlaps()).containsExactly(new RosterPublished.Overlap("Nina Oncall", "s1", "p2"));
            assertThat(published.publishedBy()).isEqualTo(OPS_LEAD);
        }

        as(DemoUsers.ON_CALL).get(Api.roster(id)).then().statusCode(200)
                .body("shifts.id", containsInAnyOrder("p1", "p2", "s1"))
                .body("gaps.role", contains("SECONDARY"));
    }

    @Test
    void a_sound_roster_has_neither_and_each_person_gets_their_shifts_as_a_calendar() throws Exception {
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(3);
        String id = Fixtures.withWindow(weekend);
        Instant from = weekend.downtimeStart();
        Instant middle = from.plus(Duration.ofHours(24));
        Instant to = weekend.businessResume();
        List<Map<String, Object>> shifts = List.of(
                shift("p1", "Oscar Oncall", "PRIMARY", from, middle),
                shift("p2", "Nina Oncall", "PRIMARY", middle, to),
                shift("s1", "Nina Oncall", "SECONDARY", from, middle),
                shift("s2", "Oscar Oncall", "SECONDARY", middle, to));
        as(OPS_LEAD).body(Map.of("shifts", shifts)).put(Api.roster(id)).then().statusCode(200)
                .body("sound", equalTo(true)).body("gaps.size()", equalTo(0)).body("overlaps.size()", equalTo(0));

        String ics = as(DemoUsers.ON_CALL).get(Api.roster(id) + "/Nina Oncall/calendar.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.DTSTART).orElseThrow().toString())
                .contains("TZID=" + Cutovers.ZONE));
        as(DemoUsers.ON_CALL).get(Api.roster(id) + "/Nobody/calendar.ics").then().statusCode(404);
    }

    @Test
    void a_roster_needs_the_window_and_valid_shifts() {
        String id = Api.knownCutover();
        Instant now = Instant.now();
        as(OPS_LEAD).body(Map.of("shifts", List.of(shift("p1", "Oscar Oncall", "PRIMARY", now, now.plusSeconds(3600)))))
                .put(Api.roster(id)).then().statusCode(409).body("reasons", contains("NO_WINDOW"));

        String known = Fixtures.withWindow(Cutovers.Weekend.inWeeks(2));
        List<Map<String, Object>> bad = List.of(
                Map.of("id", "p1", "person", " ", "role", "CAPTAIN", "start", now.toString(), "end", now.toString()),
                shift("p1", "Oscar Oncall", "PRIMARY", now, now.plusSeconds(60)));
        as(OPS_LEAD).body(Map.of("shifts", bad)).put(Api.roster(known)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("shifts[0].person", "shifts[0].role", "shifts[0].end",
                        "shifts[1].id"));
        as(OPS_LEAD).get(Api.roster(known)).then().statusCode(404);
        as(DemoUsers.TESTER).body(Map.of("shifts", List.of())).put(Api.roster(known)).then().statusCode(403);
    }
}
