package dev.golive.planner.feed;

import dev.golive.planner.domain.PersonalFeed;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed is iCalendar that calendar apps accept: valid, in UTC, with its UIDs, sequences and statuses. */
class FeedCalendarTest {

    @Test
    void a_feed_is_valid_icalendar_with_utc_times_and_the_cancelled_events_marked() throws Exception {
        Instant start = Instant.parse("2026-12-11T17:00:00Z");
        String ics = FeedCalendar.render("tess", List.of(
                new PersonalFeed.Event("c1-weekend@golive", "Go-live weekend: Acme", "Production is down.", start,
                        start.plusSeconds(3 * 86_400), 2, false),
                new PersonalFeed.Event("c1-go_no_go@golive", "Go/no-go: Acme", "Decide.", start.minusSeconds(86_400),
                        start.minusSeconds(86_400), 2, false),
                new PersonalFeed.Event("c1-assignment-a1@golive", "Test: invoices (Acme)", "Cancelled. Yours.",
                        start.plusSeconds(86_400), start.plusSeconds(90_000), 4, true)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(ics).contains("DTSTART:20261211T170000Z").contains("X-WR-CALNAME:Golive: tess");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.STATUS).orElseThrow().getValue())
                .containsExactly("CONFIRMED", "CONFIRMED", "CANCELLED");
        assertThat(events).extracting(e -> e.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .containsExactly("2", "2", "4");
        assertThat(events.get(1).getProperty(Property.DTEND)).as("a moment, not a span").isEmpty();
    }
}
