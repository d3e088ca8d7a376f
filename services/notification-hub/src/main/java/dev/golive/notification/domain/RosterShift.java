package dev.golive.notification.domain;

import dev.golive.contracts.testing.RosterPublished;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One shift of the on-call roster: {@code person} (a username) is PRIMARY or SECONDARY from {@code start} (inclusive) to {@code end} (exclusive). */
public record RosterShift(String shiftId, String person, PageLevel role, Instant start, Instant end) {

    public RosterShift {
        Objects.requireNonNull(shiftId, "shiftId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (role != PageLevel.PRIMARY && role != PageLevel.SECONDARY) {
            throw new IllegalArgumentException("a roster shift is PRIMARY or SECONDARY, was " + role);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a shift ends after it starts: " + start + " to " + end);
        }
    }

    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /**
     * The shifts of a published roster; a shift with another role than PRIMARY or SECONDARY, no
     * person, or no proper time span is left out — it cannot say who to page.
     */
    public static List<RosterShift> from(RosterPublished roster) {
        if (roster.shifts() == null) {
            return List.of();
        }
        return roster.shifts().stream()
                .filter(s -> s.person() != null && !s.person().isBlank() && s.start() != null && s.end() != null
                        && s.end().isAfter(s.start()) && s.role() != null)
                .filter(s -> {
                    String role = s.role().strip().toUpperCase(Locale.ROOT);
                    return role.equals("PRIMARY") || role.equals("SECONDARY");
                })
                .map(s -> new RosterShift(s.shiftId() == null ? s.person() + "@" + s.start() : s.shiftId(), s.person().strip(),
                        PageLevel.valueOf(s.role().strip().toUpperCase(Locale.ROOT)), s.start(), s.end()))
                .toList();
    }
}
