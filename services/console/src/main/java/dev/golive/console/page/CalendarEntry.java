package dev.golive.console.page;

import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One cutover on the calendar: its weekend from downtime start to business resume (instants, null
 * before a window is chosen), and the other cutovers whose weekend overlaps it.
 */
@TemplateData
public record CalendarEntry(Map<String, Object> cutover, Instant start, Instant end, List<String> conflicts) {

    public boolean scheduled() {
        return start != null;
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** Entries for the cutovers as the planner lists them: scheduled ones by start, then the ones to schedule. */
    @SuppressWarnings("unchecked")
    static List<CalendarEntry> of(List<Map<String, Object>> cutovers, Instant now) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Map<String, Object> c : cutovers) {
            if ("CANCELLED".equals(c.get("status"))) {
                continue;
            }
            Instant start = null;
            Instant end = null;
            if (c.get("window") instanceof Map<?, ?> window && window.get("milestones") instanceof List<?> milestones) {
                for (Object m : milestones) {
                    Map<String, Object> milestone = (Map<String, Object>) m;
                    if ("DOWNTIME_START".equals(milestone.get("milestone"))) {
                        start = Instant.parse(milestone.get("instant").toString());
                    } else if ("BUSINESS_RESUME".equals(milestone.get("milestone"))) {
                        end = Instant.parse(milestone.get("instant").toString());
                    }
                }
            }
            if (end != null && end.isBefore(now)) {
                continue; // past weekends are not upcoming
            }
            entries.add(new CalendarEntry(c, start, end, new ArrayList<>()));
        }
        for (CalendarEntry a : entries) {
            for (CalendarEntry b : entries) {
                if (a != b && a.scheduled() && b.scheduled() && a.end != null && b.end != null
                        && a.start.isBefore(b.end) && b.start.isBefore(a.end)) {
                    a.conflicts.add(String.valueOf(b.cutover.get("name")));
                }
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::start, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }
}
