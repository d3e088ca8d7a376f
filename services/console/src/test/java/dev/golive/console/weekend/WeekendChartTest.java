package dev.golive.console.weekend;

import dev.golive.console.chart.TimelineChart;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The weekend chart of a cutover whose weekend ends summer time in Brussels (Sunday 26 October 2025):
 * the phases as planned and observed, each tester's assignments and each on-call person's shifts on
 * lanes of their own, and the go/no-go, the point of no return and business resume as lines.
 */
class WeekendChartTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static Map<String, Object> cutover(Map<String, Object> observed) {
        Map<String, Object> cutover = new HashMap<>();
        cutover.put("zone", "Europe/Brussels");
        cutover.put("window", Map.of("milestones", List.of(
                milestone("GO_NO_GO", "2025-10-24T12:00:00Z"),
                milestone("DOWNTIME_START", "2025-10-24T16:00:00Z"),
                milestone("SYSTEM_BACK_EXPECTED", "2025-10-24T22:00:00Z"),
                milestone("TECHNICAL_REVIEW_END", "2025-10-25T08:00:00Z"),
                milestone("WEEKEND_TESTING_END", "2025-10-26T16:00:00Z"),
                milestone("POINT_OF_NO_RETURN", "2025-10-26T18:00:00Z"),
                milestone("BUSINESS_RESUME", "2025-10-27T07:00:00Z"))));
        cutover.put("observed", observed);
        return cutover;
    }

    private static Map<String, Object> milestone(String name, String at) {
        return Map.of("milestone", name, "instant", at);
    }

    private static final List<Map<String, Object>> ASSIGNMENTS = List.of(
            Map.of("testerUsername", "tess", "testerName", "Tess Tester", "scenarioTitle", "Post a customer invoice",
                    "start", "2025-10-25T09:00:00Z", "end", "2025-10-25T11:00:00Z"),
            Map.of("testerUsername", "theo", "testerName", "Theo", "scenarioTitle", "Receive goods",
                    "start", "2025-10-26T00:30:00Z", "end", "2025-10-26T02:30:00Z"),
            Map.of("testerUsername", "tess", "testerName", "Tess Tester", "scenarioTitle", "Pay a vendor bill",
                    "start", "2025-10-25T13:00:00Z", "end", "2025-10-25T14:00:00Z"));

    private static final List<Map<String, Object>> SHIFTS = List.of(
            Map.of("person", "oscar", "role", "PRIMARY", "start", "2025-10-24T16:00:00Z", "end", "2025-10-26T01:00:00Z"),
            Map.of("person", "nina", "role", "SECONDARY", "start", "2025-10-24T16:00:00Z", "end", "2025-10-27T07:00:00Z"),
            Map.of("person", "oscar", "role", "PRIMARY", "start", "2025-10-26T01:00:00Z", "end", "2025-10-27T07:00:00Z"));

    @Test
    void phases_testers_and_on_call_people_each_get_a_lane_with_the_deadlines_as_lines() {
        TimelineChart chart = WeekendChart.of(cutover(Map.of()), ASSIGNMENTS, SHIFTS, BRUSSELS,
                Instant.parse("2025-10-20T00:00:00Z"), "tess");

        assertThat(chart.rows()).extracting(TimelineChart.Row::title).containsExactly(
                "Downtime and upgrade", "Technical review", "Weekend testing",
                "Tests: Tess Tester", "Tests: Theo", "On call: oscar", "On call: nina");
        TimelineChart.Row tess = chart.rows().get(3);
        assertThat(tess.critical()).as("the viewer's own lane is in bold").isTrue();
        assertThat(chart.rows().get(4).critical()).isFalse();
        assertThat(tess.bars()).extracting(TimelineChart.Bar::kind).containsOnly(WeekendChart.ASSIGNMENT).hasSize(2);
        assertThat(tess.bars().get(0).title()).isEqualTo("Post a customer invoice: Sat 25 Oct 11:00 CEST → Sat 25 Oct 13:00 CEST");
        assertThat(chart.rows().get(5).bars()).extracting(TimelineChart.Bar::title)
                .containsExactly("Primary on call: Fri 24 Oct 18:00 CEST → Sun 26 Oct 02:00 CET",
                        "Primary on call: Sun 26 Oct 02:00 CET → Mon 27 Oct 08:00 CET");
        assertThat(chart.markers()).extracting(TimelineChart.Marker::kind)
                .containsExactly("go-no-go", "point-of-no-return", "business-resume");
        // now is days before the weekend: no now line, and the weekend is not stretched back to it
        assertThat(chart.from()).isAfter(Instant.parse("2025-10-24T00:00:00Z"));
    }

    @Test
    void the_sunday_the_clocks_go_back_is_an_hour_wider_than_the_saturday() {
        TimelineChart chart = WeekendChart.of(cutover(Map.of()), ASSIGNMENTS, SHIFTS, BRUSSELS, null, "olivia");

        TimelineChart.Day saturday = chart.days().stream().filter(d -> d.label().equals("Sat 25 Oct")).findFirst().orElseThrow();
        TimelineChart.Day sunday = chart.days().stream().filter(d -> d.label().equals("Sun 26 Oct (25 h)")).findFirst().orElseThrow();
        assertThat(sunday.width()).isCloseTo(saturday.width() * 25 / 24, within(0.5));
        // Theo's assignment from 02:30 CEST to 03:30 CET lasts two hours on the chart, not one
        TimelineChart.Bar theo = chart.rows().get(4).bars().get(0);
        double anHour = chart.x(Instant.parse("2025-10-25T12:00:00Z")) - chart.x(Instant.parse("2025-10-25T11:00:00Z"));
        assertThat(theo.width()).isCloseTo(2 * anHour, within(0.3));
        assertThat(theo.title()).isEqualTo("Receive goods: Sun 26 Oct 02:30 CEST → Sun 26 Oct 03:30 CET");
    }

    @Test
    void what_was_observed_is_drawn_beside_the_plan_and_a_running_downtime_lasts_until_now() {
        Instant now = Instant.parse("2025-10-24T23:00:00Z");
        TimelineChart running = WeekendChart.of(cutover(Map.of("downtimeStartedAt", "2025-10-24T16:10:00Z")),
                List.of(), List.of(), BRUSSELS, now, "olivia");

        TimelineChart.Row downtime = running.rows().get(0);
        assertThat(downtime.status()).isEqualTo("RUNNING");
        assertThat(downtime.bars()).extracting(TimelineChart.Bar::kind).containsExactly("planned", "actual");
        TimelineChart.Bar observed = downtime.bars().get(1);
        assertThat(observed.title()).startsWith("Down since: Fri 24 Oct 18:10 CEST");
        assertThat(observed.x() + observed.width()).isCloseTo(running.x(now), within(0.2));
        assertThat(running.markers()).extracting(TimelineChart.Marker::kind).contains("now");

        TimelineChart back = WeekendChart.of(cutover(Map.of("downtimeStartedAt", "2025-10-24T16:10:00Z",
                "systemBackAt", "2025-10-25T01:00:00Z", "businessResumedAt", "2025-10-27T06:30:00Z")),
                List.of(), List.of(), BRUSSELS, now, "olivia");
        assertThat(back.rows().get(0).status()).isEqualTo("DONE");
        assertThat(back.rows().get(0).bars().get(1).title())
                .isEqualTo("Observed down: Fri 24 Oct 18:10 CEST → Sat 25 Oct 03:00 CEST");
        assertThat(back.markers()).filteredOn(m -> m.kind().equals("business-resume"))
                .extracting(TimelineChart.Marker::label).containsExactly("Business resumed");
    }

    @Test
    void a_cutover_without_a_window_and_nothing_else_has_no_chart() {
        Map<String, Object> planned = new HashMap<>();
        planned.put("zone", "Europe/Brussels");
        assertThat(WeekendChart.of(planned, List.of(), List.of(), BRUSSELS, Instant.now(), "olivia")).isNull();
    }
}
