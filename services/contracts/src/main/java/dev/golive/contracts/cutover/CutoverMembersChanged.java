package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * Who takes part in a cutover, and in which role, changed: {@code members} is the whole new set
 * (the cutover's own members and its client's standing members), so a consumer replaces what it
 * knew rather than patching it, and a replayed or duplicated event changes nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CutoverMembersChanged(String cutoverId, List<CutoverMember> members, String changedBy,
                                    Instant changedAt) implements GoliveEvent {
}
