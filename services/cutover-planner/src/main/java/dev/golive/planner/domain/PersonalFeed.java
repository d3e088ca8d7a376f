package dev.golive.planner.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one person's calendar feed holds: the weekend and the go/no-go of every cutover they take part
 * in, and the test assignments, on-call shifts and runbook tasks that are theirs (named for them, or a
 * task of a role they hold in that cutover).
 *
 * <p>Calendar clients reconcile by UID and SEQUENCE: each event keeps its UID for its whole life, and
 * its SEQUENCE only grows, so a moved weekend or task moves in the calendar and a cancelled cutover's
 * events (or an assignment taken away) stay in the feed as {@code STATUS:CANCELLED} with a higher
 * SEQUENCE rather than silently vanishing, which many clients would not notice.
 */
public final class PersonalFeed {

    /** One cutover the person takes part in, as the planner holds it. */
    public record Cutover(String id, String name, boolean cancelled, int windowRevision, Instant goNoGo,
                          Instant downtimeStart, Instant businessResume) {
    }

    /** An assignment, shift or task of a cutover, for a person or for whoever holds a role in it. */
    public record Entry(String cutoverId, String key, String kind, String person, String role, String title,
                        Instant start, Instant end, int sequence, boolean removed) {
    }

    /** A VEVENT of the feed. */
    public record Event(String uid, String summary, String description, Instant start, Instant end, int sequence,
                        boolean cancelled) {
    }

    private PersonalFeed() {
    }

    /**
     * The feed of {@code person}, who holds {@code rolesByCutover} in each of {@code cutovers}; entries
     * of other cutovers, or of other people and roles, are left out. Ordered by start.
     */
    public static List<Event> of(String person, List<Cutover> cutovers, Map<String, Set<String>> rolesByCutover,
                                 List<Entry> entries) {
        List<Event> events = new ArrayList<>();
        Map<String, Cutover> byId = new HashMap<>();
        for (Cutover c : cutovers) {
            byId.put(c.id(), c);
            // a cancelled cutover's events are raised one past the window's revision: the cancellation is news
            int sequence = c.windowRevision() + (c.cancelled() ? 1 : 0);
            if (c.downtimeStart() != null && c.businessResume() != null) {
                events.add(new Event(c.id() + "-weekend@golive", "Go-live weekend: " + c.name(),
                        (c.cancelled() ? "Cancelled. " : "") + "Production is down from the start of this event;"
                                + " business resumes at its end.", c.downtimeStart(), c.businessResume(), sequence,
                        c.cancelled()));
            }
            if (c.goNoGo() != null) {
                events.add(new Event(c.id() + "-go_no_go@golive", "Go/no-go: " + c.name(),
                        (c.cancelled() ? "Cancelled. " : "") + "The ops lead decides whether the go-live starts.",
                        c.goNoGo(), c.goNoGo(), sequence, c.cancelled()));
            }
        }
        for (Entry e : entries) {
            Cutover c = byId.get(e.cutoverId());
            if (c == null || !isFor(person, rolesByCutover.getOrDefault(e.cutoverId(), Set.of()), e)) {
                continue;
            }
            boolean cancelled = e.removed() || c.cancelled();
            events.add(new Event(e.cutoverId() + "-" + e.key() + "@golive", e.title(),
                    (cancelled ? "Cancelled. " : "") + describe(e.kind()) + " for " + c.name() + ".",
                    e.start(), e.end(), e.sequence() + (c.cancelled() ? 1 : 0), cancelled));
        }
        events.sort(Comparator.comparing(Event::start).thenComparing(Event::uid));
        return events;
    }

    static boolean isFor(String person, Set<String> roles, Entry entry) {
        return person.equals(entry.person()) || entry.person() == null && entry.role() != null && roles.contains(entry.role());
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "TEST" -> "Your test assignment";
            case "SHIFT" -> "Your on-call shift";
            case "TASK" -> "Your runbook task";
            default -> "Your part";
        };
    }
}
