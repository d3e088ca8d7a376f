package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A task's planned start relative to a milestone of the window ({@code offset} may be negative). */
public record Anchor(Milestone milestone, Duration offset) {

    public Anchor {
        Objects.requireNonNull(milestone, "milestone");
        offset = offset == null ? Duration.ZERO : offset;
    }

    /** The anchored instant, or null when the window has no such milestone. */
    public Instant in(Map<Milestone, Instant> milestones) {
        Instant at = milestones.get(milestone);
        return at == null ? null : at.plus(offset);
    }
}
