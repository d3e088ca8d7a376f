package dev.golive.integration.domain;

import java.util.List;
import java.util.Objects;

/** Whether an integration is ready for go-live, with every reason it is not; ready exactly when there is none. */
public record Verdict(boolean ready, List<String> reasons) {

    public Verdict {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (ready != reasons.isEmpty()) {
            throw new IllegalArgumentException("ready exactly when there is no reason not to be; ready " + ready + ", reasons " + reasons);
        }
    }

    public static Verdict of(List<String> reasons) {
        return new Verdict(reasons.isEmpty(), reasons);
    }
}
