package dev.golive.testing.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A person's part of the go-live weekend as iCalendar: one event per assignment or shift, on the
 * wall clock of {@code zone} with its VTIMEZONE, so calendar clients show the right times on both
 * sides of a DST change. UIDs are stable and SEQUENCE grows with each change, so a re-imported file
 * moves events instead of duplicating them.
 */
public final class WeekendCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    /** One event: {@code uid} unique and stable, {@code sequence} higher after every change. */
    public record Entry(String uid, int sequence, Instant start, Instant end, String summary, String description) {
    }

    public static String render(String zone, List<Entry> entries) {
        ZoneId zoneId = ZoneId.of(zone);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar()
                .withProdId("-//Golive//weekend-testing//EN")
                .withDefaults()
                .withComponent(registry.getTimeZone(zone).getVTimeZone())
                .getFluentTarget();
        for (Entry e : entries) {
            VEvent event = (VEvent) new VEvent(e.start().atZone(zoneId), e.end().atZone(zoneId), e.summary())
                    .withProperty(new Uid(e.uid()))
                    .withProperty(new Sequence(e.sequence()))
                    .withProperty(new Description(e.description()))
                    .getFluentTarget();
            calendar = calendar.withComponent(event).getFluentTarget();
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private WeekendCalendar() {
    }
}
