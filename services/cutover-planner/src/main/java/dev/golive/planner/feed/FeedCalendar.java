package dev.golive.planner.feed;

import dev.golive.planner.domain.PersonalFeed;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * A personal feed as iCalendar. Times are written in UTC: the events come from several cutovers in
 * different zones, and every calendar client shows a UTC time on its own user's clock.
 */
final class FeedCalendar {

    private FeedCalendar() {
    }

    static String render(String person, List<PersonalFeed.Event> events) {
        Calendar calendar = new Calendar().withProdId("-//Golive//personal feed//EN").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", "Golive: " + person))
                // calendar clients that honour it poll hourly rather than daily
                .withProperty(new XProperty("X-PUBLISHED-TTL", "PT1H"))
                .getFluentTarget();
        for (PersonalFeed.Event e : events) {
            // Instants are written as UTC date-times (…Z)
            VEvent event = e.start().equals(e.end()) ? new VEvent(e.start(), e.summary())
                    : new VEvent(e.start(), e.end(), e.summary());
            event = (VEvent) event.withProperty(new Uid(e.uid()))
                    .withProperty(new Sequence(e.sequence()))
                    .withProperty(new Description(e.description()))
                    .withProperty(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED))
                    .getFluentTarget();
            calendar = calendar.withComponent(event).getFluentTarget();
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
