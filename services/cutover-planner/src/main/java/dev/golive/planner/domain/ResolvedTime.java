package dev.golive.planner.domain;

import dev.golive.contracts.cutover.TimeRule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A point in time of a go-live window: the wall-clock time that was asked for, the zoned time
 * actually used, and the rule that turned the one into the other.
 *
 * <p>{@code requested} and {@code zoned.toLocalDateTime()} differ only when the requested
 * local time fell into a gap ({@link TimeRule#GAP_MOVED_TO_FIRST_VALID_INSTANT}).
 * For {@link TimeRule#ELAPSED_FROM_PREVIOUS} the requested time is the local time of the instant.
 */
public record ResolvedTime(LocalDateTime requested, ZonedDateTime zoned, TimeRule rule) {

    public ResolvedTime {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(zoned, "zoned");
        Objects.requireNonNull(rule, "rule");
    }

    /** An instant that is a point in time to begin with (a fixed elapsed time from another milestone). */
    public static ResolvedTime ofInstant(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        ZonedDateTime zoned = ZonedDateTime.ofInstant(instant, zone);
        return new ResolvedTime(zoned.toLocalDateTime(), zoned, TimeRule.ELAPSED_FROM_PREVIOUS);
    }

    public Instant instant() {
        return zoned.toInstant();
    }

    /** The actual wall-clock time of {@link #instant()} in the zone. */
    public LocalDateTime local() {
        return zoned.toLocalDateTime();
    }

    public ZoneOffset offset() {
        return zoned.getOffset();
    }

    public ZoneId zone() {
        return zoned.getZone();
    }

    /** True when a daylight-saving gap or overlap decided the instant. */
    public boolean adjustedForDst() {
        return rule == TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT || rule == TimeRule.OVERLAP_EARLIER_OFFSET;
    }
}
