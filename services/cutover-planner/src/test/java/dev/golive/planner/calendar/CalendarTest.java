package dev.golive.planner.calendar;

import dev.golive.planner.support.Api;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CalendarTest {

    @Test
    void the_calendar_is_valid_icalendar_with_the_zone_and_every_milestone_on_its_wall_clock() throws Exception {
        ZoneId zone = ZoneId.of("Australia/Lord_Howe");
        String id = Api.create(Api.cutover(zone.getId()));
        LocalDate friday = LocalDate.now(zone).plusDays(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);

        String ics = as(DemoUsers.STAKEHOLDER).get("/api/cutovers/" + id + "/calendar.ics")
                .then().statusCode(200).contentType("text/calendar")
                .extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(tz ->
                assertThat(tz.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo(zone.getId()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(9);
        VEvent downtime = events.stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(id + "-downtime_start@golive"))
                .findFirst().orElseThrow();
        String dtstart = downtime.getProperty(Property.DTSTART).orElseThrow().toString();
        assertThat(dtstart).contains("TZID=" + zone.getId())
                .contains(friday.toString().replace("-", "") + "T170000");
    }

    @Test
    void a_cutover_without_a_window_has_no_calendar_yet() {
        String id = Api.create(Api.cutover("Europe/London"));
        as(OPS_LEAD).get("/api/cutovers/" + id + "/calendar.ics").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void a_cancelled_cutover_keeps_its_events_marked_cancelled_with_a_higher_sequence() throws Exception {
        String id = Api.create(Api.cutover("Europe/Paris"));
        LocalDate friday = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(15)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);
        List<VEvent> before = events(id);
        assertThat(before).hasSize(9).allSatisfy(e -> {
            assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
            assertThat(e.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        });

        as(OPS_LEAD).body(Map.of("reason", "the client postponed the project"))
                .post("/api/cutovers/" + id + "/cancel").then().statusCode(200);

        List<VEvent> after = events(id);
        assertThat(after).hasSize(9).allSatisfy(e -> {
            assertThat(e.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        });
        assertThat(uids(after)).isEqualTo(uids(before));
    }

    @Test
    void a_moved_window_keeps_the_uids_and_raises_the_sequence() throws Exception {
        ZoneId paris = ZoneId.of("Europe/Paris");
        String id = Api.create(Api.cutover(paris.getId()));
        LocalDate friday = LocalDate.now(paris).plusDays(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);
        List<VEvent> before = events(id);

        as(OPS_LEAD).body(Map.of("downtimeStart", friday.plusWeeks(1).atTime(17, 0).toString(), "reason", "moved a week"))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);

        List<VEvent> after = events(id);
        assertThat(uids(after)).isEqualTo(uids(before)).hasSize(9);
        assertThat(after).allSatisfy(e -> {
            assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
            assertThat(e.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        });
        VEvent downtime = after.stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(id + "-downtime_start@golive"))
                .findFirst().orElseThrow();
        assertThat(downtime.getProperty(Property.DTSTART).orElseThrow().toString())
                .contains(friday.plusWeeks(1).toString().replace("-", "") + "T170000");
    }

    private static List<VEvent> events(String id) throws Exception {
        String ics = as(DemoUsers.STAKEHOLDER).get("/api/cutovers/" + id + "/calendar.ics")
                .then().statusCode(200).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar.getComponents("VEVENT");
    }

    private static java.util.Set<String> uids(List<VEvent> events) {
        return events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .collect(java.util.stream.Collectors.toSet());
    }
}
