package dev.golive.planner.domain;

import dev.golive.contracts.cutover.TimeRule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * Turns a wall-clock time in an IANA zone into an instant, with an explicit rule for the
 * hours that daylight saving skips or repeats:
 * <ul>
 *   <li>valid exactly once: that instant, {@link TimeRule#EXACT};</li>
 *   <li>in a gap (clocks go forward, e.g. 01:30 on 2026-03-29 in Europe/London): the first
 *       valid instant after the gap, which is the transition instant itself (01:00Z, shown as
 *       02:00+01:00), {@link TimeRule#GAP_MOVED_TO_FIRST_VALID_INSTANT}. Note this differs from
 *       {@link ZonedDateTime#of(LocalDateTime, ZoneId)}, which shifts by the gap length
 *       (01:30 would become 02:30+01:00);</li>
 *   <li>in an overlap (clocks go back, e.g. 01:30 on 2026-10-25 in Europe/London): the earlier
 *       of the two instants, i.e. the offset in force before the transition (00:30Z),
 *       {@link TimeRule#OVERLAP_EARLIER_OFFSET}.</li>
 * </ul>
 * Never consults the JVM's default zone.
 */
public final class ZonedTimeResolver {

    private ZonedTimeResolver() {
    }

    public static ResolvedTime resolve(LocalDateTime local, ZoneId zone) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(zone, "zone");
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            return new ResolvedTime(local, ZonedDateTime.ofStrict(local, offsets.get(0), zone), TimeRule.EXACT);
        }
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition == null) {
            // Cannot happen for a consistent ZoneRules: no or two valid offsets means a transition.
            throw new IllegalStateException("no transition for " + local + " in " + zone + " with offsets " + offsets);
        }
        if (transition.isGap()) {
            ZonedDateTime first = ZonedDateTime.ofInstant(transition.getInstant(), zone);
            return new ResolvedTime(local, first, TimeRule.GAP_MOVED_TO_FIRST_VALID_INSTANT);
        }
        // Overlap: the offset before the transition is the larger one, so it gives the earlier instant.
        ZonedDateTime earlier = ZonedDateTime.ofStrict(local, transition.getOffsetBefore(), zone);
        return new ResolvedTime(local, earlier, TimeRule.OVERLAP_EARLIER_OFFSET);
    }
}
