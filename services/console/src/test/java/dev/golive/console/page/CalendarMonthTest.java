package dev.golive.console.page;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarMonthTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void weeks_are_rows_from_monday_to_sunday_covering_the_month() {
        CalendarMonth month = CalendarMonth.of(DECEMBER, ZoneId.of("Europe/Brussels"), LocalDate.parse("2026-12-07"),
                List.of(), List.of(), List.of());

        assertThat(month.weeks()).hasSize(5).allSatisfy(w -> assertThat(w.days()).hasSize(7));
        assertThat(month.weeks().get(0).days().get(0).date()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(month.weeks().get(0).days().get(0).inMonth()).isFalse();
        assertThat(month.weeks().get(4).days().get(6).date()).isEqualTo(LocalDate.parse("2027-01-03"));
        assertThat(month.weeks().get(1).days().get(0).today()).isTrue();
        assertThat(month.title()).isEqualTo("December 2026");
        assertThat(month.previous()).isEqualTo("2026-11");
        assertThat(month.next()).isEqualTo("2027-01");
    }

    @Test
    void weekends_holidays_blackouts_and_freezes_fall_on_their_days_and_the_viewers_zone_decides_the_weekend_days() {
        Map<String, Object> shop = Map.of("id", "c-1", "name", "Shop", "status", "SCHEDULED",
                "holidayCalendar", Map.of("country", "BE"),
                "blackouts", List.of(Map.of("from", "2026-12-31", "to", "2026-12-31", "reason", "inventory")),
                "window", Map.of("milestones", List.of(
                        Map.of("milestone", "DOWNTIME_START", "instant", "2027-01-08T16:00:00Z"),
                        Map.of("milestone", "BUSINESS_RESUME", "instant", "2027-01-11T07:00:00Z"))));
        Map<String, Object> warehouse = Map.of("id", "c-2", "name", "Warehouse", "status", "DRAFT");

        // seen from Sydney, the Brussels Friday 17:00 downtime is already Saturday
        CalendarMonth month = CalendarMonth.of(DECEMBER.plusMonths(1), ZoneId.of("Australia/Sydney"),
                LocalDate.parse("2026-12-07"), List.of(shop, warehouse),
                List.of(new CalendarMonth.Holiday(LocalDate.parse("2027-01-01"), "New Year's Day", "BE")),
                List.of(Map.of("name", "Year-end closing", "from", "2026-12-28", "to", "2027-01-04", "client", "Acme")));

        assertThat(texts(month, "2027-01-08")).isEmpty();
        assertThat(texts(month, "2027-01-09")).containsExactly("Go-live: Shop");
        assertThat(texts(month, "2027-01-11")).containsExactly("Go-live: Shop");
        assertThat(texts(month, "2027-01-01")).containsExactly("New Year's Day (holiday, BE)",
                "Freeze: Year-end closing (client Acme)");
        assertThat(texts(month, "2026-12-31")).contains("Blackout: inventory (Shop)");
        assertThat(month.withoutHolidayCalendar()).containsExactly("Warehouse");
    }

    private static List<String> texts(CalendarMonth month, String date) {
        return month.weeks().stream().flatMap(w -> w.days().stream())
                .filter(d -> d.date().equals(LocalDate.parse(date)))
                .flatMap(d -> d.marks().stream()).map(CalendarMonth.Mark::text).toList();
    }
}
