package dev.golive.planner.holiday;

import dev.golive.planner.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.planner.support.Api.as;
import static dev.golive.testkit.DemoUsers.ADMIN;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.TESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** Holiday calendars and freeze periods through the API, in the real service (ADR 0022). */
@QuarkusTest
class HolidaysAndFreezesApiTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void an_unknown_country_or_subdivision_is_refused_naming_the_field() {
        Map<String, Object> body = Api.cutover(BRUSSELS.getId());
        body.put("country", "XX");
        as(OPS_LEAD).body(body).post("/api/cutovers").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("country"));

        body.put("country", "BE");
        body.put("subdivision", "ZZ");
        body.put("name", "");
        JsonPath problem = as(OPS_LEAD).body(body).post("/api/cutovers").then().statusCode(422).extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).contains("subdivision", "name");

        String id = Api.create(Api.cutover(BRUSSELS.getId()));
        as(OPS_LEAD).body(Map.of("country", "Belgium")).put("/api/cutovers/" + id + "/holiday-calendar")
                .then().statusCode(422).body("errors.field", hasItem("country"));
        as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200)
                .body("holidayCalendar", org.hamcrest.Matchers.nullValue());
        as(OPS_LEAD).get("/api/holidays?country=XX&from=2026-12-01&to=2026-12-31").then().statusCode(422)
                .body("errors.field", hasItem("country"));
    }

    @Test
    void the_holidays_of_a_country_are_listed_by_name() {
        List<Map<String, Object>> days = as(TESTER).get("/api/holidays?country=be&from=2026-12-01&to=2026-12-31")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(days).contains(Map.of("date", "2026-12-25", "name", "Christmas"));
    }

    @Test
    void a_holiday_weekend_is_skipped_and_can_be_chosen_only_explicitly_with_a_reason() {
        Map<String, Object> body = Api.cutover(BRUSSELS.getId());
        body.put("country", "BE");
        String id = Api.create(body);
        as(OPS_LEAD).get("/api/cutovers/" + id).then().statusCode(200).body("holidayCalendar.country",
                org.hamcrest.Matchers.equalTo("BE"));
        HolidayWeekend weekend = firstHolidayWeekend();

        JsonPath proposals = as(OPS_LEAD).get("/api/cutovers/" + id + "/window-proposals?count=20")
                .then().statusCode(200).extract().jsonPath();
        assertThat(proposals.getList("windows.downtimeStart", String.class)).map(LocalDateTime::parse)
                .isNotEmpty().doesNotContain(LocalDateTime.parse(weekend.downtimeStart()));
        List<Map<String, Object>> skipped = proposals.getList("skipped");
        assertThat(skipped).filteredOn(s -> LocalDateTime.parse(s.get("downtimeStart").toString())
                        .equals(LocalDateTime.parse(weekend.downtimeStart())))
                .singleElement().satisfies(s -> assertThat(s.get("reasons").toString())
                        .contains("HOLIDAY").contains("\"" + weekend.name() + "\""));

        String window = "/api/cutovers/" + id + "/window";
        as(OPS_LEAD).body(Map.of("downtimeStart", weekend.downtimeStart())).put(window).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(weekend.name()));
        as(OPS_LEAD).body(Map.of("downtimeStart", weekend.downtimeStart(), "chooseHoliday", true)).put(window)
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        as(OPS_LEAD).body(Map.of("downtimeStart", weekend.downtimeStart(), "chooseHoliday", true, "reason", " "))
                .put(window).then().statusCode(422).body("errors.field", hasItem("reason"));
        as(OPS_LEAD).get("/api/cutovers/" + id).then().body("window", org.hamcrest.Matchers.nullValue());

        JsonPath chosen = as(OPS_LEAD).body(Map.of("downtimeStart", weekend.downtimeStart(), "chooseHoliday", true,
                        "reason", "the plant is closed anyway: no one works that weekend"))
                .put(window).then().statusCode(200).extract().jsonPath();
        assertThat(LocalDateTime.parse(chosen.getString("window.downtimeStart")))
                .isEqualTo(LocalDateTime.parse(weekend.downtimeStart()));
        assertThat(chosen.getList("holidayChoice.holidays", String.class)).contains(weekend.name());
        assertThat(chosen.getString("holidayChoice.reason")).isEqualTo("the plant is closed anyway: no one works that weekend");
        assertThat(chosen.getString("holidayChoice.by")).isEqualTo(OPS_LEAD);
    }

    @Test
    void freeze_periods_are_managed_once_and_close_the_weekends_of_their_team() {
        Map<String, Object> body = Api.cutover(BRUSSELS.getId());
        String team = body.get("onCallTeam").toString();
        String id = Api.create(body);
        LocalDate friday = LocalDate.now(BRUSSELS).plusDays(20).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));

        Map<String, Object> freeze = new HashMap<>(Map.of("name", "Trade fair", "from", friday.toString(),
                "to", friday.plusDays(2).toString(), "team", team));
        as(TESTER).body(freeze).post("/api/freeze-periods").then().statusCode(403);
        Map<String, Object> refused = new HashMap<>(freeze);
        refused.put("name", "Trade\u0000fair");
        as(OPS_LEAD).body(refused).post("/api/freeze-periods").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("name"));
        refused.put("name", "");
        refused.put("to", friday.minusDays(1).toString());
        refused.put("note", "x".repeat(2001));
        JsonPath problem = as(OPS_LEAD).body(refused).post("/api/freeze-periods").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).containsExactlyInAnyOrder("name", "to", "note");
        assertThat(as(OPS_LEAD).get("/api/freeze-periods").then().statusCode(200).extract().jsonPath()
                .getList("team", String.class)).doesNotContain(team);

        String freezeId = as(OPS_LEAD).body(freeze).post("/api/freeze-periods").then().statusCode(201)
                .extract().path("id");
        assertThat(as(TESTER).get("/api/freeze-periods").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).contains(freezeId);

        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString(), "chooseHoliday", true,
                        "reason", "a freeze is no holiday")).put("/api/cutovers/" + id + "/window")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("\"Trade fair\""));

        freeze.put("name", "Trade fair (moved)");
        freeze.put("from", friday.plusWeeks(1).toString());
        freeze.put("to", friday.plusWeeks(1).plusDays(2).toString());
        as(ADMIN).body(freeze).put("/api/freeze-periods/" + freezeId).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Trade fair (moved)"));
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString())).put("/api/cutovers/" + id + "/window")
                .then().statusCode(200);

        as(OPS_LEAD).delete("/api/freeze-periods/" + freezeId).then().statusCode(204);
        as(OPS_LEAD).get("/api/freeze-periods/" + freezeId).then().statusCode(404);
    }

    /** The first Friday (after the lead time) whose weekend, go/no-go Thursday to Monday, holds a Belgian holiday. */
    private static HolidayWeekend firstHolidayWeekend() {
        LocalDate from = LocalDate.now(BRUSSELS).plusDays(16);
        List<Map<String, Object>> days = as(OPS_LEAD).get("/api/holidays?country=BE&from=" + from + "&to="
                + from.plusDays(380)).then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> day : days) {
            LocalDate date = LocalDate.parse(day.get("date").toString());
            LocalDate friday = switch (date.getDayOfWeek()) {
                case THURSDAY -> date.plusDays(1);
                case FRIDAY -> date;
                case SATURDAY, SUNDAY, MONDAY -> date.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
                default -> null;
            };
            if (friday != null && friday.isAfter(from)) {
                return new HolidayWeekend(friday.atTime(17, 0).toString(), day.get("name").toString());
            }
        }
        throw new IllegalStateException("no Belgian holiday weekend within a year of " + from);
    }

    private record HolidayWeekend(String downtimeStart, String name) {
    }
}
