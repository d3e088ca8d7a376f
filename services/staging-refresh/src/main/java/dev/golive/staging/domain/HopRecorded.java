package dev.golive.staging.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a hop command did: the hop as it now stands, and the stage change it caused, if any (the
 * first hop starting moves a requested rehearsal on, the last one succeeding makes it await the
 * custom modules, a failed one fails it).
 */
public record HopRecorded(Hop hop, Optional<StageChange> stageChange) {

    public HopRecorded {
        Objects.requireNonNull(hop, "hop");
        Objects.requireNonNull(stageChange, "stageChange");
    }
}
