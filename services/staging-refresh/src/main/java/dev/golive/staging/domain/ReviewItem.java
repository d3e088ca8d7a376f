package dev.golive.staging.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of a developer review: who marked it, when, and with what evidence (CHECKED) or reason
 * (NOT_APPLICABLE). An OPEN item carries none of them.
 */
public record ReviewItem(ReviewItemKey key, ReviewItemStatus status, String by, Instant at, String evidence,
                         String reason) {

    public ReviewItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
    }

    public static ReviewItem open(ReviewItemKey key) {
        return new ReviewItem(key, ReviewItemStatus.OPEN, null, null, null, null);
    }

    /** Whether the item counts towards a done review: checked, or not applicable with a reason. */
    public boolean settled() {
        return status != ReviewItemStatus.OPEN;
    }

    /** Whether marking the item with these values would change nothing. */
    boolean same(ReviewItemStatus status, String evidence, String reason) {
        return this.status == status && Objects.equals(this.evidence, evidence) && Objects.equals(this.reason, reason);
    }
}
