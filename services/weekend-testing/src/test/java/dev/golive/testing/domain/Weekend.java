package dev.golive.testing.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A go-live weekend at fixed instants (a Brussels cutover, in UTC): production goes down on Friday
 * 18:00 local, the technical review ends on Saturday 09:00, weekend testing ends on Sunday 20:00,
 * the business resumes on Monday 08:00. And small builders for scenarios and testers.
 */
final class Weekend {

    static final Instant DOWNTIME_START = Instant.parse("2026-06-12T16:00:00Z");
    static final Instant TESTING_START = Instant.parse("2026-06-13T07:00:00Z");
    static final Instant TESTING_END = Instant.parse("2026-06-14T18:00:00Z");
    static final Instant BUSINESS_RESUME = Instant.parse("2026-06-15T06:00:00Z");

    private Weekend() {
    }

    /** Saturday at {@code hh:mm} UTC. */
    static Instant sat(String hhmm) {
        return Instant.parse("2026-06-13T" + hhmm + ":00Z");
    }

    /** Sunday at {@code hh:mm} UTC. */
    static Instant sun(String hhmm) {
        return Instant.parse("2026-06-14T" + hhmm + ":00Z");
    }

    static Slot slot(Instant start, Instant end) {
        return new Slot(start, end);
    }

    static Scenario critical(String id, BusinessArea area, int minutes) {
        return new Scenario(id, "Test " + id, area, Criticality.CRITICAL, minutes, null);
    }

    static Scenario normal(String id, BusinessArea area, int minutes) {
        return new Scenario(id, "Test " + id, area, Criticality.NORMAL, minutes, null);
    }

    static Scenario after(String prerequisite, Scenario s) {
        return new Scenario(s.id(), s.title(), s.area(), s.criticality(), s.estimatedMinutes(), prerequisite);
    }

    static Tester tester(String id, int maxHours, Set<BusinessArea> areas, Slot... slots) {
        return new Tester(id, "Tester " + id, id + ".user", id + "@example.com", "Europe/Brussels", areas, List.of(slots),
                maxHours);
    }

    static Set<BusinessArea> knows(BusinessArea first, BusinessArea... rest) {
        return EnumSet.of(first, rest);
    }

    static Plan plan(List<Scenario> scenarios, List<Tester> testers) {
        return TestPlanner.plan(scenarios, testers, TESTING_START, TESTING_END);
    }
}
