package dev.golive.planner.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A candidate downtime start (wall clock, in the cutover's zone) that was not eligible, and why. */
public record SkippedCandidate(LocalDateTime downtimeStart, List<SkipReason> reasons) {

    public SkippedCandidate {
        Objects.requireNonNull(downtimeStart, "downtimeStart");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }
}
