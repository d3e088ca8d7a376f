package dev.golive.notification.domain;

import java.time.Instant;
import java.util.Objects;

/** Who acknowledged a page, at which level, when, and whether they did so as the ops lead rather than as someone paged. */
public record Acknowledgement(String username, PageLevel level, Instant at, boolean asOpsLead) {

    public Acknowledgement {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(at, "at");
    }
}
