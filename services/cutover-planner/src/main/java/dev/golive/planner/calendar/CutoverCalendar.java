package dev.golive.planner.calendar;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.planner.milestone.CutoverMilestone;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cutover's window as iCalendar: the whole weekend as one event and each milestone as a
 * point in time, with the zone's VTIMEZONE so calendar clients show wall-clock times right
 * on both sides of a DST change. UIDs are stable and SEQUENCE is the window revision, so a
 * re-imported (or subscribed) file moves the events instead of duplicating them. A cancelled
 * cutover's events stay, with {@code STATUS:CANCELLED} and SEQUENCE one above the last window
 * revision, so calendars that had them strike them out instead of keeping a weekend that will not be.
 */
public final class CutoverCalendar {

    public static String render(String cutoverId, String name, String zone, int windowRevision,
                                List<CutoverMilestone> milestones) {
        return render(cutoverId, name, zone, windowRevision, milestones, false);
    }

    public static String render(String cutoverId, String name, String zone, int windowRevision,
                                List<CutoverMilestone> milestones, boolean cancelled) {
        // Cancelling changes every event without a new window revision: the sequence still has to grow.
        int sequence = cancelled ? windowRevision + 1 : windowRevision;
        String prefix = cancelled ? "Cancelled — " : "";
        ZoneId zoneId = ZoneId.of(zone);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Map<Milestone, ZonedDateTime> at = milestones.stream().collect(Collectors.toMap(m -> m.milestone,
                m -> m.at.atZone(zoneId)));

        Calendar calendar = new Calendar()
                .withProdId("-//Golive//cutover-planner//EN")
                .withDefaults()
                .withComponent(registry.getTimeZone(zone).getVTimeZone())
                .getFluentTarget();

        VEvent weekend = (VEvent) new VEvent(at.get(Milestone.DOWNTIME_START), at.get(Milestone.BUSINESS_RESUME),
                prefix + "Go-live weekend: " + name)
                .withProperty(new Uid(cutoverId + "-weekend@golive"))
                .withProperty(new Sequence(sequence))
                .withProperty(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED))
                .withProperty(new Description("Production is down from the downtime start; business resumes at "
                        + at.get(Milestone.BUSINESS_RESUME).toLocalDateTime() + " " + zone + "."))
                .getFluentTarget();
        calendar = calendar.withComponent(weekend).getFluentTarget();

        for (CutoverMilestone m : milestones) {
            VEvent event = (VEvent) new VEvent(at.get(m.milestone), prefix + title(m.milestone) + ": " + name)
                    .withProperty(new Uid(cutoverId + "-" + m.milestone.name().toLowerCase(Locale.ROOT) + "@golive"))
                    .withProperty(new Sequence(sequence))
                    .withProperty(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED))
                    .withProperty(new Description(title(m.milestone) + " at " + m.localTime + " " + zone
                            + " (UTC" + m.utcOffset + ")" + (m.rule.name().equals("EXACT") ? ""
                            : "; time rule " + m.rule)))
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

    static String title(Milestone milestone) {
        String words = milestone.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private CutoverCalendar() {
    }
}
