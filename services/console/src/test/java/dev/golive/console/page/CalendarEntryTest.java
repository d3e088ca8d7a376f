package dev.golive.console.page;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarEntryTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void weekends_that_overlap_are_conflicts_of_each_other_and_the_calendar_is_in_date_order() {
        List<CalendarEntry> entries = CalendarEntry.of(List.of(
                cutover("Later", "2026-12-18T16:00:00Z", "2026-12-21T07:00:00Z"),
                cutover("Shop", "2026-12-11T16:00:00Z", "2026-12-14T07:00:00Z"),
                cutover("Warehouse", "2026-12-11T18:00:00Z", "2026-12-14T08:00:00Z"),
                Map.of("name", "Unscheduled", "status", "DRAFT")), NOW);

        assertThat(entries).extracting(e -> e.cutover().get("name"))
                .containsExactly("Shop", "Warehouse", "Later", "Unscheduled");
        assertThat(entries.get(0).conflicts()).containsExactly("Warehouse");
        assertThat(entries.get(1).conflicts()).containsExactly("Shop");
        assertThat(entries.get(2).hasConflicts()).isFalse();
        assertThat(entries.get(3).scheduled()).isFalse();
    }

    @Test
    void past_and_cancelled_weekends_are_not_upcoming() {
        List<CalendarEntry> entries = CalendarEntry.of(List.of(
                cutover("Done", "2026-11-13T16:00:00Z", "2026-11-16T07:00:00Z"),
                Map.of("name", "Dropped", "status", "CANCELLED")), NOW);
        assertThat(entries).isEmpty();
    }

    private static Map<String, Object> cutover(String name, String downtime, String resume) {
        return Map.of("name", name, "status", "SCHEDULED", "window", Map.of("milestones", List.of(
                Map.of("milestone", "DOWNTIME_START", "instant", downtime),
                Map.of("milestone", "BUSINESS_RESUME", "instant", resume))));
    }
}
