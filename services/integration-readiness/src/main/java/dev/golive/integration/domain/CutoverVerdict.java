package dev.golive.integration.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether the integrations of a cutover let it go live: {@code reasons} are the
 * {@code CRITICAL}/{@code HIGH} integrations that are not ready (ready exactly when there is
 * none); {@code notBlocking} the {@code NORMAL} ones that are not ready, reported as such, and any
 * other remark that does not block.
 */
public record CutoverVerdict(boolean ready, List<String> reasons, List<String> notBlocking) {

    public CutoverVerdict {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        notBlocking = List.copyOf(Objects.requireNonNull(notBlocking, "notBlocking"));
        if (ready != reasons.isEmpty()) {
            throw new IllegalArgumentException("ready exactly when nothing blocks; ready " + ready + ", reasons " + reasons);
        }
    }

    /** Everything to tell people: what blocks first, then what does not. */
    public List<String> allReasons() {
        List<String> all = new ArrayList<>(reasons);
        all.addAll(notBlocking);
        return List.copyOf(all);
    }
}
