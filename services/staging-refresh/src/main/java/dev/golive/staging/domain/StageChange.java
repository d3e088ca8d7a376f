package dev.golive.staging.domain;

import java.time.Instant;
import java.util.Objects;

/** A rehearsal moved from one stage to another at an instant. */
public record StageChange(RehearsalStage from, RehearsalStage to, Instant at) {

    public StageChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
