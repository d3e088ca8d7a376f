package dev.golive.console.view;

import io.quarkus.qute.TemplateExtension;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times people type into forms ({@code <input type="datetime-local">}: a wall-clock time without a
 * zone) read on the clock of a named zone, and instants written back into such inputs
 * ({@code {entry:value(instant, zone)}}). Across a DST change a wall-clock time can be missing (the
 * clocks jump over it) or happen twice (the clocks go back over it): a missing one is refused with
 * words rather than shifted silently; one that happens twice is taken at its first occurrence,
 * which the page says.
 */
@TemplateExtension(namespace = "entry")
public final class EntryTimes {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

    private EntryTimes() {
    }

    /** A typed time that cannot be read as an instant; {@link #getMessage()} says why, for the field. */
    public static final class Unreadable extends Exception {
        public Unreadable(String why) {
            super(why, null, false, false);
        }
    }

    /** The instant {@code typed} (yyyy-MM-ddTHH:mm, seconds allowed) names on the clock of {@code zone}. */
    public static Instant parse(String typed, String zone) throws Unreadable {
        if (typed == null || typed.isBlank()) {
            throw new Unreadable("is required");
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException unknown) {
            throw new Unreadable("cannot be read: the time zone " + zone + " is not known");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(typed.trim());
        } catch (DateTimeParseException notATime) {
            throw new Unreadable("must be a date and time such as 2026-12-26T09:00, was " + typed);
        }
        ZoneOffsetTransition transition = zoneId.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            throw new Unreadable("does not exist in " + zoneId.getId() + ": the clocks go from "
                    + SAID.format(transition.getDateTimeBefore()) + " straight to "
                    + SAID.format(transition.getDateTimeAfter()) + " that night");
        }
        // the first occurrence of a time the clocks go back over (ZonedDateTime's own choice)
        return ZonedDateTime.ofLocal(local, zoneId, null).toInstant();
    }

    /**
     * Reads each of {@code fields}, typed in {@code values} on the clock of {@code zone}, into
     * {@code into} as an instant (ISO-8601, as the services take it); what cannot be read is put in
     * {@code errors} by field, with why, so a form can show every such field at once.
     */
    public static void readInto(Map<String, Object> into, Map<String, String> values, List<String> fields, String zone,
                                Map<String, String> errors) {
        for (String field : fields) {
            try {
                into.put(field, parse(values.get(field), zone).toString());
            } catch (Unreadable why) {
                errors.put(field, why.getMessage());
            }
        }
    }

    /** {@code instant} as a datetime-local value on the clock of {@code zone}; empty when either is missing. */
    public static String value(Object instant, Object zone) {
        Instant at = Times.instant(instant);
        if (at == null || zone == null || zone.toString().isBlank()) {
            return "";
        }
        try {
            return INPUT.format(at.atZone(ZoneId.of(zone.toString())));
        } catch (DateTimeException unknownZone) {
            return "";
        }
    }
}
