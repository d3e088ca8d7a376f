package dev.golive.testing.tester;

import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Testers through the API, the default catalogue, and each tester's calendar on their own wall clock. */
@QuarkusTest
class TesterApiTest {

    @Test
    void the_catalogue_adds_only_the_missing_default_scenarios() {
        String id = Api.knownCutover();
        as(OPS_LEAD).body(Map.of("id", ScenarioCatalogue.QUOTATION, "title", "Quote, confirm and e-mail an order",
                        "area", "SALES", "criticality", "CRITICAL", "estimatedMinutes", 20))
                .post(Api.scenarios(id)).then().statusCode(201);
        as(OPS_LEAD).post(Api.scenarios(id) + "/catalogue").then().statusCode(200)
                .body("added", hasSize(8))
                .body("scenarios", hasSize(9))
                .body("scenarios[0].title", equalTo("Quote, confirm and e-mail an order"));
        as(OPS_LEAD).post(Api.scenarios(id) + "/catalogue").then().statusCode(200)
                .body("added", hasSize(0)).body("scenarios", hasSize(9));
        // The quotation is the delivery's prerequisite: it stays while the delivery needs it.
        as(OPS_LEAD).delete(Api.scenarios(id) + "/" + ScenarioCatalogue.QUOTATION).then().statusCode(409)
                .body("reasons", contains("PREREQUISITE_OF"));
        as(OPS_LEAD).delete(Api.scenarios(id) + "/" + ScenarioCatalogue.DOCUMENTS).then().statusCode(204);
        as(DemoUsers.TESTER).get(Api.scenarios(id)).then().statusCode(200).body("$", hasSize(8));
    }

    @Test
    void a_tester_is_added_changed_and_removed() {
        String id = Api.knownCutover();
        Instant from = Instant.parse("2026-12-12T09:00:00Z");
        Instant to = Instant.parse("2026-12-12T17:00:00Z");
        String testerId = Fixtures.addTester(id, Fixtures.tester("Tess Tester", DemoUsers.TESTER, "Europe/Brussels",
                List.of("SALES", "INVOICING"), from, to, 6));
        // Testers carry contact details: the stakeholder and testers do not read them, on call does.
        as(DemoUsers.STAKEHOLDER).get(Api.testers(id) + "/" + testerId).then().statusCode(403);
        as(DemoUsers.TESTER).get(Api.testers(id) + "/" + testerId).then().statusCode(403);
        as(DemoUsers.TESTER).get(Api.testers(id)).then().statusCode(403);
        as(DemoUsers.ON_CALL).get(Api.testers(id) + "/" + testerId).then().statusCode(200)
                .body("contact", equalTo(DemoUsers.TESTER + "@golive.example"))
                .body("username", equalTo(DemoUsers.TESTER))
                .body("areas", contains("SALES", "INVOICING"))
                .body("availability[0].localStart", equalTo("2026-12-12T10:00:00"));

        Map<String, Object> changed = Fixtures.tester("Tess Tester", DemoUsers.TESTER, "Europe/Brussels", List.of("SALES"),
                from, to, 4);
        as(OPS_LEAD).body(changed).put(Api.testers(id) + "/" + testerId).then().statusCode(200)
                .body("maxHours", equalTo(4)).body("areas", contains("SALES")).body("version", equalTo(1));
        as(OPS_LEAD).delete(Api.testers(id) + "/" + testerId).then().statusCode(204);
        as(OPS_LEAD).get(Api.testers(id) + "/" + testerId).then().statusCode(404);
    }

    @Test
    void a_tester_gets_their_assignments_as_icalendar_in_their_own_zone() throws Exception {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        List<String> theirs = planned.plan().getList("assignments.findAll { it.testerId == '" + planned.theoId() + "' }.id");
        assertThat(theirs).isNotEmpty();

        String ics = as(DemoUsers.OTHER_TESTER).get(Api.testers(id) + "/" + planned.theoId() + "/calendar.ics").then()
                .statusCode(200).contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(tz ->
                assertThat(tz.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrderElementsOf(theirs.stream().map(a -> a + "@golive").toList());
        // Theo is available from 08:00 London on Sunday, which is 09:00 on his Paris wall clock.
        String firstStart = planned.plan().getString("assignments.findAll { it.testerId == '" + planned.theoId()
                + "' }.min { it.start }.start");
        String local = Instant.parse(firstStart).atZone(ZoneId.of("Europe/Paris")).toLocalDateTime().toString()
                .replace("-", "").replace(":", "");
        assertThat(events).anySatisfy(e -> assertThat(e.getProperty(Property.DTSTART).orElseThrow().toString())
                .contains("TZID=Europe/Paris").contains(local));
        as(DemoUsers.TESTER).get(Api.testers(id) + "/" + UUID.randomUUID() + "/calendar.ics").then().statusCode(404);
        // Theo's calendar is his and the ops lead's: not tess's.
        as(DemoUsers.TESTER).get(Api.testers(id) + "/" + planned.theoId() + "/calendar.ics").then().statusCode(403);
        as(OPS_LEAD).get(Api.testers(id) + "/" + planned.theoId() + "/calendar.ics").then().statusCode(200);
    }
}
