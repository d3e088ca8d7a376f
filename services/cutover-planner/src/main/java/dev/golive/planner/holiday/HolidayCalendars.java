package dev.golive.planner.holiday;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.golive.planner.domain.PublicHoliday;
import dev.golive.problems.field.FieldViolation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays of a country and, optionally, one of its subdivisions, from Jollyday
 * (de.focus-shift), a maintained holiday library: no list of dates is typed here (ADR 0022).
 * Countries are ISO 3166-1 alpha-2 codes Jollyday knows; subdivisions are the codes of the
 * country's first level in Jollyday (mostly the ISO 3166-2 suffix, e.g. {@code BY} for DE-BY),
 * both upper case here. Only {@link HolidayType#PUBLIC_HOLIDAY}s count: bank holidays and
 * observances do not close a go-live weekend.
 */
@ApplicationScoped
public class HolidayCalendars {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** Refusals of {@code country} and {@code subdivision}, named as the request names them. */
    public List<FieldViolation> check(String country, String subdivision) {
        List<FieldViolation> violations = new ArrayList<>();
        if (country == null || country.isBlank()) {
            if (subdivision != null && !subdivision.isBlank()) {
                violations.add(new FieldViolation("subdivision", "needs a country"));
            }
            return violations;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(code) || code.length() != 2) {
            violations.add(new FieldViolation("country", "\"" + country + "\" is not an ISO 3166-1 alpha-2 country code"));
            return violations;
        }
        if (!supported(code)) {
            violations.add(new FieldViolation("country", "no holiday calendar is known for " + code));
            return violations;
        }
        if (subdivision != null && !subdivision.isBlank()) {
            Set<String> known = subdivisions(code);
            if (!known.contains(normalSubdivision(subdivision))) {
                violations.add(new FieldViolation("subdivision", "\"" + subdivision + "\" is not a subdivision of "
                        + code + (known.isEmpty() ? " (it has none with their own holidays)"
                        : "; known: " + String.join(", ", known))));
            }
        }
        return violations;
    }

    /** {@code country} upper case, or null when blank. */
    public static String normalCountry(String country) {
        return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    /** {@code subdivision} upper case without a country prefix ("DE-BY" gives "BY"), or null when blank. */
    public static String normalSubdivision(String subdivision) {
        if (subdivision == null || subdivision.isBlank()) {
            return null;
        }
        String code = subdivision.strip().toUpperCase(Locale.ROOT);
        int dash = code.indexOf('-');
        return dash == 2 ? code.substring(3) : code;
    }

    /** The first-level subdivisions of {@code country} that have holidays of their own, upper case. */
    public Set<String> subdivisions(String country) {
        Set<String> codes = new TreeSet<>();
        manager(country).getCalendarHierarchy().getChildren().keySet()
                .forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
        return codes;
    }

    /**
     * The public holidays from {@code from} to {@code to} (inclusive) of {@code country} and its
     * {@code subdivision} (null for the country's own), named in English; none when {@code country} is null.
     */
    public List<PublicHoliday> between(String country, String subdivision, LocalDate from, LocalDate to) {
        if (country == null) {
            return List.of();
        }
        String[] args = subdivision == null ? new String[0] : new String[]{subdivision.toLowerCase(Locale.ROOT)};
        return manager(country).getHolidays(from, to, HolidayType.PUBLIC_HOLIDAY, args).stream()
                .sorted(Comparator.comparing(Holiday::getDate))
                .map(h -> new PublicHoliday(h.getDate(), h.getDescription(Locale.ENGLISH)))
                .toList();
    }

    private static boolean supported(String country) {
        return HolidayManager.getSupportedCalendarCodes().contains(country.toLowerCase(Locale.ROOT))
                || HolidayManager.getSupportedCalendarCodes().contains(country);
    }

    private static HolidayManager manager(String country) {
        // Jollyday caches a manager per calendar, so this is cheap after the first call.
        return HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
    }
}
