package dev.golive.staging.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Whether staging is ready, with every reason it is not (in {@link NotReadyReason} order), and the
 * successful rehearsal the verdict is based on ({@code null} when none succeeded).
 */
public record Verdict(boolean ready, List<NotReadyReason> reasons, UUID basedOnRehearsal) {

    public Verdict {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (ready != reasons.isEmpty()) {
            throw new IllegalArgumentException("ready exactly when there is no reason not to be; ready " + ready + ", reasons " + reasons);
        }
    }
}
