package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** A cutover was cancelled; its milestone triggers are gone. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CutoverCancelled(String cutoverId, CutoverStatus previousStatus, String reason,
                               String cancelledBy, Instant cancelledAt) implements GoliveEvent {
}
