package dev.golive.planner.domain;

import java.util.List;
import java.util.Objects;

/** Eligible windows in date order, and the candidates skipped on the way with their reasons. */
public record Proposals(List<GoLiveWindow> windows, List<SkippedCandidate> skipped) {

    public Proposals {
        windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }
}
