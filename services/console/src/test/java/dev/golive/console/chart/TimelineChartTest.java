package dev.golive.console.chart;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The chart's clock: days as long as they last, local-time ticks, and the zone asked for. */
class TimelineChartTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void the_sunday_the_clocks_go_back_is_twenty_five_hours_wide_and_its_two_oclock_comes_twice() {
        // Brussels, end of summer time: Sunday 26 October 2025, 03:00 CEST becomes 02:00 CET (01:00 UTC)
        TimelineChart chart = TimelineChart.of(List.of(planned("The whole weekend", "2025-10-25T06:00:00Z",
                "2025-10-27T06:00:00Z")), BRUSSELS, null, List.of());

        TimelineChart.Day saturday = day(chart, "Sat 25 Oct");
        TimelineChart.Day sunday = day(chart, "Sun 26 Oct (25 h)");
        assertThat(sunday.hours()).isEqualTo(25);
        assertThat(saturday.hours()).isEqualTo(24);
        double sundayStart = chart.x(at("2025-10-25T22:00:00Z")); // midnight CEST
        double mondayStart = chart.x(at("2025-10-26T23:00:00Z")); // midnight CET
        assertThat(sunday.x()).isCloseTo(sundayStart, within(0.1));
        assertThat(sunday.width()).isCloseTo(mondayStart - sundayStart, within(0.2));
        double anHour = chart.x(at("2025-10-25T12:00:00Z")) - chart.x(at("2025-10-25T11:00:00Z"));
        assertThat(sunday.width()).isCloseTo(25 * anHour, within(0.5));

        // hour by hour: the 25 hours of Sunday each get a tick, 02:00 twice, the second marked as winter time
        TimelineChart.Scale scale = new TimelineChart.Scale(chart.from(), chart.to());
        List<TimelineChart.Tick> hourly = TimelineChart.ticks(scale, BRUSSELS, 1);
        List<TimelineChart.Tick> onSunday = hourly.stream().filter(t -> t.title().startsWith("Sun 26 Oct")).toList();
        assertThat(onSunday).hasSize(25);
        assertThat(onSunday).extracting(TimelineChart.Tick::label)
                .startsWith("00:00", "01:00", "02:00", "02:00 CET", "03:00");
        assertThat(onSunday.get(3).x() - onSunday.get(2).x()).isCloseTo(anHour, within(0.2));

        // the ticks the chart draws (every 3 hours here) are local times too: from 00:00 to 03:00 on Sunday is 4 hours
        assertThat(chart.stepHours()).isEqualTo(3);
        List<TimelineChart.Tick> drawn = chart.ticks().stream().filter(t -> t.title().startsWith("Sun 26 Oct")).toList();
        assertThat(drawn).extracting(TimelineChart.Tick::label)
                .containsExactly("00:00", "03:00 CET", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00");
        assertThat(drawn.get(1).x() - drawn.get(0).x()).isCloseTo(4 * anHour, within(0.3));
        assertThat(drawn.get(2).x() - drawn.get(1).x()).isCloseTo(3 * anHour, within(0.3));
    }


    @Test
    void the_sunday_the_clocks_go_forward_is_twenty_three_hours_wide_and_has_no_two_oclock() {
        // Brussels, start of summer time: Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST (01:00 UTC)
        TimelineChart chart = TimelineChart.of(List.of(planned("The whole weekend", "2026-03-28T06:00:00Z",
                "2026-03-30T06:00:00Z")), BRUSSELS, null, List.of());

        assertThat(day(chart, "Sun 29 Mar (23 h)").hours()).isEqualTo(23);
        List<TimelineChart.Tick> onSunday = TimelineChart.ticks(new TimelineChart.Scale(chart.from(), chart.to()), BRUSSELS, 1)
                .stream().filter(t -> t.title().startsWith("Sun 29 Mar")).toList();
        assertThat(onSunday).hasSize(23);
        assertThat(onSunday).extracting(TimelineChart.Tick::label).startsWith("00:00", "01:00", "03:00 CEST");
    }


    @Test
    void the_axis_is_on_the_clock_of_the_zone_asked_for() {
        List<TimelineChart.Lane> backup = List.of(planned("Backup", "2026-03-07T18:00:00Z", "2026-03-07T23:00:00Z"));

        TimelineChart singapore = TimelineChart.of(backup, ZoneId.of("Asia/Singapore"), null, List.of());
        TimelineChart kathmandu = TimelineChart.of(backup, ZoneId.of("Asia/Kathmandu"), null, List.of());

        assertThat(singapore.ticks().get(0).label()).endsWith("SGT");
        assertThat(singapore.days()).extracting(TimelineChart.Day::label).contains("Sun 8 Mar");
        // a quarter-hour offset (+05:45): ticks still fall on whole local hours
        assertThat(kathmandu.ticks()).allSatisfy(t -> assertThat(t.label()).startsWith(t.label().substring(0, 2) + ":00"));
        assertThat(kathmandu.ticks()).isNotEmpty();
    }


    @Test
    void a_plan_far_from_now_is_not_stretched_to_today() {
        TimelineChart chart = TimelineChart.of(List.of(planned("Backup", "2026-03-07T18:00:00Z", "2026-03-07T19:00:00Z")),
                BRUSSELS, at("2026-01-01T00:00:00Z"), List.of());

        assertThat(chart.markers()).isEmpty();
        assertThat(Duration.between(chart.from(), chart.to())).isLessThan(Duration.ofHours(3));
    }

    private static TimelineChart.Lane planned(String title, String start, String end) {
        return new TimelineChart.Lane(title, title, "PLANNED", false,
                List.of(new TimelineChart.Span(TimelineChart.PLANNED, "Planned", at(start), at(end))));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static TimelineChart.Day day(TimelineChart chart, String label) {
        return chart.days().stream().filter(d -> d.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no day " + label + " in " + chart.days()));
    }
}
