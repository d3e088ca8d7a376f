package dev.golive.planner.holiday;

import dev.golive.planner.domain.PublicHoliday;
import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The holidays come from Jollyday, read as the window calculus needs them (ADR 0022). */
class HolidayCalendarsTest {

    private final HolidayCalendars calendars = new HolidayCalendars();

    @Test
    void belgium_and_france_know_christmas_and_new_years_day_by_name() {
        for (String country : List.of("BE", "FR")) {
            List<PublicHoliday> days = calendars.between(country, null, LocalDate.parse("2026-12-20"),
                    LocalDate.parse("2027-01-03"));
            assertThat(days).extracting(PublicHoliday::date)
                    .contains(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"));
            assertThat(days).filteredOn(h -> h.date().equals(LocalDate.parse("2026-12-25")))
                    .extracting(PublicHoliday::name).singleElement().asString().containsIgnoringCase("Christmas");
        }
    }

    @Test
    void a_subdivision_adds_its_own_holidays() {
        LocalDate epiphany = LocalDate.parse("2027-01-06");
        assertThat(calendars.between("DE", null, epiphany, epiphany)).isEmpty();
        assertThat(calendars.between("DE", "BY", epiphany, epiphany)).extracting(PublicHoliday::name)
                .singleElement().asString().containsIgnoringCase("Epiphany");
        assertThat(calendars.check("de", "de-by")).isEmpty();
    }

    @Test
    void no_country_means_no_holidays() {
        assertThat(calendars.between(null, null, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"))).isEmpty();
        assertThat(calendars.check(null, null)).isEmpty();
    }

    @Test
    void unknown_countries_and_subdivisions_are_refused_by_field() {
        assertThat(calendars.check("XX", null)).extracting(FieldViolation::field).containsExactly("country");
        assertThat(calendars.check("Belgium", null)).extracting(FieldViolation::field).containsExactly("country");
        assertThat(calendars.check("BE", "ZZ")).extracting(FieldViolation::field).containsExactly("subdivision");
        assertThat(calendars.check(null, "BY")).extracting(FieldViolation::field).containsExactly("subdivision");
    }
}
