package dev.golive.rollback.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants for people, on the cutover's wall clock: {@code Sun 7 Jun 2026 16:00 (Europe/Paris)}. The
 * zone is named so a reader elsewhere knows which clock it is; the day, because the weekend spans several.
 */
final class LocalTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private LocalTimes() {
    }

    static String describe(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
