package dev.golive.staging.domain;

import java.util.Objects;

/** What an attempt command did: the attempt as it now stands, and the stage change it always causes. */
public record AttemptRecorded(Attempt attempt, StageChange stageChange) {

    public AttemptRecorded {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(stageChange, "stageChange");
    }
}
