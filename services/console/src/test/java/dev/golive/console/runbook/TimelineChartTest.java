package dev.golive.console.runbook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.golive.console.runbook.Tasks.at;
import static dev.golive.console.runbook.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineChartTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void bars_are_placed_by_their_instants_and_as_wide_as_they_last() {
        RunbookTask oneHour = task("a", "Backup").planned("2026-03-07T18:00:00Z", "2026-03-07T19:00:00Z").build();
        RunbookTask twoHours = task("b", "Upgrade").planned("2026-03-07T19:00:00Z", "2026-03-07T21:00:00Z").build();

        TimelineChart chart = TimelineChart.of(List.of(oneHour, twoHours), BRUSSELS, null, null, null);

        TimelineChart.Bar first = bar(chart.rows().get(0), "planned");
        TimelineChart.Bar second = bar(chart.rows().get(1), "planned");
        assertThat(first.x()).isCloseTo(chart.x(at("2026-03-07T18:00:00Z")), within(0.1));
        assertThat(second.x()).isCloseTo(first.x() + first.width(), within(0.2));
        assertThat(second.width()).isCloseTo(2 * first.width(), within(0.2));
        assertThat(chart.rows().get(1).y()).isEqualTo(chart.rows().get(0).y() + TimelineChart.ROW);
        assertThat(first.x()).isGreaterThanOrEqualTo(TimelineChart.LABELS);
        assertThat(second.x() + second.width()).isLessThanOrEqualTo(chart.plotRight());
    }

    @Test
    void each_bar_says_in_words_what_it_is_on_the_charts_clock() {
        RunbookTask task = task("a", "Backup").planned("2026-03-07T18:00:00Z", "2026-03-07T19:00:00Z").build();

        TimelineChart chart = TimelineChart.of(List.of(task), BRUSSELS, null, null, null);

        assertThat(bar(chart.rows().get(0), "planned").title())
                .isEqualTo("Planned: Sat 7 Mar 19:00 CET → Sat 7 Mar 20:00 CET");
    }

    @Test
    void a_running_task_shows_what_it_did_so_far_and_the_projected_remainder_with_now_and_the_deadlines() {
        Instant now = at("2026-03-07T19:30:00Z");
        RunbookTask running = task("u", "Upgrade").status("RUNNING")
                .planned("2026-03-07T18:00:00Z", "2026-03-07T20:00:00Z").actual("2026-03-07T18:30:00Z", null)
                .projected("2026-03-07T18:30:00Z", "2026-03-07T20:30:00Z").build();
        RunbookTask later = task("s", "Smoke test").planned("2026-03-07T20:00:00Z", "2026-03-07T21:00:00Z")
                .projected("2026-03-07T20:30:00Z", "2026-03-07T21:30:00Z").build();
        Instant pointOfNoReturn = at("2026-03-08T02:00:00Z");
        Instant businessResume = at("2026-03-09T07:00:00Z");

        TimelineChart chart = TimelineChart.of(List.of(running, later), BRUSSELS, now, pointOfNoReturn, businessResume);

        TimelineChart.Row row = chart.rows().get(0);
        assertThat(row.bars()).extracting(TimelineChart.Bar::kind).containsExactly("planned", "actual", "projected");
        TimelineChart.Bar actual = bar(row, "actual");
        TimelineChart.Bar remainder = bar(row, "projected");
        assertThat(actual.x() + actual.width()).isCloseTo(chart.x(now), within(0.2));
        assertThat(remainder.x()).isCloseTo(chart.x(now), within(0.1));
        assertThat(remainder.x() + remainder.width()).isCloseTo(chart.x(at("2026-03-07T20:30:00Z")), within(0.2));
        // a task not started yet is drawn where it is projected to run, beside its plan
        assertThat(bar(chart.rows().get(1), "projected").x()).isCloseTo(chart.x(at("2026-03-07T20:30:00Z")), within(0.1));
        assertThat(chart.markers()).extracting(TimelineChart.Marker::kind)
                .containsExactly("now", "point-of-no-return", "business-resume");
        assertThat(chart.markers().get(1).x()).isCloseTo(chart.x(pointOfNoReturn), within(0.1));
        assertThat(chart.markers().get(0).x()).isLessThan(chart.markers().get(1).x());
        assertThat(chart.markers().get(1).x()).isLessThan(chart.markers().get(2).x());
        // close together, their labels below the rows each get a line of their own
        assertThat(chart.markers()).extracting(TimelineChart.Marker::labelY).doesNotHaveDuplicates()
                .allSatisfy(y -> assertThat(y).isGreaterThan(chart.plotBottom()).isLessThan(chart.height()));
    }

    @Test
    void a_failed_task_is_drawn_as_failed_and_a_skipped_one_only_by_its_plan() {
        RunbookTask failed = task("f", "Mail").status("FAILED").planned("2026-03-07T18:00:00Z", "2026-03-07T19:00:00Z")
                .actual("2026-03-07T18:00:00Z", "2026-03-07T18:20:00Z").build();
        RunbookTask skipped = task("k", "Optional").status("SKIPPED").planned("2026-03-07T19:00:00Z", "2026-03-07T20:00:00Z").build();

        TimelineChart chart = TimelineChart.of(List.of(failed, skipped), BRUSSELS, null, null, null);

        assertThat(chart.rows().get(0).bars()).extracting(TimelineChart.Bar::kind).containsExactly("planned", "failed");
        assertThat(chart.rows().get(1).bars()).extracting(TimelineChart.Bar::kind).containsExactly("planned");
    }

    @Test
    void the_sunday_the_clocks_go_back_is_twenty_five_hours_wide_and_its_two_oclock_comes_twice() {
        // Brussels, end of summer time: Sunday 26 October 2025, 03:00 CEST becomes 02:00 CET (01:00 UTC)
        RunbookTask weekend = task("w", "The whole weekend")
                .planned("2025-10-25T06:00:00Z", "2025-10-27T06:00:00Z").build();

        TimelineChart chart = TimelineChart.of(List.of(weekend), BRUSSELS, null, null, null);

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
        RunbookTask weekend = task("w", "The whole weekend")
                .planned("2026-03-28T06:00:00Z", "2026-03-30T06:00:00Z").build();

        TimelineChart chart = TimelineChart.of(List.of(weekend), BRUSSELS, null, null, null);

        assertThat(day(chart, "Sun 29 Mar (23 h)").hours()).isEqualTo(23);
        List<TimelineChart.Tick> onSunday = TimelineChart.ticks(new TimelineChart.Scale(chart.from(), chart.to()), BRUSSELS, 1)
                .stream().filter(t -> t.title().startsWith("Sun 29 Mar")).toList();
        assertThat(onSunday).hasSize(23);
        assertThat(onSunday).extracting(TimelineChart.Tick::label).startsWith("00:00", "01:00", "03:00 CEST");
    }

    @Test
    void the_axis_is_on_the_clock_of_the_zone_asked_for() {
        RunbookTask task = task("a", "Backup").planned("2026-03-07T18:00:00Z", "2026-03-07T23:00:00Z").build();

        TimelineChart singapore = TimelineChart.of(List.of(task), ZoneId.of("Asia/Singapore"), null, null, null);
        TimelineChart kathmandu = TimelineChart.of(List.of(task), ZoneId.of("Asia/Kathmandu"), null, null, null);

        assertThat(singapore.ticks().get(0).label()).endsWith("SGT");
        assertThat(singapore.days()).extracting(TimelineChart.Day::label).contains("Sun 8 Mar");
        // a quarter-hour offset (+05:45): ticks still fall on whole local hours
        assertThat(kathmandu.ticks()).allSatisfy(t -> assertThat(t.label()).startsWith(t.label().substring(0, 2) + ":00"));
        assertThat(kathmandu.ticks()).isNotEmpty();
    }

    @Test
    void nothing_to_draw_without_any_time() {
        assertThat(TimelineChart.of(List.of(task("a", "A").build()), BRUSSELS, Instant.now(), null, null)).isNull();
        assertThat(TimelineChart.of(List.of(), BRUSSELS, Instant.now(), null, null)).isNull();
    }

    @Test
    void a_plan_far_from_now_is_not_stretched_to_today() {
        RunbookTask task = task("a", "Backup").planned("2026-03-07T18:00:00Z", "2026-03-07T19:00:00Z").build();

        TimelineChart chart = TimelineChart.of(List.of(task), BRUSSELS, at("2026-01-01T00:00:00Z"), null, null);

        assertThat(chart.markers()).isEmpty();
        assertThat(Duration.between(chart.from(), chart.to())).isLessThan(Duration.ofHours(3));
    }

    private static TimelineChart.Bar bar(TimelineChart.Row row, String kind) {
        return row.bars().stream().filter(b -> b.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static TimelineChart.Day day(TimelineChart chart, String label) {
        return chart.days().stream().filter(d -> d.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no day " + label + " in " + chart.days()));
    }
}
