package dev.golive.console.runbook;

import dev.golive.console.chart.TimelineChart;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.golive.console.runbook.Tasks.at;
import static dev.golive.console.runbook.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RunbookChartTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void bars_are_placed_by_their_instants_and_as_wide_as_they_last() {
        RunbookTask oneHour = task("a", "Backup").planned("2026-03-07T18:00:00Z", "2026-03-07T19:00:00Z").build();
        RunbookTask twoHours = task("b", "Upgrade").planned("2026-03-07T19:00:00Z", "2026-03-07T21:00:00Z").build();

        TimelineChart chart = RunbookChart.of(List.of(oneHour, twoHours), BRUSSELS, null, null, null);

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

        TimelineChart chart = RunbookChart.of(List.of(task), BRUSSELS, null, null, null);

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

        TimelineChart chart = RunbookChart.of(List.of(running, later), BRUSSELS, now, pointOfNoReturn, businessResume);

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

        TimelineChart chart = RunbookChart.of(List.of(failed, skipped), BRUSSELS, null, null, null);

        assertThat(chart.rows().get(0).bars()).extracting(TimelineChart.Bar::kind).containsExactly("planned", "failed");
        assertThat(chart.rows().get(1).bars()).extracting(TimelineChart.Bar::kind).containsExactly("planned");
    }

    @Test
    void nothing_to_draw_without_any_time() {
        assertThat(RunbookChart.of(List.of(task("a", "A").build()), BRUSSELS, Instant.now(), null, null)).isNull();
        assertThat(RunbookChart.of(List.of(), BRUSSELS, Instant.now(), null, null)).isNull();
    }

    private static TimelineChart.Bar bar(TimelineChart.Row row, String kind) {
        return row.bars().stream().filter(b -> b.kind().equals(kind)).findFirst().orElseThrow();
    }
}
