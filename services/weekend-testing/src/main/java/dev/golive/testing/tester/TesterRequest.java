package dev.golive.testing.tester;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST} and {@code PUT /api/cutovers/{cutoverId}/testers}: {@code username} is the
 * login the tester signs in with; {@code zone} an IANA zone; {@code areas} names of business areas;
 * {@code availability} the slots (instants) they can test, possibly none; {@code maxHours} 1–48;
 * {@code stagingAvailability} (optional) the slots they can test on staging before the go-live.
 */
public record TesterRequest(String name, String username, String contact, String zone, List<String> areas,
                            List<SlotRequest> availability, Integer maxHours, List<SlotRequest> stagingAvailability) {

    public record SlotRequest(Instant start, Instant end) {
    }
}
