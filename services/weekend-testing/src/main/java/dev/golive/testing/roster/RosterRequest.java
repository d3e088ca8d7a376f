package dev.golive.testing.roster;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code PUT /api/cutovers/{cutoverId}/roster}: every shift of the on-call roster (it
 * replaces the one before). A shift without an {@code id} gets one; {@code role} is PRIMARY or
 * SECONDARY.
 */
public record RosterRequest(List<ShiftRequest> shifts) {

    public record ShiftRequest(String id, String person, String role, Instant start, Instant end) {
    }
}
