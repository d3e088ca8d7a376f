package dev.golive.console.view;

import io.quarkus.qute.TemplateExtension;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times for the templates ({@code {clock:at(instant, zone)}}): an instant shown on the wall clock of
 * a zone, with the zone's abbreviation, so the same moment can be shown in the cutover's zone and
 * in the viewer's.
 */
@TemplateExtension(namespace = "clock")
public final class Times {

    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

    private Times() {
    }

    /** {@code instant} (ISO-8601) on the wall clock of {@code zone}; empty when either is missing. */
    public static String at(Object instant, Object zone) {
        Instant at = instant(instant);
        if (at == null || zone == null || zone.toString().isBlank()) {
            return "";
        }
        try {
            return WALL.format(at.atZone(ZoneId.of(zone.toString())));
        } catch (DateTimeException unknownZone) {
            return "";
        }
    }

    /**
     * The same instant for the viewer, when their zone differs from the cutover's (otherwise nothing:
     * the cutover's time already is theirs). The page script fills it in when the viewer's zone is
     * only known to the browser.
     */
    public static String mine(Object instant, Object viewerZone, Object cutoverZone) {
        if (viewerZone == null || viewerZone.toString().isBlank() || viewerZone.toString().equals(String.valueOf(cutoverZone))) {
            return "";
        }
        return "your time: " + at(instant, viewerZone);
    }

    /** How far off an instant is, as of rendering ("in 3 d 4 h 5 min", "2 h 0 min ago"); the page script keeps it ticking. */
    public static String until(Object instant) {
        Instant at = instant(instant);
        if (at == null) {
            return "";
        }
        java.time.Duration left = java.time.Duration.between(Instant.now(), at);
        String text = duration(left.abs().toString());
        return left.isNegative() ? text + " ago" : "in " + text;
    }

    /**
     * How {@code projected} stands against {@code planned}: "on plan", "2 h 15 min late" or
     * "0 h 20 min early"; empty when either is missing. Minutes are what a weekend is run by: seconds
     * either way count as on plan.
     */
    public static String slip(Object planned, Object projected) {
        Instant plan = instant(planned);
        Instant projection = instant(projected);
        if (plan == null || projection == null) {
            return "";
        }
        java.time.Duration slip = java.time.Duration.between(plan, projection);
        if (slip.abs().compareTo(java.time.Duration.ofMinutes(1)) < 0) {
            return "on plan";
        }
        return duration(slip.abs().toString()) + (slip.isNegative() ? " early" : " late");
    }

    /** {@code projected} is at least a minute after {@code planned}. */
    public static boolean later(Object planned, Object projected) {
        Instant plan = instant(planned);
        Instant projection = instant(projected);
        return plan != null && projection != null
                && java.time.Duration.between(plan, projection).compareTo(java.time.Duration.ofMinutes(1)) >= 0;
    }

    /** A duration as the services give it ({@code PT-2H}, {@code -PT2H}) is below zero. */
    public static boolean negative(Object iso) {
        if (iso == null) {
            return false;
        }
        try {
            return java.time.Duration.parse(iso.toString()).isNegative();
        } catch (DateTimeParseException notDuration) {
            return false;
        }
    }

    /** A duration as the services give it is above zero (a task that finished late). */
    public static boolean positive(Object iso) {
        if (iso == null) {
            return false;
        }
        try {
            java.time.Duration d = java.time.Duration.parse(iso.toString());
            return !d.isNegative() && !d.isZero();
        } catch (DateTimeParseException notDuration) {
            return false;
        }
    }

    /** A wall-clock time as the services give it ({@code 2026-12-11T17:00}), for people. */
    public static String local(Object localDateTime) {
        if (localDateTime == null) {
            return "";
        }
        try {
            return LOCAL.format(LocalDateTime.parse(localDateTime.toString()));
        } catch (DateTimeParseException notLocal) {
            return localDateTime.toString();
        }
    }

    /** A duration as the services give it ({@code PT3H25M}, may be negative), for people. */
    public static String duration(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            java.time.Duration d = java.time.Duration.parse(iso.toString());
            String sign = d.isNegative() ? "−" : "";
            d = d.abs();
            long days = d.toDays();
            StringBuilder text = new StringBuilder(sign);
            if (days > 0) {
                text.append(days).append(" d ");
            }
            text.append(d.toHoursPart()).append(" h ").append(d.toMinutesPart()).append(" min");
            return text.toString();
        } catch (DateTimeParseException notDuration) {
            return iso.toString();
        }
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException notInstant) {
            return null;
        }
    }
}
