package dev.golive.planner.holiday;

import dev.golive.contracts.Roles;
import dev.golive.planner.domain.PublicHoliday;
import dev.golive.problems.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/**
 * The public holidays of a country (ADR 0022), for a calendar to show by name.
 */
@Path("/api/holidays")
@Produces(MediaType.APPLICATION_JSON)
public class HolidayResource {

    /** The longest span one request may ask holidays for: a calendar shows a month, a year at most. */
    static final int MAX_DAYS = 400;

    private final HolidayCalendars holidays;

    HolidayResource(HolidayCalendars holidays) {
        this.holidays = holidays;
    }

    /** The public holidays of {@code country} (and {@code subdivision}) from {@code from} to {@code to}, inclusive. */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public List<PublicHoliday> holidays(@QueryParam("country") String country,
                                        @QueryParam("subdivision") String subdivision,
                                        @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Violations violations = new Violations();
        if (country == null || country.isBlank()) {
            violations.add("country", "is required (ISO 3166-1 alpha-2, e.g. BE)");
        } else {
            violations.addAll(holidays.check(country, subdivision));
        }
        if (from == null) {
            violations.add("from", "is required (a date, yyyy-MM-dd)");
        }
        if (to == null) {
            violations.add("to", "is required (a date, yyyy-MM-dd)");
        } else if (from != null && (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to))) {
            violations.add("to", "must be from 'from' to at most " + MAX_DAYS + " days after it");
        }
        violations.refuse();
        return holidays.between(HolidayCalendars.normalCountry(country), HolidayCalendars.normalSubdivision(subdivision),
                from, to);
    }
}
