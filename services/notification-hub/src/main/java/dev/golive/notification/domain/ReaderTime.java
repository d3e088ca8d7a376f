package dev.golive.notification.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * An instant written for one reader: first as the cutover's wall clock, which is how the plan is
 * agreed ("Friday 17:00 Europe/London"), then in the reader's own zone when their clock reads
 * differently ("— 18:00 your time"), with the reader's weekday when it is another day there
 * ("— Saturday 02:00 your time"). Each side uses its zone's offset at that very instant, so a
 * reader in New York sees a London time right in the weeks of March when the two are 4 hours
 * apart instead of 5.
 *
 * <p>The reader part is left out when both wall clocks read the same (same zone, or a zone with
 * the same offset at that instant): it would only repeat the time. Weekdays and the "your time"
 * words are in the reader's {@link Languages supported language}.
 */
public final class ReaderTime {

    private static final String SEPARATOR = " — ";

    private ReaderTime() {
    }

    /** E.g. {@code Friday 17:00 Europe/London — 18:00 your time}. */
    public static String describe(Instant at, ZoneId cutoverZone, ZoneId readerZone, Locale locale) {
        return describe(at, cutoverZone, readerZone, locale, false);
    }

    /**
     * With {@code withDate}, the day of the month and the month too, for times further away than a
     * week: {@code Friday 4 December 17:00 Europe/London — 18:00 your time}.
     */
    public static String describe(Instant at, ZoneId cutoverZone, ZoneId readerZone, Locale locale, boolean withDate) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cutoverZone, "cutoverZone");
        Objects.requireNonNull(readerZone, "readerZone");
        Locale language = Languages.resolve(locale);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(withDate ? "EEEE d MMMM" : "EEEE", language);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", language);
        LocalDateTime there = LocalDateTime.ofInstant(at, cutoverZone);
        LocalDateTime here = LocalDateTime.ofInstant(at, readerZone);
        String text = day.format(there) + " " + time.format(there) + " " + cutoverZone.getId();
        if (here.equals(there)) {
            return text;
        }
        String readerDay = here.toLocalDate().equals(there.toLocalDate()) ? "" : day.format(here) + " ";
        return text + SEPARATOR + readerDay + time.format(here) + " " + yourTime(language);
    }

    private static String yourTime(Locale language) {
        return language.equals(Languages.FRENCH) ? "chez vous" : "your time";
    }
}
